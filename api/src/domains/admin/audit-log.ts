import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { writeAudit } from '../../auth/audit.js';
import type { Db } from '../../db/client.js';
import { containsPattern, escapeLike } from '../../db/like.js';
import { accounts, auditEvents, insurancePolicies, patients } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  isoDateSchema,
  jsonContent,
  localizedTextSchema,
} from '../../http/schemas.js';
import { roleSchema } from '../accounts/schemas.js';
import { adminTags as tags, requireAdmin } from './access.js';
import { toCsv } from './csv.js';
import { patientNameOrPolicy } from './patient-match.js';

/** Dates in the filter are the operator's calendar days, in the service's home timezone. */
const FILTER_TIMEZONE = 'Europe/Moscow';
/** One export holds at most this many rows; a wider search is narrowed by date. */
const EXPORT_LIMIT = 10_000;

const optionalText = z.string().trim().max(200).optional();
const filterSchema = z.object({
  actor: optionalText.openapi({ description: "Part of the actor's e-mail or name" }),
  patient: optionalText.openapi({
    description: "Part of the patient's name, a policy number, or the patient id",
  }),
  action: optionalText.openapi({ description: 'The action, or its beginning (say `medcard`)' }),
  outcome: z.enum(['allowed', 'denied']).optional(),
  from: isoDateSchema().optional(),
  to: isoDateSchema().optional(),
});

const pageQuerySchema = filterSchema.extend({
  cursor: z.uuid({ message: 'must be the nextCursor of the previous page' }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actor: z
      .object({
        id: z.uuid(),
        email: z.string().nullable(),
        name: localizedTextSchema,
        role: roleSchema,
      })
      .nullable(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    patient: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
    outcome: z.enum(['allowed', 'denied']),
    requestId: z.string().nullable(),
    clientAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .openapi('AuditEvent');

const routes = {
  search: createRoute({
    method: 'get',
    path: '/admin/audit-events',
    tags,
    summary: "Search the audit log: who opened which patient's data, when and from where",
    description:
      "Newest first, keyset-paginated: pass the answer's `nextCursor` as `cursor` for the next page.",
    request: { query: pageQuerySchema },
    responses: {
      200: jsonContent(
        z.object({ items: z.array(auditEventSchema), nextCursor: z.uuid().nullable() }),
        'A page of events',
      ),
      ...badRequestProblem,
      ...authProblems,
    },
  }),
  export: createRoute({
    method: 'get',
    path: '/admin/audit-events.csv',
    tags,
    summary: `The events matching the filter as CSV (newest first, at most ${EXPORT_LIMIT})`,
    request: { query: filterSchema },
    responses: {
      200: { content: { 'text/csv': { schema: z.string() } }, description: 'RFC 4180 CSV, UTF-8' },
      ...badRequestProblem,
      ...authProblems,
    },
  }),
};

type Filter = z.infer<typeof filterSchema>;

function conditions(db: Db, filter: Filter): SQL[] {
  const where: SQL[] = [];
  if (filter.actor) {
    const pattern = containsPattern(filter.actor);
    where.push(
      inArray(
        auditEvents.actorAccountId,
        db
          .select({ id: accounts.id })
          .from(accounts)
          .where(
            or(
              ilike(accounts.email, pattern),
              ilike(sql`${accounts.displayName}->>'ru'`, pattern),
              ilike(sql`${accounts.displayName}->>'en'`, pattern),
            ),
          ),
      ),
    );
  }
  if (filter.patient) {
    const byId = z.uuid().safeParse(filter.patient);
    const pattern = containsPattern(filter.patient);
    where.push(
      byId.success
        ? eq(auditEvents.patientId, byId.data)
        : inArray(
            auditEvents.patientId,
            db
              .select({ id: patients.id })
              .from(patients)
              .where(patientNameOrPolicy(db, pattern, eq(insurancePolicies.number, filter.patient))),
          ),
    );
  }
  if (filter.action) where.push(ilike(auditEvents.action, `${escapeLike(filter.action)}%`));
  if (filter.outcome) where.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.from) {
    where.push(sql`${auditEvents.at} >= (${filter.from}::date)::timestamp at time zone ${FILTER_TIMEZONE}`);
  }
  if (filter.to) {
    where.push(sql`${auditEvents.at} < (${filter.to}::date + 1)::timestamp at time zone ${FILTER_TIMEZONE}`);
  }
  return where;
}

async function findEvents(db: Db, where: SQL[], limit: number) {
  const rows = await db
    .select({
      event: auditEvents,
      actorEmail: accounts.email,
      actorName: accounts.displayName,
      patientName: patients.fullName,
    })
    .from(auditEvents)
    .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
    .leftJoin(patients, eq(patients.id, auditEvents.patientId))
    .where(and(...where))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map(({ event: e, actorEmail, actorName, patientName }) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor:
      e.actorAccountId && e.actorRole && actorName
        ? { id: e.actorAccountId, email: actorEmail, name: actorName, role: e.actorRole }
        : null,
    action: e.action,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    patient: e.patientId && patientName ? { id: e.patientId, name: patientName } : null,
    outcome: e.outcome,
    requestId: e.requestId,
    clientAddress: e.clientAddress,
    userAgent: e.userAgent,
  }));
}

const CSV_HEADER = [
  'at',
  'actor_email',
  'actor_name',
  'actor_role',
  'action',
  'resource_type',
  'resource_id',
  'patient_id',
  'patient_name',
  'outcome',
  'client_address',
  'user_agent',
  'request_id',
] as const;

export const auditLogAdminRoutes = createRouter()
  .openapi(routes.search, async (c) => {
    requireAdmin(c);
    const { cursor, limit, ...filter } = c.req.valid('query');
    const db = c.get('deps').database.db;
    const where = conditions(db, filter);
    if (cursor) {
      const [last] = await db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(eq(auditEvents.id, cursor));
      if (!last) throw new ProblemError(400, 'Unknown cursor.', { code: 'admin.invalid_cursor' });
      // Row-value comparison on (at, id): the next page starts right after the cursor's row, without offsets.
      where.push(
        sql`(${auditEvents.at}, ${auditEvents.id}) < (select a.created_at, a.id from ${auditEvents} a where a.id = ${cursor})`,
      );
    }
    const rows = await findEvents(db, where, limit + 1);
    const items = rows.slice(0, limit);
    return c.json({ items, nextCursor: rows.length > limit ? items.at(-1)!.id : null }, 200);
  })
  .openapi(routes.export, async (c) => {
    const actor = requireAdmin(c);
    const filter = c.req.valid('query');
    const db = c.get('deps').database.db;
    const rows = await findEvents(db, conditions(db, filter), EXPORT_LIMIT);
    // An export takes the log out of the system: that is worth its own line in it.
    await writeAudit(db, actor, c.get('requestId'), {
      action: 'admin.audit.export',
      resourceType: 'AuditLog',
      resourceId: null,
      outcome: 'allowed',
    });
    const csv = toCsv(
      CSV_HEADER,
      rows.map((e) => [
        e.at,
        e.actor?.email ?? '',
        e.actor?.name.ru ?? '',
        e.actor?.role ?? '',
        e.action,
        e.resourceType,
        e.resourceId,
        e.patient?.id ?? '',
        e.patient?.name.ru ?? '',
        e.outcome,
        e.clientAddress,
        e.userAgent,
        e.requestId,
      ]),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    });
  });
