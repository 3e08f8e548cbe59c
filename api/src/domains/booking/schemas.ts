import { z } from '@hono/zod-openapi';
import { isoDateSchema, localizedTextSchema } from '../../http/schemas.js';
import { practitionerSchema } from '../accounts/schemas.js';
import { appointmentListItemSchema, formatSchema } from '../appointments/schemas.js';

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
  .extend({ nextFreeAt: z.iso.datetime().nullable(), formats: z.array(formatSchema) })
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
  })
  .openapi('Slot');

export const bookBodySchema = z
  .object({
    patientId: z.uuid(),
    slotId: z.uuid(),
    format: formatSchema,
    reason: z.string().trim().max(2000).optional(),
    anamnesisId: z
      .uuid()
      .optional()
      .openapi({ description: 'A completed symptom-checker interview to attach' }),
  })
  .openapi('BookAppointment');

export const rescheduleBodySchema = z.object({ slotId: z.uuid() }).openapi('RescheduleAppointment');

export const coverageQuerySchema = z.object({
  service: z
    .enum(['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person'])
    .default('telemedicine'),
});

export const coverageSchema = z
  .object({
    service: z.string(),
    status: z.enum(['included', 'franchise', 'not_covered']),
    franchisePercent: z.number().int(),
    programme: localizedTextSchema.nullable(),
    explanation: localizedTextSchema,
  })
  .openapi('Coverage');

export const urgentJoinBodySchema = z
  .object({
    patientId: z.uuid(),
    specialty: z.enum(['therapist', 'paediatrician']),
    format: formatSchema,
    reason: z.string().trim().max(2000).optional(),
    anamnesisId: z
      .uuid()
      .optional()
      .openapi({ description: 'A completed symptom-checker interview to attach' }),
  })
  .openapi('JoinUrgentQueue');

export const queueStatusSchema = z
  .object({
    appointment: appointmentListItemSchema,
    position: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '1 = next; null once a doctor has taken it' }),
    estimatedWaitMinutes: z.number().int().nullable(),
  })
  .openapi('UrgentQueueStatus');

/**
 * The urgent queue as a doctor of the specialty sees it before taking anyone: how many wait and for how
 * long. No names or reasons: the doctor is not yet treating these patients (see auth/policy.ts).
 */
export const doctorQueueSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        specialtyCode: z.string(),
        format: formatSchema,
        waitingSince: z.iso.datetime(),
        hasQuestionnaire: z.boolean(),
      }),
    ),
  })
  .openapi('DoctorUrgentQueue');
