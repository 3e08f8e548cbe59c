import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import { decodeCursor } from './queries.js';

export const accessLogQuerySchema = z.object({
  cursor: z
    .string()
    .max(120)
    .refine((text) => decodeCursor(text) !== null, { message: 'must be the nextCursor of the previous page' })
    .optional()
    .openapi({ description: "The previous page's `nextCursor`" }),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const accessLogEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actor: z.object({
      kind: z.enum([
        'doctor',
        'assistant',
        'coordinator',
        'admin',
        'patient',
        'guardian',
        'other_patient',
        'service',
      ]),
      name: localizedTextSchema.nullable(),
    }),
    who: localizedTextSchema.openapi({ description: 'Who, as a person reads it: "Dr Anna Smirnova"' }),
    what: localizedTextSchema.openapi({
      description: 'What, in plain language: "opened the medical card" / "просмотр медицинской карты"',
    }),
    action: z.string(),
    resourceType: z.string(),
    outcome: z.enum(['allowed', 'denied']),
  })
  .openapi('AccessLogEntry');

export const accessLogPageSchema = z.object({
  items: z.array(accessLogEntrySchema),
  nextCursor: z.string().nullable(),
});
