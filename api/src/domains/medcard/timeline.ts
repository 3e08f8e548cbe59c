import { and, desc, eq, gte, lte, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
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

/**
 * The unified medical card: planned and past consultations, final conclusions, lab orders and results,
 * uploaded documents and home blood-pressure readings, merged newest first.
 */
export async function medcardTimeline(
  db: Db,
  patientId: string,
  opts: { kinds: readonly TimelineKind[]; from?: Date | undefined; to?: Date | undefined },
) {
  const within = (column: AnyColumn): SQL[] => [
    ...(opts.from ? [gte(column, opts.from)] : []),
    ...(opts.to ? [lte(column, opts.to)] : []),
  ];
  const wants = (kind: TimelineKind) => opts.kinds.includes(kind);
  const events: TimelineEvent[] = [];

  if (wants('appointment')) {
    const rows = await db
      .select({ a: appointments, specialty: specialties.name, doctor: practitioners.fullName })
      .from(appointments)
      .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
      .leftJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
      .where(and(eq(appointments.patientId, patientId), ...within(appointments.startsAt)))
      .orderBy(desc(appointments.startsAt))
      .limit(PER_KIND_LIMIT);
    for (const { a, specialty, doctor } of rows)
      events.push({
        kind: 'appointment',
        id: a.id,
        at: a.startsAt.toISOString(),
        title: specialty,
        detail: doctor,
        status: a.status,
      });
  }
  if (wants('conclusion')) {
    const rows = await db
      .select({ c: conclusions, doctor: practitioners.fullName })
      .from(conclusions)
      .innerJoin(practitioners, eq(practitioners.id, conclusions.practitionerId))
      .where(
        and(
          eq(conclusions.patientId, patientId),
          eq(conclusions.status, 'final'),
          notSuperseded,
          ...within(conclusions.finalisedAt),
        ),
      )
      .orderBy(desc(conclusions.finalisedAt))
      .limit(PER_KIND_LIMIT);
    for (const { c, doctor } of rows) {
      const diagnosis = c.diagnosis;
      events.push({
        kind: 'conclusion',
        id: c.id,
        at: (c.finalisedAt ?? c.createdAt).toISOString(),
        title: diagnosis
          ? { ru: `${diagnosis.code} — ${diagnosis.name.ru}`, en: `${diagnosis.code} — ${diagnosis.name.en}` }
          : { ru: 'Заключение врача', en: "Doctor's conclusion" },
        detail: doctor,
        status: c.version > 1 ? 'corrected' : 'final',
      });
    }
  }
  if (wants('lab_order')) {
    const rows = await db
      .select()
      .from(labOrders)
      .where(and(eq(labOrders.patientId, patientId), ...within(labOrders.createdAt)))
      .orderBy(desc(labOrders.createdAt))
      .limit(PER_KIND_LIMIT);
    for (const o of rows)
      events.push({
        kind: 'lab_order',
        id: o.id,
        at: o.createdAt.toISOString(),
        title: joinNames(testNames(o.testCodes).map((t) => t.name)),
        detail: null,
        status: o.status,
      });
  }
  if (wants('lab_result')) {
    const rows = await db
      .select({ r: labReports, testCodes: labOrders.testCodes })
      .from(labReports)
      .innerJoin(labOrders, eq(labOrders.id, labReports.orderId))
      .where(and(eq(labReports.patientId, patientId), ...within(labReports.issuedAt)))
      .orderBy(desc(labReports.issuedAt))
      .limit(PER_KIND_LIMIT);
    const flags = rows.length
      ? await db
          .select({ reportId: labObservations.reportId, flag: labObservations.flag })
          .from(labObservations)
          .where(eq(labObservations.patientId, patientId))
      : [];
    for (const { r, testCodes } of rows)
      events.push({
        kind: 'lab_result',
        id: r.id,
        at: r.issuedAt.toISOString(),
        title: joinNames(testNames(testCodes).map((t) => t.name)),
        detail: null,
        status: 'resulted',
        abnormalCount: flags.filter((f) => f.reportId === r.id && f.flag !== 'normal').length,
      });
  }
  if (wants('attachment')) {
    const rows = await db
      .select()
      .from(files)
      .where(and(eq(files.patientId, patientId), ...within(files.createdAt)))
      .orderBy(desc(files.createdAt))
      .limit(PER_KIND_LIMIT);
    for (const f of rows)
      events.push({
        kind: 'attachment',
        id: f.id,
        at: f.createdAt.toISOString(),
        title: { ru: f.originalName, en: f.originalName },
        detail: null,
        status: f.kind,
      });
  }
  if (wants('bp_reading')) {
    const rows = await db
      .select()
      .from(bpReadings)
      .where(and(eq(bpReadings.patientId, patientId), ...within(bpReadings.measuredAt)))
      .orderBy(desc(bpReadings.measuredAt))
      .limit(PER_KIND_LIMIT);
    for (const b of rows) {
      const pulse = b.pulse ? `, ${b.pulse}` : '';
      events.push({
        kind: 'bp_reading',
        id: b.id,
        at: b.measuredAt.toISOString(),
        title: {
          ru: `${b.systolic}/${b.diastolic} мм рт. ст.${pulse ? `, пульс ${b.pulse}` : ''}`,
          en: `${b.systolic}/${b.diastolic} mmHg${pulse ? `, pulse ${b.pulse}` : ''}`,
        },
        detail: null,
        status: b.source,
      });
    }
  }
  return events.sort((x, y) => y.at.localeCompare(x.at) || x.kind.localeCompare(y.kind));
}
