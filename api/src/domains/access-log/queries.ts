import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import type { LocalizedText } from '../../db/schema/common.js';
import { accounts, auditEvents, patients, practitioners } from '../../db/schema/index.js';
import { describeAction } from './phrases.js';

export type ActorKind =
  'doctor' | 'assistant' | 'coordinator' | 'admin' | 'patient' | 'guardian' | 'other_patient' | 'service';

/** Where the next page starts: the (at, id) of the last row shown, at the database's microsecond precision. */
export interface AccessLogCursor {
  at: string;
  id: string;
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const encodeCursor = (cursor: AccessLogCursor) =>
  Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');

/** The cursor a previous page handed out, or null for anything else (a client's guess, a truncated copy). */
export function decodeCursor(text: string): AccessLogCursor | null {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(text)) return null;
  const [at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length || !at || !id || !CURSOR_AT.test(at) || !UUID.test(id) || Number.isNaN(Date.parse(at)))
    return null;
  return { at, id };
}

/** The service that acted when no account did (jobs, partner integrations). */
function serviceName(action: string): LocalizedText {
  if (action.startsWith('lab_')) return { ru: 'Партнёрская лаборатория', en: 'The partner lab' };
  return { ru: 'Система Telemed', en: 'The Telemed system' };
}

const WHO: Record<Exclude<ActorKind, 'service' | 'other_patient'>, LocalizedText> = {
  doctor: { ru: 'Врач', en: 'Dr' },
  assistant: { ru: 'Медицинский ассистент', en: 'Medical assistant' },
  coordinator: { ru: 'Медицинский координатор страховой компании', en: 'Insurer’s medical coordinator' },
  admin: { ru: 'Администратор', en: 'Administrator' },
  patient: { ru: 'Пациент', en: 'The patient' },
  guardian: { ru: 'Законный представитель', en: 'Legal representative' },
};

const actorAccount = alias(accounts, 'actor_account');
const actorPatient = alias(patients, 'actor_patient');

/**
 * One page of the audit events about this patient, newest first: the rows naming the patient, and the refused
 * attempts on them (those carry the patient only as the resource, since a refused caller must not be tied to
 * data). The viewer's own actions are left out: they know what they did, and their every visit to this page
 * would otherwise add a line to it.
 */
export async function findAccessLog(
  db: Db,
  input: { patientId: string; viewerAccountId: string; cursor: AccessLogCursor | null; limit: number },
) {
  const [record] = await db
    .select({ guardianId: patients.guardianId })
    .from(patients)
    .where(eq(patients.id, input.patientId));
  const where: (SQL | undefined)[] = [
    or(
      eq(auditEvents.patientId, input.patientId),
      and(
        isNull(auditEvents.patientId),
        eq(auditEvents.outcome, 'denied'),
        eq(auditEvents.resourceId, input.patientId),
      ),
    ),
    sql`${auditEvents.actorAccountId} is distinct from ${input.viewerAccountId}`,
  ];
  if (input.cursor) {
    // Row-value comparison on (at, id): the next page starts right after the cursor's row, without offsets.
    where.push(
      sql`(${auditEvents.at}, ${auditEvents.id}) < (${input.cursor.at}::timestamptz, ${input.cursor.id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      cursorAt: sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      action: auditEvents.action,
      resourceType: auditEvents.resourceType,
      outcome: auditEvents.outcome,
      actorAccountId: auditEvents.actorAccountId,
      actorRole: auditEvents.actorRole,
      accountName: actorAccount.displayName,
      practitionerName: practitioners.fullName,
      actorPatientId: actorPatient.id,
      actorPatientName: actorPatient.fullName,
    })
    .from(auditEvents)
    .leftJoin(actorAccount, eq(actorAccount.id, auditEvents.actorAccountId))
    .leftJoin(practitioners, eq(practitioners.accountId, auditEvents.actorAccountId))
    .leftJoin(actorPatient, eq(actorPatient.accountId, auditEvents.actorAccountId))
    .where(and(...where))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(input.limit + 1);

  const items = rows.slice(0, input.limit).map((row) => {
    const { kind, name } = actorOf(row, input.patientId, record?.guardianId ?? null);
    const who =
      kind === 'service' || kind === 'other_patient' || !name
        ? (name ?? labelOf(kind))
        : { ru: `${WHO[kind].ru} ${name.ru}`, en: `${WHO[kind].en} ${name.en}` };
    return {
      id: row.id,
      at: row.at.toISOString(),
      actor: { kind, name },
      who,
      what: describeAction(row.action, row.resourceType, row.outcome),
      action: row.action,
      resourceType: row.resourceType,
      outcome: row.outcome,
    };
  });
  const last = rows.length > input.limit ? rows[input.limit - 1]! : null;
  return { items, nextCursor: last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null };
}

function labelOf(kind: ActorKind): LocalizedText {
  if (kind === 'other_patient') return { ru: 'Другой пациент', en: 'Another patient' };
  if (kind === 'service') return serviceName('');
  return WHO[kind];
}

interface ActorRow {
  action: string;
  actorAccountId: string | null;
  actorRole: string | null;
  accountName: LocalizedText | null;
  practitionerName: LocalizedText | null;
  actorPatientId: string | null;
  actorPatientName: LocalizedText | null;
}

/**
 * Staff are named (the point of the page); another patient who tried to open this record is not (their own
 * privacy), only said to be one.
 */
function actorOf(
  row: ActorRow,
  patientId: string,
  guardianId: string | null,
): { kind: ActorKind; name: LocalizedText | null } {
  if (!row.actorAccountId || !row.actorRole) return { kind: 'service', name: serviceName(row.action) };
  switch (row.actorRole) {
    case 'doctor':
    case 'assistant':
      return { kind: row.actorRole, name: row.practitionerName ?? row.accountName };
    case 'coordinator':
    case 'admin':
      return { kind: row.actorRole, name: row.accountName };
    default:
      if (row.actorPatientId === patientId) return { kind: 'patient', name: row.actorPatientName };
      if (row.actorPatientId && row.actorPatientId === guardianId)
        return { kind: 'guardian', name: row.actorPatientName };
      return { kind: 'other_patient', name: null };
  }
}
