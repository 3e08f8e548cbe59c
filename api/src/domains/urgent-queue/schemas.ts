import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import {
  appointmentListItemSchema,
  consultationRequestFields,
  formatSchema,
} from '../appointments/schemas.js';
import { escalationContextSchema } from '../monitoring/schemas.js';

export const urgentJoinBodySchema = z
  .object({ ...consultationRequestFields, specialty: z.enum(['therapist', 'paediatrician']) })
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
 * The urgent queue as a doctor of the specialty sees it before taking anyone: who waits, why, and for how
 * long, escalations from monitoring first. The name and the reason are what the patient (or the escalating
 * assistant) addressed to the first free doctor of the specialty; nothing else of the record is readable until
 * a doctor takes the request (auth/policy.ts), and every listed patient is audited.
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
        patient: z.object({ id: z.uuid(), fullName: localizedTextSchema }),
        reason: z.string().nullable(),
        escalation: escalationContextSchema.pick({ alert: true, note: true }).nullable().openapi({
          description: 'The worst alert an assistant escalated with this request, and their note',
        }),
      }),
    ),
  })
  .openapi('DoctorUrgentQueue');
