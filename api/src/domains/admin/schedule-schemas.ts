import { z } from '@hono/zod-openapi';
import { formatSchema } from '../appointments/schemas.js';
import { isoDateSchema, localizedTextSchema } from '../../http/schemas.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM');

export const newTemplateSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).openapi({ description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    start: clockTime,
    end: clockTime,
    slotMinutes: z.number().int().min(5).max(240),
    formats: z.array(formatSchema).min(1).max(formatSchema.options.length),
  })
  .refine((t) => t.end > t.start, { message: 'must be after the start', path: ['end'] })
  .openapi('NewSlotTemplate');

export const templateSchema = z
  .object({
    id: z.uuid(),
    practitionerId: z.uuid(),
    weekday: z.number().int(),
    start: z.string(),
    end: z.string(),
    slotMinutes: z.number().int(),
    formats: z.array(formatSchema),
  })
  .openapi('SlotTemplate');

export const practitionerIdParamSchema = z.object({
  practitionerId: z
    .uuid({ message: 'must be a UUID' })
    .openapi({ param: { name: 'practitionerId', in: 'path' } }),
});

export const generateSlotsSchema = z
  .object({ weeks: z.number().int().min(1).max(12) })
  .openapi('GenerateSlots');

export const generatedSlotsSchema = z
  .object({
    created: z.number().int(),
    from: z.string(),
    to: z.string(),
    /** Holidays inside the period on which a template would have made slots. */
    holidaysSkipped: z.array(z.string()),
  })
  .openapi('GeneratedSlots');

export const holidaySchema = z
  .object({ date: z.string(), name: localizedTextSchema, source: z.string() })
  .openapi('Holiday');

const text = z.string().trim().min(2, 'must be at least 2 characters').max(300);
export const newHolidaySchema = z
  .object({ date: isoDateSchema(), name: z.object({ ru: text, en: text }), source: text })
  .openapi('NewHoliday');

export const holidayDateParamSchema = z.object({
  date: isoDateSchema().openapi({ param: { name: 'date', in: 'path' } }),
});
