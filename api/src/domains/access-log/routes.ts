import { createRoute } from '@hono/zod-openapi';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonContent,
  notFoundProblem,
} from '../../http/schemas.js';
import { decodeCursor, findAccessLog } from './queries.js';
import { accessLogPageSchema, accessLogQuerySchema } from './schemas.js';

const getAccessLog = createRoute({
  method: 'get',
  path: '/patients/{id}/access-log',
  tags: ['Patients'],
  summary: "Who saw this patient's data: the patient's own view of the audit log, in plain language",
  description:
    'For the patient and the parent of a child under 15 only (staff use the admin audit log). Newest first, ' +
    "keyset-paginated: pass the answer's `nextCursor` as `cursor`. Refused attempts are listed too; the " +
    "viewer's own actions are not.",
  request: { params: idParamSchema, query: accessLogQuerySchema },
  responses: {
    200: jsonContent(accessLogPageSchema, 'A page of the access log'),
    ...badRequestProblem,
    ...authProblems,
    ...notFoundProblem,
  },
});

const AUDIT = { action: 'access_log.read', resourceType: 'AuditLog' } as const;

export const accessLogRoutes = createRouter().openapi(getAccessLog, async (c) => {
  const { id } = c.req.valid('param');
  const { cursor, limit } = c.req.valid('query');
  const actor = requireActor(c);
  const db = c.get('deps').database.db;
  const refuse = (error: ProblemError) =>
    writeAudit(db, actor, c.get('requestId'), { ...AUDIT, resourceId: id, outcome: 'denied' }).then(() => {
      throw error;
    });
  // 152-FZ art. 14 gives the data subject (for a child under 15, the legal representative: 323-FZ art. 20
  // part 2) the right to know how their data is processed, and order 947n (2020) logs every access to electronic
  // medical records; this page shows that log to them, naming staff too. Staff have their own view of the log
  // (domains/admin/audit-log.ts), never this one.
  if (actor.role !== 'patient') {
    return refuse(
      new ProblemError(403, "A patient's access log is for the patient and their legal representative.", {
        code: 'auth.role_forbidden',
        params: { role: actor.role },
      }),
    );
  }
  const relation = await relationToPatient(db, actor, id);
  if (relation !== 'self' && relation !== 'guardian') return refuse(notFound());
  // The first page is one visit to the page and is audited; "load more" continues the same visit, so it is
  // not recorded again (the log of a patient reading their log would otherwise grow with every scroll).
  if (!cursor)
    await writeAudit(db, actor, c.get('requestId'), {
      ...AUDIT,
      resourceId: id,
      patientId: id,
      outcome: 'allowed',
    });
  const page = await findAccessLog(db, {
    patientId: id,
    viewerAccountId: actor.accountId,
    cursor: cursor ? decodeCursor(cursor) : null,
    limit,
  });
  return c.json(page, 200);
});
