import { z } from '@hono/zod-openapi';
import { conflictProblem, isoDateSchema, localizedTextSchema } from '../../http/schemas.js';
import { practitionerSchema } from '../accounts/schemas.js';
import { consultationRequestFields, formatSchema, visitClinicSchema } from '../appointments/schemas.js';
import { ratingSummarySchema } from '../ratings/schemas.js';

/** The 409 of booking, moving, cancelling and queueing: the slot was taken or the appointment moved on. */
export const slotConflictProblem = conflictProblem('The slot or appointment is no longer available for this');

export const specialtySchema = z.object({ code: z.string(), name: localizedTextSchema }).openapi('Specialty');

export const doctorSearchQuerySchema = z.object({
  specialty: z.string().min(1).max(40).optional(),
  format: formatSchema.optional(),
  patientId: z.uuid().optional().openapi({ description: 'Only doctors who treat this patient’s age group' }),
  date: isoDateSchema()
    .optional()
    .openapi({ description: 'Only doctors with a free slot that day (UTC date)' }),
});

export const doctorCardSchema = practitionerSchema
  .extend({
    nextFreeAt: z.iso.datetime().nullable(),
    formats: z.array(formatSchema),
    rating: ratingSummarySchema,
    inPersonClinic: visitClinicSchema
      .nullable()
      .openapi({ description: 'Where the doctor sees patients in person, if they do' }),
  })
  .openapi('DoctorCard');

export const slotQuerySchema = z.object({
  from: isoDateSchema().optional().openapi({ description: 'First day (UTC), default today' }),
  days: z.coerce.number().int().min(1).max(14).default(7),
  format: formatSchema.optional(),
});

export const slotSchema = z
  .object({
    id: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    formats: z.array(formatSchema),
    clinic: visitClinicSchema.nullable().openapi({ description: 'Where an in-person slot takes place' }),
  })
  .openapi('Slot');

export const bookBodySchema = z
  .object({
    ...consultationRequestFields,
    slotId: z.uuid(),
    payment: z.enum(['pay_at_clinic', 'invoice']).optional().openapi({
      description: 'How to pay the share the programme does not cover; required when there is one',
    }),
  })
  .openapi('BookAppointment');

export const coverageQuerySchema = z.object({
  service: z
    .enum(['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person'])
    .default('telemedicine'),
  specialty: z.string().min(1).max(40).optional().openapi({
    description: 'With telemedicine or in_person: the price of a consultation or visit with this specialty',
  }),
  date: isoDateSchema()
    .optional()
    .openapi({ description: 'With in_person: the day of the visit (the temporary franchise depends on it)' }),
});

export const coverageSchema = z
  .object({
    service: z.string(),
    status: z.enum(['included', 'franchise', 'not_covered']),
    franchisePercent: z.number().int(),
    programme: localizedTextSchema.nullable(),
    explanation: localizedTextSchema,
    price: z
      .object({
        amountRub: z.number().int().nullable(),
        patientPaysRub: z.number().int().nullable().openapi({ description: 'The share not covered' }),
      })
      .nullable()
      .openapi({
        description: 'Only when a specialty was asked for; null amounts: not sold to the uninsured',
      }),
    temporaryFranchise: z
      .object({ days: z.number().int(), percent: z.number().int(), from: z.string(), until: z.string() })
      .nullable()
      .optional()
      .openapi({ description: 'The temporary franchise at the start of the contract, while it applies' }),
  })
  .openapi('Coverage');
