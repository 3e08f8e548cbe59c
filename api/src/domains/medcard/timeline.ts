import { and, desc, eq, gte, lte, sql, type AnyColumn, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedQuery, type PreparedQuery } from '../../db/prepared.js';
import type { LocalizedText } from '../../db/schema/common.js';
import {
  appointments,
  bpReadings,
  conclusions,
  files,
  labObservations,
  labOrders,
  labReports,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
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

/** The current version of a final conclusion: a correction replaces its predecessor on the card. */
export const notSuperseded = sql`not exists (select 1 from ${conclusions} newer where newer.supersedes_id = ${conclusions.id} and newer.status = 'final')`;

/** Per kind, a cap so a patient with years of home readings still gets a quick answer. */
const PER_KIND_LIMIT = 300;

const joinNames = (names: LocalizedText[]): LocalizedText => ({
  ru: names.map((n) => n.ru).join(', '),
  en: names.map((n) => n.en).join(', '),
});

/** The date conditions on a kind's own time column; `filtered` when there are any. */
type Within = ((column: AnyColumn) => SQL[]) & { filtered: boolean };

/**
 * Runs one kind's query. The unfiltered card (what every screen asks for) uses a query drizzle built once per
 * database handle with the patient as a placeholder: building the SQL anew cost more than running it.
 */
function run<R>(
  db: Db,
  kind: TimelineKind,
  patientId: string,
  within: Within,
  build: (patient: string | Placeholder<'patientId', string>) => PromiseLike<R> & {
    prepare(name: string): PreparedQuery<R>;
  },
): PromiseLike<R> {
  if (within.filtered) return build(patientId);
  const name = `medcard_timeline_${kind}`;
  return preparedQuery(db, name, () => build(sql.placeholder('patientId'))).execute({ patientId });
}

/**
 * One query per kind, selecting only what the card shows (a lab report's raw FHIR document stays in the
 * database); the kinds are independent, so they run concurrently.
 */
const loaders: Record<TimelineKind, (db: Db, patientId: string, within: Within) => Promise<TimelineEvent[]>> =
  {
    async appointment(db, patientId, within) {
      const rows = await run(db, 'appointment', patientId, within, (patient) =>
        db
          .select({
            id: appointments.id,
            startsAt: appointments.startsAt,
            status: appointments.status,
            specialty: specialties.name,
            doctor: practitioners.fullName,
          })
          .from(appointments)
          .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
          .leftJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
          .where(and(eq(appointments.patientId, patient), ...within(appointments.startsAt)))
          .orderBy(desc(appointments.startsAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map((a) => ({
        kind: 'appointment',
        id: a.id,
        at: a.startsAt.toISOString(),
        title: a.specialty,
        detail: a.doctor,
        status: a.status,
      }));
    },
    async conclusion(db, patientId, within) {
      const rows = await run(db, 'conclusion', patientId, within, (patient) =>
        db
          .select({
            id: conclusions.id,
            finalisedAt: conclusions.finalisedAt,
            createdAt: conclusions.createdAt,
            diagnosis: conclusions.diagnosis,
            version: conclusions.version,
            doctor: practitioners.fullName,
          })
          .from(conclusions)
          .innerJoin(practitioners, eq(practitioners.id, conclusions.practitionerId))
          .where(
            and(
              eq(conclusions.patientId, patient),
              eq(conclusions.status, 'final'),
              notSuperseded,
              ...within(conclusions.finalisedAt),
            ),
          )
          .orderBy(desc(conclusions.finalisedAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map(({ diagnosis, ...c }) => ({
        kind: 'conclusion',
        id: c.id,
        at: (c.finalisedAt ?? c.createdAt).toISOString(),
        title: diagnosis
          ? { ru: `${diagnosis.code} — ${diagnosis.name.ru}`, en: `${diagnosis.code} — ${diagnosis.name.en}` }
          : { ru: 'Заключение врача', en: "Doctor's conclusion" },
        detail: c.doctor,
        status: c.version > 1 ? 'corrected' : 'final',
      }));
    },
    async lab_order(db, patientId, within) {
      const rows = await run(db, 'lab_order', patientId, within, (patient) =>
        db
          .select({
            id: labOrders.id,
            createdAt: labOrders.createdAt,
            testCodes: labOrders.testCodes,
            status: labOrders.status,
          })
          .from(labOrders)
          .where(and(eq(labOrders.patientId, patient), ...within(labOrders.createdAt)))
          .orderBy(desc(labOrders.createdAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map((o) => ({
        kind: 'lab_order',
        id: o.id,
        at: o.createdAt.toISOString(),
        title: joinNames(testNames(o.testCodes).map((t) => t.name)),
        detail: null,
        status: o.status,
      }));
    },
    async lab_result(db, patientId, within) {
      const rows = await run(db, 'lab_result', patientId, within, (patient) =>
        db
          .select({
            id: labReports.id,
            issuedAt: labReports.issuedAt,
            testCodes: labOrders.testCodes,
            abnormalCount: sql<number>`(select count(*) from ${labObservations}
          where ${labObservations.reportId} = ${labReports.id}
          and ${labObservations.flag} is distinct from 'normal')::int`,
          })
          .from(labReports)
          .innerJoin(labOrders, eq(labOrders.id, labReports.orderId))
          .where(and(eq(labReports.patientId, patient), ...within(labReports.issuedAt)))
          .orderBy(desc(labReports.issuedAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map((r) => ({
        kind: 'lab_result',
        id: r.id,
        at: r.issuedAt.toISOString(),
        title: joinNames(testNames(r.testCodes).map((t) => t.name)),
        detail: null,
        status: 'resulted',
        abnormalCount: Number(r.abnormalCount),
      }));
    },
    async attachment(db, patientId, within) {
      const rows = await run(db, 'attachment', patientId, within, (patient) =>
        db
          .select({
            id: files.id,
            createdAt: files.createdAt,
            originalName: files.originalName,
            kind: files.kind,
          })
          .from(files)
          .where(and(eq(files.patientId, patient), ...within(files.createdAt)))
          .orderBy(desc(files.createdAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map((f) => ({
        kind: 'attachment',
        id: f.id,
        at: f.createdAt.toISOString(),
        title: { ru: f.originalName, en: f.originalName },
        detail: null,
        status: f.kind,
      }));
    },
    async bp_reading(db, patientId, within) {
      const rows = await run(db, 'bp_reading', patientId, within, (patient) =>
        db
          .select({
            id: bpReadings.id,
            measuredAt: bpReadings.measuredAt,
            systolic: bpReadings.systolic,
            diastolic: bpReadings.diastolic,
            pulse: bpReadings.pulse,
            source: bpReadings.source,
          })
          .from(bpReadings)
          .where(and(eq(bpReadings.patientId, patient), ...within(bpReadings.measuredAt)))
          .orderBy(desc(bpReadings.measuredAt))
          .limit(PER_KIND_LIMIT),
      );
      return rows.map((b) => ({
        kind: 'bp_reading',
        id: b.id,
        at: b.measuredAt.toISOString(),
        title: {
          ru: `${b.systolic}/${b.diastolic} мм рт. ст.${b.pulse ? `, пульс ${b.pulse}` : ''}`,
          en: `${b.systolic}/${b.diastolic} mmHg${b.pulse ? `, pulse ${b.pulse}` : ''}`,
        },
        detail: null,
        status: b.source,
      }));
    },
  };

/**
 * The unified medical card: planned and past consultations, final conclusions, lab orders and results,
 * uploaded documents and home blood-pressure readings, merged newest first.
 */
export async function medcardTimeline(
  db: Db,
  patientId: string,
  opts: { kinds: readonly TimelineKind[]; from?: Date | undefined; to?: Date | undefined },
) {
  const within: Within = Object.assign(
    (column: AnyColumn) => [
      ...(opts.from ? [gte(column, opts.from)] : []),
      ...(opts.to ? [lte(column, opts.to)] : []),
    ],
    { filtered: Boolean(opts.from || opts.to) },
  );
  const perKind = await Promise.all(
    timelineKinds.filter((k) => opts.kinds.includes(k)).map((k) => loaders[k](db, patientId, within)),
  );
  return perKind.flat().sort((x, y) => y.at.localeCompare(x.at) || x.kind.localeCompare(y.kind));
}
