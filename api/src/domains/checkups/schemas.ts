import { z } from '@hono/zod-openapi';
import { isoDateSchema, isoDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';

const dayHoursSchema = z.object({ opens: z.string(), closes: z.string() }).nullable();

export const checkupClinicSchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    address: localizedTextSchema,
    city: localizedTextSchema,
    region: z.string(),
    phone: z.string(),
    timezone: z.string(),
    hours: z.array(dayHoursSchema).openapi({ description: 'Seven entries, Monday first; null: closed' }),
  })
  .openapi('CheckupClinic');

const packageFields = {
  code: z.string(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  durationMinutes: z.number().int(),
  clinics: z
    .array(checkupClinicSchema)
    .openapi({ description: 'Clinics offering it, the member’s region first' }),
};

export const screeningKindSchema = z.enum([
  'preventive_exam',
  'dispanserization',
  'reproductive_dispanserization',
]);

export const screeningSchema = z
  .object({
    ...packageFields,
    kind: screeningKindSchema,
    eligible: z.boolean().openapi({ description: 'Due this year by age (order 404n) and not done yet' }),
    reason: z.enum(['due', 'done_this_year', 'too_young', 'too_old', 'not_this_year']),
    nextDueYear: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'This year when eligible; null: never again' }),
    covered: z.boolean().openapi({ description: 'Free: the member holds a valid OMS policy' }),
    includes: z.array(localizedTextSchema).openapi({ description: 'What it includes at this age and sex' }),
    booking: z
      .object({ appointmentId: z.uuid(), startsAt: z.iso.datetime(), clinicId: z.uuid() })
      .nullable()
      .openapi({ description: 'A live booking of it this year' }),
  })
  .openapi('Screening');

export const checkupPackageSchema = z
  .object({
    ...packageFields,
    items: z.array(localizedTextSchema),
    priceRub: z.number().int(),
    sex: z.enum(['female', 'male']).nullable(),
    minAgeYears: z.number().int(),
    maxAgeYears: z.number().int().nullable(),
    booking: z.object({ appointmentId: z.uuid(), startsAt: z.iso.datetime(), clinicId: z.uuid() }).nullable(),
  })
  .openapi('CheckupPackage');

export const checkupOverviewSchema = z
  .object({
    year: z.number().int(),
    ageThisYear: z
      .number()
      .int()
      .openapi({ description: 'The age reached this calendar year, as 404n counts' }),
    hasOmsPolicy: z.boolean(),
    screenings: z.array(screeningSchema),
    packages: z.array(checkupPackageSchema).openapi({ description: 'Commercial check-ups the member fits' }),
  })
  .openapi('CheckupOverview');

export const codeParamSchema = z.object({
  code: z
    .string()
    .min(1)
    .max(60)
    .openapi({ param: { name: 'code', in: 'path' } }),
});

export const timesQuerySchema = z.object({
  clinicId: z.uuid(),
  from: isoDateSchema().optional().openapi({ description: 'First day (clinic calendar), default today' }),
  to: isoDateSchema().optional().openapi({ description: 'Last day, at most 14 days on; default a week' }),
});

export const checkupTimeSchema = z
  .object({
    startsAt: z.iso.datetime(),
    date: z.string().openapi({ description: 'Clinic calendar date' }),
    time: z.string().openapi({ description: 'HH:MM on the clinic’s clock' }),
    free: z.number().int(),
  })
  .openapi('CheckupTime');

export const bookCheckupBodySchema = z
  .object({
    packageCode: z.string().min(1).max(60),
    clinicId: z.uuid(),
    startsAt: isoDateTimeSchema(),
  })
  .openapi('BookCheckup');

export const checkupBookingSchema = z
  .object({
    appointmentId: z.uuid(),
    packageCode: z.string(),
    name: localizedTextSchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    clinic: checkupClinicSchema,
    priceRub: z.number().int().openapi({ description: '0 for an OMS screening' }),
  })
  .openapi('CheckupBooking');
