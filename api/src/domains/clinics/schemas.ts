import { z } from '@hono/zod-openapi';
import { isoDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';
import { ratingSummarySchema } from '../ratings/schemas.js';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;
const code = (what: string) =>
  z.string().regex(CODE, `must be a ${what} code (lower-case letters, digits, _)`);

/** A query flag: `true` or `false` (a GET form's checkbox is mapped to these by the web app). */
const flag = z
  .enum(['true', 'false'], { message: 'must be true or false' })
  .transform((v) => v === 'true')
  .optional();

const nearSchema = z
  .string()
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'must be "latitude,longitude" in degrees, e.g. 55.75,37.62')
  .transform((s) => {
    const [lat, lon] = s.split(',').map(Number);
    return { lat: lat!, lon: lon! };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, 'latitude or longitude out of range');

export const regionCodeSchema = z.string().regex(/^[a-z][a-z_]{1,31}$/, 'must be a region code');

export const clinicListQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  specialty: code('specialty').optional(),
  service: code('service').optional(),
  onlineBooking: flag,
  openNow: flag,
  openOnSunday: flag,
  coveredFor: z.uuid({ message: 'must be a UUID' }).optional().openapi({
    description:
      'A patient the caller may act for: only clinics their programme in force covers, in its regions',
  }),
  metro: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .openapi({ description: 'Part of a station name, ru or en' }),
  near: nearSchema.optional().openapi({ type: 'string', example: '55.75,37.62' }),
  at: isoDateTimeSchema()
    .optional()
    .openapi({ description: 'The moment `openNow` is judged at (default: now)' }),
});
export type ClinicListQuery = z.output<typeof clinicListQuerySchema>;

const dayHoursSchema = z.object({ opens: z.string(), closes: z.string() }).nullable();
const metroSchema = z.object({ name: localizedTextSchema, line: z.string(), walkMinutes: z.number().int() });
const programmeRefSchema = z.object({ id: z.uuid(), code: z.string(), name: localizedTextSchema });

const clinicDoctorSchema = z.object({
  id: z.uuid(),
  fullName: localizedTextSchema,
  experienceYears: z.number().int(),
  treatsAdults: z.boolean(),
  treatsChildren: z.boolean(),
  specialties: z.array(z.object({ code: z.string(), name: localizedTextSchema })),
});

export const clinicSchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    address: localizedTextSchema,
    city: localizedTextSchema,
    region: z.string(),
    phone: z.string(),
    timezone: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    metro: z.array(metroSchema),
    hours: z.array(dayHoursSchema).openapi({ description: 'Seven entries, Monday first; null when closed' }),
    specialties: z.array(z.string()),
    services: z.array(z.string()),
    onlineBooking: z.boolean(),
    programmes: z.array(programmeRefSchema),
    openNow: z.boolean(),
    openOnSunday: z.boolean(),
    distanceKm: z.number().nullable(),
    doctors: z.array(clinicDoctorSchema),
    rating: ratingSummarySchema,
  })
  .openapi('Clinic');

export const clinicListSchema = z.object({ items: z.array(clinicSchema) });

export const clinicDetailSchema = clinicSchema
  .extend({
    serviceDetails: z.array(
      z.object({ code: z.string(), name: localizedTextSchema, kind: z.string(), priceRub: z.number().int() }),
    ),
  })
  .openapi('ClinicDetail');

export const regionChoiceSchema = z
  .object({
    available: z
      .array(z.string())
      .openapi({ description: "Regions the patient's programmes in force serve" }),
    chosen: z.array(z.object({ region: z.string(), activeFrom: z.string() })),
    inEffect: z.array(z.string()).openapi({ description: 'Regions that apply today' }),
  })
  .openapi('RegionChoice');

export const regionChoiceBodySchema = z.object({
  regions: z
    .array(regionCodeSchema)
    .max(100)
    .refine((r) => new Set(r).size === r.length, 'must not repeat a region'),
});
