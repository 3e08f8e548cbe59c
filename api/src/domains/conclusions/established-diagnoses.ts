import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  appointments,
  clinics,
  conclusions,
  type DiagnosisEntry,
  type EstablishedDiagnosis,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
import type { LocalizedText } from '../../db/schema/common.js';
import { ProblemError } from '../../http/problem.js';
import { findIcd10 } from '../catalogue/icd10/index.js';
import { notSuperseded } from './current.js';
import type { DraftBody } from './schemas.js';

/** The calendar date of a moment in the clinic's time zone, YYYY-MM-DD. */
const calendarDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

type CardCandidate = DiagnosisEntry & {
  conclusionId: string;
  appointmentId: string;
  date: string;
  doctor: LocalizedText;
  organisation: LocalizedText | null;
  secondary: boolean;
} & (
    | { kind: 'in_person_visit'; specialty: LocalizedText; document: null }
    | { kind: 'entered_source'; specialty: null; organisation: LocalizedText; document: string }
  );

/**
 * Diagnoses established at an in-person examination that the patient's card holds: the main and secondary
 * diagnoses of the latest final version of every in-person visit's conclusion, and the in-person diagnoses
 * with a source a doctor entered at an earlier remote follow-up (323-FZ art. 36.2 part 3; order 193n (2025):
 * a remote consultation may correct the treatment of such a diagnosis). Newest first.
 */
export async function establishedDiagnosesInCard(db: Db, patientId: string) {
  const rows = await db
    .select({
      conclusionId: conclusions.id,
      appointmentId: conclusions.appointmentId,
      format: appointments.format,
      consultationType: conclusions.consultationType,
      established: conclusions.establishedDiagnosis,
      diagnosis: conclusions.diagnosis,
      secondaryDiagnoses: conclusions.secondaryDiagnoses,
      startsAt: appointments.startsAt,
      doctor: practitioners.fullName,
      specialty: specialties.name,
      organisation: clinics.name,
      timezone: clinics.timezone,
    })
    .from(conclusions)
    .innerJoin(appointments, eq(appointments.id, conclusions.appointmentId))
    .innerJoin(practitioners, eq(practitioners.id, conclusions.practitionerId))
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .leftJoin(clinics, eq(clinics.id, practitioners.clinicId))
    .where(
      and(
        eq(conclusions.patientId, patientId),
        eq(conclusions.status, 'final'),
        or(
          eq(appointments.format, 'in_person'),
          eq(conclusions.consultationType, 'in_person'),
          sql`${conclusions.establishedDiagnosis} -> 'source' ->> 'kind' = 'entered'`,
        ),
        notSuperseded,
      ),
    )
    .orderBy(desc(appointments.startsAt));
  const seen = new Set<string>();
  return rows.flatMap((row): CardCandidate[] => {
    const source = row.established?.source;
    if (row.format !== 'in_person' && row.consultationType !== 'in_person') {
      // An earlier follow-up's entered source: offered once, with the source as the doctor wrote it.
      if (!row.established || source?.kind !== 'entered') return [];
      const key = JSON.stringify([row.established.code, source.organisation, source.date, source.document]);
      if (seen.has(key)) return [];
      seen.add(key);
      const same = (text: string) => ({ ru: text, en: text });
      return [
        {
          kind: 'entered_source' as const,
          conclusionId: row.conclusionId,
          appointmentId: row.appointmentId,
          date: source.date,
          doctor: same(source.doctor),
          specialty: null,
          organisation: same(source.organisation),
          document: source.document,
          code: row.established.code,
          name: row.established.name,
          secondary: false,
        },
      ];
    }
    const common = {
      kind: 'in_person_visit' as const,
      conclusionId: row.conclusionId,
      appointmentId: row.appointmentId,
      date: calendarDate(row.startsAt, row.timezone ?? 'Europe/Moscow'),
      doctor: row.doctor,
      specialty: row.specialty,
      organisation: row.organisation,
      document: null,
    };
    return [
      ...(row.diagnosis ? [{ ...common, ...row.diagnosis, secondary: false }] : []),
      ...row.secondaryDiagnoses.map((d) => ({ ...common, ...d, secondary: true })),
    ];
  });
}

const refuse = (
  detail: string,
  path: string,
  code: 'conclusion.established_not_found' | 'conclusion.established_source_invalid',
) => new ProblemError(400, detail, { code, errors: [{ path, message: detail, code }] });

/**
 * The established diagnosis as stored: a snapshot of the card's entry (so the record keeps reading the same),
 * or the doctor's entry with its source. A card entry must be an in-person diagnosis of this patient; an
 * entered one needs a catalogued code and a date not after the consultation.
 */
export async function resolveEstablishedDiagnosis(
  db: Db,
  patientId: string,
  consultationStartsAt: Date,
  input: NonNullable<DraftBody['establishedDiagnosis']>,
): Promise<EstablishedDiagnosis> {
  if (input.source === 'card') {
    const found = (await establishedDiagnosesInCard(db, patientId)).find(
      (c) => c.conclusionId === input.conclusionId && c.code === input.code,
    );
    if (!found) {
      throw refuse(
        'The established diagnosis was not found among the in-person diagnoses in this patient’s card.',
        'establishedDiagnosis.conclusionId',
        'conclusion.established_not_found',
      );
    }
    if (found.kind === 'entered_source') {
      // The original source travels with the diagnosis, whichever consultation it was first entered at.
      return {
        code: found.code,
        name: found.name,
        source: {
          kind: 'entered',
          organisation: found.organisation.ru,
          doctor: found.doctor.ru,
          date: found.date,
          document: found.document,
        },
      };
    }
    return {
      code: found.code,
      name: found.name,
      source: {
        kind: 'card',
        conclusionId: found.conclusionId,
        appointmentId: found.appointmentId,
        date: found.date,
        doctor: found.doctor,
        organisation: found.organisation,
      },
    };
  }
  const entry = findIcd10(input.code);
  if (!entry) {
    throw new ProblemError(400, `${input.code} is not in the ICD-10 catalogue`, {
      code: 'conclusion.unknown_code',
      errors: [
        { path: 'establishedDiagnosis.code', message: `${input.code} is not in the ICD-10 catalogue` },
      ],
    });
  }
  // The examination happened before this consultation: a later date cannot be its source (the day is
  // compared in the easternmost time zone, so a clinic's local date is never refused).
  const latest = new Date(consultationStartsAt.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  if (input.date > latest) {
    throw refuse(
      'The in-person examination must be dated on or before the consultation.',
      'establishedDiagnosis.date',
      'conclusion.established_source_invalid',
    );
  }
  return {
    code: entry.code,
    name: { ru: entry.name.ru, en: entry.name.en },
    source: {
      kind: 'entered',
      organisation: input.organisation,
      doctor: input.doctor,
      date: input.date,
      document: input.document,
    },
  };
}
