import { z } from 'zod';
import { messages, problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { fieldErrorsFrom, formValues, type FormFailure, type Problem } from '@telemed/web-shared/server';
import type { QueueStatus } from '@telemed/web-shared/types';

// The booking pages' addresses and forms (patient app). Each works without JavaScript, so all arrives as text.

export const consultFormats = ['video', 'audio', 'chat'] as const;
/** Planned bookings may also be in person at a clinic; the urgent queue stays online (`consultFormats`). */
export const bookFormats = [...consultFormats, 'in_person'] as const;
export const fileKinds = ['test_result', 'conclusion', 'image', 'other'] as const;

/**
 * What the booking steps carry in the address, so every step works without JavaScript and the symptom checker
 * can link straight in. Anything malformed is dropped rather than refused: a stale or hand-edited link still
 * opens the flow, just with fewer choices made.
 */
const bookingQuerySchema = z.object({
  patientId: z.uuid().optional().catch(undefined),
  specialty: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  format: z.enum(bookFormats).optional().catch(undefined),
  anamnesisId: z.uuid().optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
});

export type BookingQuery = z.infer<typeof bookingQuerySchema>;

export function readBookingQuery(params: URLSearchParams): BookingQuery {
  return bookingQuerySchema.parse(Object.fromEntries(params));
}

/** Documents chosen in a form: ids of uploaded files, and a file sent with the form when JavaScript is off. */
function readDocuments(data: FormData) {
  const file = data.get('file');
  return {
    fileIds: data
      .getAll('fileId')
      .filter((id): id is string => typeof id === 'string' && z.uuid().safeParse(id).success),
    // An empty file input still sends an empty, nameless part.
    file: file instanceof File && file.size > 0 ? file : null,
    kind: z.enum(fileKinds).catch('test_result').parse(data.get('kind')),
  };
}

export type Documents = ReturnType<typeof readDocuments>;

const bookFields = ['format', 'reason'] as const;
export type BookField = (typeof bookFields)[number];

/** The confirm step: format, the reason in the patient's words, and documents for the doctor. */
export function readBookForm(
  data: FormData,
  locale: Locale,
):
  | { ok: true; format: (typeof bookFormats)[number]; reason: string; documents: Documents }
  | { ok: false; failure: FormFailure<BookField> } {
  const text = messages(locale).booking.confirm;
  const values = formValues(data, bookFields);
  const parsed = z
    .object({
      format: z.enum(bookFormats, text.formatRequired),
      reason: z.string().max(2000, text.reasonTooLong),
    })
    .safeParse(values);
  if (parsed.success) return { ok: true, ...parsed.data, documents: readDocuments(data) };
  return {
    ok: false,
    failure: { status: 400, values, fieldErrors: fieldErrorsFrom(parsed.error, bookFields), message: null },
  };
}

const urgentFields = ['patientId', 'format', 'reason', 'anamnesisId'] as const;
export type UrgentField = (typeof urgentFields)[number];

/** Joining the urgent queue: for whom, the format, an optional reason and the symptom checker's questionnaire. */
export function readUrgentForm(
  data: FormData,
  locale: Locale,
):
  | {
      ok: true;
      patientId: string;
      format: (typeof consultFormats)[number];
      reason: string;
      anamnesisId: string;
    }
  | { ok: false; failure: FormFailure<UrgentField> } {
  const text = messages(locale);
  const values = formValues(data, urgentFields);
  const parsed = z
    .object({
      patientId: z.uuid(text.triage.start.patientRequired),
      format: z.enum(consultFormats, text.booking.confirm.formatRequired),
      reason: z.string().max(2000, text.booking.confirm.reasonTooLong),
      // A hidden field: anything but a questionnaire id is dropped, not reported.
      anamnesisId: z.union([z.uuid(), z.literal('')]).catch(''),
    })
    .safeParse(values);
  if (parsed.success) return { ok: true, ...parsed.data };
  return {
    ok: false,
    failure: { status: 400, values, fieldErrors: fieldErrorsFrom(parsed.error, urgentFields), message: null },
  };
}

/** Attaching documents to a booked consultation. */
export function readAttachForm(data: FormData): Documents {
  return readDocuments(data);
}

/** Why an upload was refused, in the reader's language where the reason is one the api defines. */
export function uploadProblemMessage(problem: Problem, locale: Locale): string {
  const text = messages(locale).booking.attachments;
  if (problem.status === 413) return text.tooLarge;
  if (problem.status === 415) return text.wrongType;
  return problemMessage(problem, locale);
}

/** Where an urgent request stands, for the waiting page. */
export type QueueState = 'waiting' | 'ready' | 'left' | 'closed';

export function queueState(status: QueueStatus): QueueState {
  const { appointment } = status;
  if (appointment.status === 'cancelled') return 'left';
  if (appointment.status === 'completed' || appointment.status === 'no_show') return 'closed';
  // A doctor has taken the request (practitioner assigned) or the consultation has started.
  if (appointment.practitioner || appointment.status === 'in_progress') return 'ready';
  return 'waiting';
}
