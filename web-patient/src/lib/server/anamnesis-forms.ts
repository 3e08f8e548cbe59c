import { z } from 'zod';
import { messages, type Locale } from '@telemed/web-shared/i18n';
import { fieldErrorsFrom, formValues, type FormFailure } from '@telemed/web-shared/server';

// The symptom checker's forms (patient app). Each works without JavaScript, so everything arrives as text.

const startFields = ['patientId', 'complaintText'] as const;
export type StartField = (typeof startFields)[number];

/** Complaints ticked on the pick-list (ids; the api checks they exist and suit the person). */
export function readComplaintIds(data: FormData | URLSearchParams): string[] {
  const ids = data.getAll('complaintIds').filter((id): id is string => typeof id === 'string');
  return [...new Set(ids.filter((id) => /^[a-z0-9_]{1,80}$/.test(id)))].slice(0, 10);
}

/**
 * "Who is unwell", the complaint in their words and the complaints picked from the list; one of the two is
 * needed (the api refuses an interview about nothing too).
 */
export function readStartForm(
  data: FormData,
  locale: Locale,
):
  | { ok: true; patientId: string; complaintText: string; complaintIds: string[] }
  | { ok: false; failure: FormFailure<StartField> } {
  const text = messages(locale).triage.start;
  const values = formValues(data, startFields);
  const complaintIds = readComplaintIds(data);
  const parsed = z
    .object({
      patientId: z.uuid(text.patientRequired),
      complaintText: z
        .string()
        .max(2000, text.complaintTooLong)
        .refine((words) => words !== '' || complaintIds.length > 0, text.complaintRequired),
    })
    .safeParse(values);
  if (parsed.success) return { ok: true, ...parsed.data, complaintIds };
  return {
    ok: false,
    failure: { status: 400, values, fieldErrors: fieldErrorsFrom(parsed.error, startFields), message: null },
  };
}

/** A typed number in either language's notation ("38,5" or "38.5"); null when it is not one. */
export function readNumber(raw: string): number | null {
  const parsed = z.coerce.number().finite().safeParse(raw.trim().replace(',', '.'));
  return raw.trim() && parsed.success ? parsed.data : null;
}

const answerFormSchema = z.object({
  findingId: z.string().min(1).max(80),
  value: z.enum(['yes', 'no', 'unknown', 'number']),
  number: z.string().max(20).catch(''),
});

/** One question's answer: a yes / no / don't-know button, or "number" with the typed value beside it. */
export function readAnswerForm(data: FormData) {
  const parsed = answerFormSchema.safeParse(Object.fromEntries(data));
  return parsed.success ? parsed.data : null;
}
