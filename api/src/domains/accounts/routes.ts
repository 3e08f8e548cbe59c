import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { eq } from 'drizzle-orm';
import { requireActor } from '../../auth/middleware.js';
import { dummyPasswordHash, verifyPassword } from '../../auth/password.js';
import { createSession, deleteSession, SESSION_COOKIE, type Role } from '../../auth/sessions.js';
import { accounts } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, badRequestProblem, jsonBody, jsonContent, problem } from '../../http/schemas.js';
import { findPatient, toPatientSummary } from '../patients/queries.js';
import { findPractitionerProfiles } from '../practitioners/queries.js';
import { findAccount, findAccountByLogin, toAccount, type AccountRow } from './queries.js';
import {
  loginBodySchema,
  meSchema,
  registerBodySchema,
  sessionSchema,
  updateMeBodySchema,
} from './schemas.js';
import { registerPatient } from './service.js';

const APP_ROLES: Record<'patient' | 'staff', Role[]> = {
  patient: ['patient'],
  staff: ['doctor', 'assistant', 'admin'],
};

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in with e-mail or phone and password',
  request: { body: jsonBody(loginBodySchema) },
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; the tm_session cookie is set'),
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
  summary: 'Register a patient account',
  request: { body: jsonBody(registerBodySchema) },
  responses: {
    201: jsonContent(sessionSchema, 'Registered and signed in'),
    ...badRequestProblem,
    409: problem('The e-mail or phone is already registered'),
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

async function startSession(c: Context<AppEnv>, account: AccountRow) {
  const { config, database } = c.var.deps;
  const session = await createSession(
    database.db,
    account.id,
    config.SESSION_TTL_HOURS,
    c.req.header('user-agent'),
  );
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.NODE_ENV === 'production',
    path: '/',
    expires: session.expiresAt,
  });
  return { account: toAccount(account), csrfToken: session.csrfToken };
}

/** The browser's address: X-Forwarded-For when the request comes through one of our web apps. */
function clientAddress(c: Context<AppEnv>) {
  let remote = 'unknown';
  try {
    remote = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // not served by a node socket (in-process requests)
  }
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const trusted = remote === 'unknown' || c.var.deps.config.TRUSTED_PROXIES.includes(remote);
  return forwarded && trusted ? forwarded : remote;
}

export const accountRoutes = createRouter()
  .openapi(login, async (c) => {
    const body = c.req.valid('json');
    const { database, loginLimiter } = c.var.deps;
    const address = clientAddress(c);
    const wait = await loginLimiter.retryAfter(body.login, address);
    if (wait > 0) {
      throw new ProblemError(
        429,
        `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} min.`,
        {
          headers: { 'retry-after': String(wait) },
        },
      );
    }
    const account = await findAccountByLogin(database.db, body.login);
    const valid = await verifyPassword(body.password, account?.passwordHash ?? (await dummyPasswordHash));
    if (!account || !valid || account.disabledAt) {
      await loginLimiter.recordFailure(body.login, address);
      throw new ProblemError(401, 'Wrong e-mail/phone or password.');
    }
    if (body.app && !APP_ROLES[body.app].includes(account.role)) {
      throw new ProblemError(
        403,
        body.app === 'patient'
          ? 'This is a staff account: sign in to the doctor workspace instead.'
          : 'This is a patient account: sign in to the patient app instead.',
      );
    }
    await loginLimiter.reset(body.login);
    c.var.log.info({ accountId: account.id, role: account.role }, 'signed in');
    return c.json(await startSession(c, account), 200);
  })
  .openapi(register, async (c) => {
    const account = await registerPatient(c.var.deps.database.db, c.req.valid('json'));
    return c.json(await startSession(c, account), 201);
  })
  .openapi(logout, async (c) => {
    const actor = requireActor(c);
    await deleteSession(c.var.deps.database.db, actor.tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(getMe, async (c) => {
    const actor = requireActor(c);
    const db = c.var.deps.database.db;
    const account = await findAccount(db, actor.accountId);
    if (!account) throw new ProblemError(401, 'Sign in to continue.');
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
    const [account] = await c.var.deps.database.db
      .update(accounts)
      .set(c.req.valid('json'))
      .where(eq(accounts.id, actor.accountId))
      .returning();
    if (!account) throw new ProblemError(401, 'Sign in to continue.');
    return c.json({ account: toAccount(account) }, 200);
  });
