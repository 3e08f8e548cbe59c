import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { eq } from 'drizzle-orm';
import { requireActor } from '../../auth/middleware.js';
import { deleteSession, SESSION_COOKIE, type Role } from '../../auth/sessions.js';
import { accounts } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, badRequestProblem, jsonBody, jsonContent, problem } from '../../http/schemas.js';
import { findPatient, toPatientSummary } from '../patients/queries.js';
import { findPractitionerProfiles } from '../practitioners/queries.js';
import { clientAddress } from '../../http/client-address.js';
import { devMailboxEnabled, readDevMailbox } from './dev-mailbox.js';
import { checkPassword } from './password-check.js';
import { findAccount, toAccount } from './queries.js';
import { startRegistration, verifyRegistration } from './registration.js';
import {
  loginBodySchema,
  meSchema,
  devMailboxQuerySchema,
  devMailboxSchema,
  registerBodySchema,
  registerVerifyBodySchema,
  registrationPendingSchema,
  registrationStartedSchema,
  sessionSchema,
  updateMeBodySchema,
} from './schemas.js';
import { secondFactorChallengeSchema } from './second-factor/schemas.js';
import { secondFactorStep } from './second-factor/service.js';
import { startSession } from './start-session.js';

const APP_ROLES: Record<'patient' | 'staff', Role[]> = {
  patient: ['patient'],
  staff: ['doctor', 'assistant', 'admin', 'coordinator'],
};

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in with e-mail or phone and password',
  request: { body: jsonBody(loginBodySchema) },
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; the tm_session cookie is set'),
    202: jsonContent(secondFactorChallengeSchema, 'Password right; a second step is needed (no session yet)'),
    ...badRequestProblem,
    401: problem('Wrong login or password'),
    403: problem('This account belongs to the other app'),
    429: problem('Too many failed attempts; see Retry-After'),
  },
});

const register = createRoute({
  method: 'post',
  path: '/auth/register',
  tags: ['Accounts'],
  summary: 'Start registering a patient account: a code is sent to each e-mail and phone given',
  description:
    'Answers the same whether or not the e-mail or phone already has an account; an existing one is told so by message.',
  request: { body: jsonBody(registerBodySchema) },
  responses: {
    202: jsonContent(registrationStartedSchema, 'Check your messages to continue'),
    ...badRequestProblem,
    429: problem('Too many registration attempts; see Retry-After'),
  },
});

const registerVerify = createRoute({
  method: 'post',
  path: '/auth/register/verify',
  tags: ['Accounts'],
  summary: 'Confirm an e-mail or phone with its code; the last one creates the account and signs in',
  request: { body: jsonBody(registerVerifyBodySchema) },
  responses: {
    201: jsonContent(sessionSchema, 'Registered and signed in'),
    202: jsonContent(registrationPendingSchema, 'Confirmed; another identity still needs its code'),
    ...badRequestProblem,
    429: problem('Too many wrong codes; see Retry-After'),
  },
});

const devMailbox = createRoute({
  method: 'get',
  path: '/dev/mailbox',
  tags: ['Accounts'],
  summary: 'Development only: messages that had no delivery configured (404 in production)',
  request: { query: devMailboxQuerySchema },
  responses: {
    200: jsonContent(devMailboxSchema, 'Newest first'),
    ...badRequestProblem,
    404: problem('Not available in production'),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Accounts'],
  summary: 'Sign out and end the session',
  responses: { 204: { description: 'Signed out' }, ...authProblems },
});

const getMe = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Accounts'],
  summary: 'The signed-in account with its patient or practitioner profile',
  responses: { 200: jsonContent(meSchema, 'Current account'), ...authProblems },
});

const updateMe = createRoute({
  method: 'patch',
  path: '/me',
  tags: ['Accounts'],
  summary: "Update the account's preferences",
  request: { body: jsonBody(updateMeBodySchema) },
  responses: {
    200: jsonContent(z.object({ account: meSchema.shape.account }), 'Updated'),
    ...badRequestProblem,
    ...authProblems,
  },
});

export const accountRoutes = createRouter()
  .openapi(login, async (c) => {
    const body = c.req.valid('json');
    const account = await checkPassword(c, body);
    if (body.app && !APP_ROLES[body.app].includes(account.role)) {
      throw new ProblemError(
        403,
        body.app === 'patient'
          ? 'This is a staff account: sign in to the doctor workspace instead.'
          : 'This is a patient account: sign in to the patient app instead.',
        { code: body.app === 'patient' ? 'auth.staff_account' : 'auth.patient_account' },
      );
    }
    // Second factor (second-factor/): staff must have one, patients may opt in; then no session yet.
    const secondStep = await secondFactorStep(c.get('deps'), account);
    if (secondStep) return c.json(secondStep, 202);
    // End of second factor.
    c.get('log').info({ accountId: account.id, role: account.role }, 'signed in');
    return c.json(await startSession(c, account), 200);
  })
  .openapi(register, async (c) => {
    await startRegistration(c.get('deps'), c.req.valid('json'), clientAddress(c));
    return c.json(
      {
        status: 'check-your-messages' as const,
        detail: 'Check your e-mail or SMS: we have sent what you need to continue.',
      },
      202,
    );
  })
  .openapi(registerVerify, async (c) => {
    const outcome = await verifyRegistration(c.get('deps'), c.req.valid('json'));
    if (outcome.status === 'pending') return c.json(outcome, 202);
    c.get('log').info({ accountId: outcome.account.id }, 'registered');
    return c.json(await startSession(c, outcome.account), 201);
  })
  .openapi(devMailbox, async (c) => {
    const { config, redis } = c.get('deps');
    if (!devMailboxEnabled(config))
      throw new ProblemError(404, 'Not available in production.', { code: 'dev_mailbox.unavailable' });
    return c.json({ messages: await readDevMailbox(redis, c.req.valid('query').to) }, 200);
  })
  .openapi(logout, async (c) => {
    const actor = requireActor(c);
    await deleteSession(c.get('deps').database.db, actor.tokenHash, c.get('deps').sessions);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(getMe, async (c) => {
    const actor = requireActor(c);
    const db = c.get('deps').database.db;
    const account = await findAccount(db, actor.accountId);
    if (!account) throw new ProblemError(401, 'Sign in to continue.', { code: 'auth.required' });
    const patient = actor.patientId ? await findPatient(db, actor.patientId) : null;
    const [practitioner] = actor.practitionerId
      ? await findPractitionerProfiles(db, [actor.practitionerId])
      : [];
    return c.json(
      {
        account: toAccount(account),
        csrfToken: actor.csrfToken,
        patient: patient ? toPatientSummary(patient) : null,
        practitioner: practitioner ?? null,
      },
      200,
    );
  })
  .openapi(updateMe, async (c) => {
    const actor = requireActor(c);
    const [account] = await c
      .get('deps')
      .database.db.update(accounts)
      .set(c.req.valid('json'))
      .where(eq(accounts.id, actor.accountId))
      .returning();
    if (!account) throw new ProblemError(401, 'Sign in to continue.', { code: 'auth.required' });
    return c.json({ account: toAccount(account) }, 200);
  });
