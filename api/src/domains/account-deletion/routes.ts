import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { requireActor } from '../../auth/middleware.js';
import { verifyPassword } from '../../auth/password.js';
import type { Actor } from '../../auth/sessions.js';
import { accounts } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { clientAddress } from '../../http/client-address.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, badRequestProblem, jsonBody, jsonContent, problem } from '../../http/schemas.js';
import { tooManyAttempts } from '../accounts/password-check.js';
import { anonymiseAccount, deletionBlockers } from './service.js';
import { deletionRequestSchema, deletionStatusSchema } from './schemas.js';

const tags = ['Accounts'];

const routes = {
  status: createRoute({
    method: 'get',
    path: '/me/account-deletion',
    tags,
    summary: 'Whether the signed-in patient can delete their account now, and how long the record is kept',
    responses: { 200: jsonContent(deletionStatusSchema, 'The status'), ...authProblems },
  }),
  request: createRoute({
    method: 'post',
    path: '/me/account-deletion',
    tags,
    summary:
      'Delete the account: anonymised and signed out for good; the medical record is kept as the law requires',
    request: { body: jsonBody(deletionRequestSchema) },
    responses: {
      204: { description: 'Deleted: the session has ended' },
      ...badRequestProblem,
      ...authProblems,
      409: problem('Children under 15 or upcoming appointments in the account'),
      429: problem('Too many wrong passwords for this account; Retry-After says when to try again'),
    },
  }),
};

/** A patient with a record: staff accounts are closed by the admin (domains/admin/practitioners.ts). */
function requirePatientAccount(c: Context<AppEnv>): Actor & { patientId: string } {
  const actor = requireActor(c, 'patient');
  if (!actor.patientId)
    throw new ProblemError(403, 'This account has no patient record.', { code: 'account.no_patient_record' });
  return { ...actor, patientId: actor.patientId };
}

export const accountDeletionRoutes = createRouter()
  .openapi(routes.status, async (c) => {
    const actor = requirePatientAccount(c);
    const blockers = await deletionBlockers(c.get('deps').database.db, actor.patientId);
    return c.json(
      {
        canDelete: blockers.children === 0 && blockers.upcomingAppointments === 0,
        ...blockers,
        retentionYears: c.get('deps').config.MEDICAL_RECORD_RETENTION_YEARS,
      },
      200,
    );
  })
  .openapi(routes.request, async (c) => {
    const actor = requirePatientAccount(c);
    const { password } = c.req.valid('json');
    const { database, sessions, loginLimiter } = c.get('deps');
    const db = database.db;
    // Wrong passwords here back off like sign-in's, on their own counter: a stolen session cannot guess the
    // password quickly, nor lock the owner out of signing in.
    const accountKey = `deletion:${actor.accountId}`;
    const wait = await loginLimiter.accountRetryAfter(accountKey);
    if (wait > 0) throw tooManyAttempts(wait);
    const [account] = await db
      .select({ passwordHash: accounts.passwordHash })
      .from(accounts)
      .where(eq(accounts.id, actor.accountId));
    if (!account || !(await verifyPassword(password, account.passwordHash))) {
      await loginLimiter.recordFailure({ accountKey, address: clientAddress(c) });
      throw new ProblemError(400, 'The password is not right.', {
        code: 'account_deletion.wrong_password',
        errors: [{ path: 'password', message: 'is not right' }],
      });
    }
    const blockers = await deletionBlockers(db, actor.patientId);
    // A child under 15 is represented by a parent (323-FZ art. 20 part 2), and the insurer keeps such children
    // in a parent's account (auth/policy.ts): the parent hands them over before leaving, or their records
    // would have nobody to reach them.
    if (blockers.children > 0)
      throw new ProblemError(409, 'Children under 15 are in this account; hand them over first.', {
        code: 'account_deletion.children',
        params: { count: blockers.children },
      });
    if (blockers.upcomingAppointments > 0)
      throw new ProblemError(409, 'Upcoming appointments are booked; cancel them first.', {
        code: 'account_deletion.upcoming_appointments',
        params: { count: blockers.upcomingAppointments },
      });
    await anonymiseAccount(db, actor, c.get('requestId'), actor.patientId);
    // Every api process forgets the account's sessions (the rows went with the transaction).
    await sessions?.endAccountSessions(actor.accountId);
    return c.body(null, 204);
  });
