import { z } from '@hono/zod-openapi';
import { formatEnum } from '../../db/schema/index.js';
import { localizedTextSchema } from '../../http/schemas.js';

/** Every way to meet a doctor, as stored (drizzle's enum is the one source). */
export const formatSchema = z.enum(formatEnum.enumValues);
export type Format = z.infer<typeof formatSchema>;

/** What a patient asks a consultation for, planned or urgent: whom, in which format, why, and the interview. */
export const consultationRequestFields = {
  patientId: z.uuid(),
  format: formatSchema,
  reason: z.string().trim().max(2000).optional(),
  anamnesisId: z
    .uuid()
    .optional()
    .openapi({ description: 'A completed symptom-checker interview to attach' }),
};
/** The formats of a call or chat through the SFU. */
export const onlineFormatSchema = z.enum(['audio', 'video', 'chat']);
export type OnlineFormat = z.infer<typeof onlineFormatSchema>;
export const urgencySchema = z.enum(['urgent', 'planned']);
export const appointmentStatusSchema = z.enum([
  'booked',
  'waiting',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
]);

/** The clinic of an in-person visit as the patient needs it: where, how to get there, whom to call. */
export const visitClinicSchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    address: localizedTextSchema,
    phone: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    metro: z.array(z.object({ name: localizedTextSchema, line: z.string(), walkMinutes: z.number().int() })),
    onlineBooking: z.boolean(),
  })
  .openapi('VisitClinic');

export const appointmentListItemSchema = z
  .object({
    id: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    format: formatSchema,
    urgency: urgencySchema,
    status: appointmentStatusSchema,
    patient: z.object({ id: z.uuid(), fullName: localizedTextSchema }),
    reason: z.string().nullable().openapi({
      description: 'What the patient (or the escalating assistant) wants to discuss, in their words',
    }),
    practitioner: z
      .object({
        id: z.uuid(),
        fullName: localizedTextSchema,
        specialty: z.object({ code: z.string(), name: localizedTextSchema }),
      })
      .nullable(),
    clinic: visitClinicSchema.nullable().openapi({ description: 'Where an in-person visit happens' }),
    checkup: z
      .object({ code: z.string(), name: localizedTextSchema })
      .nullable()
      .openapi({ description: 'The check-up or OMS screening booked at the clinic (no doctor is assigned)' }),
  })
  .openapi('AppointmentListItem');

export const appointmentListSchema = z
  .object({ items: z.array(appointmentListItemSchema) })
  .openapi('AppointmentList');

export const rescheduleBodySchema = z.object({ slotId: z.uuid() }).openapi('RescheduleAppointment');

export const visitChargeSchema = z
  .object({
    appointmentId: z.uuid(),
    priceRub: z.number().int(),
    sharePercent: z.number().int(),
    amountRub: z.number().int().openapi({ description: "The member's share charged" }),
    adapter: z.string(),
    reference: z.string(),
    chargedAt: z.iso.datetime(),
  })
  .openapi('VisitCharge');
