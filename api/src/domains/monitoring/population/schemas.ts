import { z } from '@hono/zod-openapi';
import { isoDateTimeSchema, localizedTextSchema } from '../../../http/schemas.js';
import { POPULATION_STATUSES } from './definitions.js';

const pressure = z.object({ systolic: z.number().int(), diastolic: z.number().int() });

const listedPatientSchema = z
  .object({
    patientId: z.string().uuid(),
    fullName: localizedTextSchema,
    enrolledAt: isoDateTimeSchema(),
    target: pressure,
    lastReading: pressure.extend({ measuredAt: isoDateTimeSchema() }).nullable(),
  })
  .openapi('PopulationPatient');

export const populationSchema = z
  .object({
    at: isoDateTimeSchema(),
    total: z.number().int(),
    counts: z.object(
      Object.fromEntries(POPULATION_STATUSES.map((s) => [s, z.number().int()])) as Record<
        (typeof POPULATION_STATUSES)[number],
        z.ZodNumber
      >,
    ),
    /** controlled / (controlled + uncontrolled + no_reading_3m); null with an empty denominator. */
    controlRate: z.number().nullable(),
    trend: z.array(
      z.object({
        month: z.string(),
        at: isoDateTimeSchema(),
        controlled: z.number().int(),
        uncontrolled: z.number().int(),
        noReading: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
    timeToControl: z.object({ medianDays: z.number().nullable(), patients: z.number().int() }),
    uncontrolled: z.array(listedPatientSchema),
    noReading: z.array(listedPatientSchema),
  })
  .openapi('MonitoringPopulation');
