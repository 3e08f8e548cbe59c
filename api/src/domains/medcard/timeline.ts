import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import type { LocalizedText } from '../../db/schema/common.js';
import {
  appointments,
  clinics,
  bpReadings,
  conclusions,
  files,
  labObservations,
  labOrders,
  labReports,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
import { notSuperseded } from '../conclusions/current.js';
import { testNames } from '../labs/analytes.js';

export const timelineKinds = [
  'appointment',
  'conclusion',
  'lab_order',
  'lab_result',
  'attachment',
  'bp_reading',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEvent {
  kind: TimelineKind;
  /** The id of the record the event is about (appointment, conclusion, order, report, file, reading). */
  id: string;
  at: string;
  title: LocalizedText;
  detail: LocalizedText | null;
  status: string | null;
  /** For lab results: how many values are outside the reference range. */
  abnormalCount?: number;
}

/** Where a page of the card ends: the next page starts strictly after this event in the card's order. */
export interface TimelineCursor {
  /** The event's time to the microsecond, as Postgres printed it. */
  at: string;
  kind: TimelineKind;
  id: string;
}

/**
 * One kind of event as a branch of the card's single statement: its time, what the card shows of it (as one
 * jsonb value, so every branch has the same columns; a lab report's raw FHIR document stays in the database),
 * and the rest of the query after `select`, ending in the patient condition.
 */
interface KindQuery {
  id: SQL;
  at: SQL;
  data: SQL;
  source(patient: Placeholder): SQL;
  /** Each kind reads its own `data` shape, so the row's value is handed over unchecked (`never`). */
  toEvent(id: string, at: string, data: never): TimelineEvent;
}

const joinNames = (names: LocalizedText[]): LocalizedText => ({
  ru: names.map((n) => n.ru).join(', '),
  en: names.map((n) => n.en).join(', '),
});

const kindQueries: Record<TimelineKind, KindQuery> = {
  appointment: {
    id: sql`${appointments.id}`,
    at: sql`${appointments.startsAt}`,
    data: sql`jsonb_build_object('status', ${appointments.status}, 'specialty', ${specialties.name}, 'doctor', ${practitioners.fullName}, 'clinic', ${clinics.name})`,
    source: (patient) => sql`from ${appointments}
      join ${specialties} on ${specialties.code} = ${appointments.specialtyCode}
      left join ${practitioners} on ${practitioners.id} = ${appointments.practitionerId}
      left join ${clinics} on ${clinics.id} = ${appointments.clinicId}
      where ${appointments.patientId} = ${patient}`,
    toEvent: (
      id,
      at,
      d: {
        status: string;
        specialty: LocalizedText;
        doctor: LocalizedText | null;
        clinic: LocalizedText | null;
      },
    ) => ({
      kind: 'appointment',
      id,
      at,
      title: d.specialty,
      // An in-person visit says where it happens, beside whom.
      detail: d.clinic ? joinNames(d.doctor ? [d.doctor, d.clinic] : [d.clinic]) : d.doctor,
      status: d.status,
    }),
  },
  conclusion: {
    id: sql`${conclusions.id}`,
    at: sql`coalesce(${conclusions.finalisedAt}, ${conclusions.createdAt})`,
    data: sql`jsonb_build_object('diagnosis', ${conclusions.diagnosis}, 'version', ${conclusions.version}, 'doctor', ${practitioners.fullName})`,
    source: (patient) => sql`from ${conclusions}
      join ${practitioners} on ${practitioners.id} = ${conclusions.practitionerId}
      where ${conclusions.patientId} = ${patient} and ${conclusions.status} = 'final' and ${notSuperseded}`,
    toEvent: (
      id,
      at,
      d: { diagnosis: { code: string; name: LocalizedText } | null; version: number; doctor: LocalizedText },
    ) => ({
      kind: 'conclusion',
      id,
      at,
      title: d.diagnosis
        ? {
            ru: `${d.diagnosis.code} — ${d.diagnosis.name.ru}`,
            en: `${d.diagnosis.code} — ${d.diagnosis.name.en}`,
          }
        : { ru: 'Заключение врача', en: "Doctor's conclusion" },
      detail: d.doctor,
      status: d.version > 1 ? 'corrected' : 'final',
    }),
  },
  lab_order: {
    id: sql`${labOrders.id}`,
    at: sql`${labOrders.createdAt}`,
    data: sql`jsonb_build_object('testCodes', ${labOrders.testCodes}, 'status', ${labOrders.status})`,
    source: (patient) => sql`from ${labOrders} where ${labOrders.patientId} = ${patient}`,
    toEvent: (id, at, d: { testCodes: string[]; status: string }) => ({
      kind: 'lab_order',
      id,
      at,
      title: joinNames(testNames(d.testCodes).map((t) => t.name)),
      detail: null,
      status: d.status,
    }),
  },
  lab_result: {
    id: sql`${labReports.id}`,
    at: sql`${labReports.issuedAt}`,
    data: sql`jsonb_build_object('testCodes', ${labOrders.testCodes}, 'abnormalCount',
      (select count(*) from ${labObservations} where ${labObservations.reportId} = ${labReports.id}
        and ${labObservations.flag} is distinct from 'normal'))`,
    source: (patient) => sql`from ${labReports}
      join ${labOrders} on ${labOrders.id} = ${labReports.orderId}
      where ${labReports.patientId} = ${patient}`,
    toEvent: (id, at, d: { testCodes: string[]; abnormalCount: number }) => ({
      kind: 'lab_result',
      id,
      at,
      title: joinNames(testNames(d.testCodes).map((t) => t.name)),
      detail: null,
      status: 'resulted',
      abnormalCount: Number(d.abnormalCount),
    }),
  },
  attachment: {
    id: sql`${files.id}`,
    at: sql`${files.createdAt}`,
    data: sql`jsonb_build_object('name', ${files.originalName}, 'kind', ${files.kind})`,
    source: (patient) => sql`from ${files} where ${files.patientId} = ${patient}`,
    toEvent: (id, at, d: { name: string; kind: string }) => ({
      kind: 'attachment',
      id,
      at,
      title: { ru: d.name, en: d.name },
      detail: null,
      status: d.kind,
    }),
  },
  bp_reading: {
    id: sql`${bpReadings.id}`,
    at: sql`${bpReadings.measuredAt}`,
    data: sql`jsonb_build_object('systolic', ${bpReadings.systolic}, 'diastolic', ${bpReadings.diastolic},
      'pulse', ${bpReadings.pulse}, 'source', ${bpReadings.source})`,
    source: (patient) => sql`from ${bpReadings} where ${bpReadings.patientId} = ${patient}`,
    toEvent: (id, at, d: { systolic: number; diastolic: number; pulse: number | null; source: string }) => ({
      kind: 'bp_reading',
      id,
      at,
      title: {
        ru: `${d.systolic}/${d.diastolic} мм рт. ст.${d.pulse ? `, пульс ${d.pulse}` : ''}`,
        en: `${d.systolic}/${d.diastolic} mmHg${d.pulse ? `, pulse ${d.pulse}` : ''}`,
      },
      detail: null,
      status: d.source,
    }),
  },
};

type Page = {
  limit: number;
  before?: TimelineCursor | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

/** The first page has no cursor: a bound past every event stands in, so one prepared statement serves all pages. */
const NO_CURSOR: TimelineCursor = {
  at: 'infinity',
  kind: 'appointment',
  id: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
};

/**
 * The card's statement for a set of kinds, written once per database handle with placeholders for the patient,
 * the dates, the cursor and the page size (building the SQL anew cost the api more than running it).
 */
function cardQuery(db: Db, kinds: readonly TimelineKind[]) {
  return preparedQuery(db, `medcard_timeline_${kinds.join('_')}`, () => {
    const p = (name: string) => sql.placeholder(name);
    const branches = kinds.map((kind) => {
      const q = kindQueries[kind];
      return sql`(select ${sql.raw(`'${kind}'`)}::text as kind, ${q.id} as id, ${q.at} as at, ${q.data} as data
        ${q.source(p('patientId'))}
        and ${q.at} >= ${p('from')}::timestamptz and ${q.at} <= ${p('to')}::timestamptz
        and (${q.at}, ${sql.raw(`'${kind}'`)}::text, ${q.id}) < (${p('cursorAt')}::timestamptz, ${p('cursorKind')}::text, ${p('cursorId')}::uuid)
        order by ${q.at} desc, ${q.id} desc limit ${p('take')})`;
    });
    return db
      .select({
        kind: sql<TimelineKind>`card.kind`,
        id: sql<string>`card.id::text`,
        at: sql<string>`to_char(card.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        cursorAt: sql<string>`to_char(card.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        data: sql<unknown>`card.data`,
      })
      .from(sql`(${sql.join(branches, sql` union all `)}) card`)
      .orderBy(sql`card.at desc, card.kind desc, card.id desc`)
      .limit(p('take'));
  });
}

/**
 * The unified medical card: planned and past consultations, final conclusions, lab orders and results,
 * uploaded documents and home blood-pressure readings, newest first, a page at a time.
 *
 * One statement: each kind's branch takes at most a page from its own (patient, time) index, already past the
 * cursor, and the union is cut to the page. Keyset paging (time, kind, id) keeps every page as cheap as the
 * first however long the card grows, and no event is skipped or repeated when new ones arrive meanwhile.
 */
export async function medcardTimeline(
  db: Db,
  patientId: string,
  opts: Page & { kinds: readonly TimelineKind[] },
): Promise<{ items: TimelineEvent[]; next: TimelineCursor | null }> {
  const kinds = timelineKinds.filter((kind) => opts.kinds.includes(kind));
  if (kinds.length === 0) return { items: [], next: null };
  const cursor = opts.before ?? NO_CURSOR;
  const rows = await cardQuery(db, kinds).execute({
    patientId,
    from: opts.from?.toISOString() ?? '-infinity',
    to: opts.to?.toISOString() ?? 'infinity',
    cursorAt: cursor.at,
    cursorKind: cursor.kind,
    cursorId: cursor.id,
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) =>
      kindQueries[row.kind].toEvent(
        row.id,
        row.at,
        (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as never,
      ),
    ),
    next: rows.length > opts.limit && last ? { at: last.cursorAt, kind: last.kind, id: last.id } : null,
  };
}
