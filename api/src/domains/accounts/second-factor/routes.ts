import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../../auth/middleware.js';
import { findAccount } from '../queries.js';
import { ProblemError } from '../../../http/problem.js';
import { createRouter } from '../../../http/router.js';
import { authProblems, badRequestProblem, jsonBody, jsonContent, problem } from '../../../http/schemas.js';
import { sessionSchema } from '../schemas.js';
import { startSession } from '../start-session.js';
import { pendingEnrolmentKey } from './challenges.js';
import {
  challengeBodySchema,
  codeAnswerSchema,
  codeBodySchema,
  confirmEnrolmentBodySchema,
  enrolledSessionSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  secondFactorStatusSchema,
  verifyBodySchema,
} from './schemas.js';
import {
  beginEnrolment,
  completeSignIn,
  confirmEnrolment,
  disableSecondFactor,
  enrolAtSignIn,
  finishEnrolmentAtSignIn,
  regenerateRecoveryCodes,
  secondFactorStatus,
} from './service.js';

const codeProblems = {
  ...badRequestProblem,
  401: problem('The code is wrong or was already used'),
  429: problem('Too many wrong codes; see Retry-After'),
};
const challengeGone = { 410: problem('The sign-in step expired or was used: sign in again') };

const verify = createRoute({
  method: 'post',
  path: '/auth/login/second-factor',
  tags: ['Accounts'],
  summary: 'Second step of sign-in: a code from the authenticator app, or a recovery code',
  request: { body: jsonBody(verifyBodySchema) },
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; the tm_session cookie is set'),
    ...codeProblems,
    ...challengeGone,
  },
});

const startSignInEnrolment = createRoute({
  method: 'post',
  path: '/auth/login/enrolment',
  tags: ['Accounts'],
  summary: 'Staff without a second factor: the secret to scan (the same one again within this sign-in)',
  request: { body: jsonBody(challengeBodySchema) },
  responses: {
    200: jsonContent(enrolmentSchema, 'Show as a QR code and as text'),
    ...badRequestProblem,
    409: problem('Already enrolled'),
    ...challengeGone,
  },
});

const confirmSignInEnrolment = createRoute({
  method: 'post',
  path: '/auth/login/enrolment/confirm',
  tags: ['Accounts'],
  summary: 'Confirm the new second factor with a code; signs in and returns the recovery codes once',
  request: { body: jsonBody(confirmEnrolmentBodySchema) },
  responses: {
    200: jsonContent(enrolledSessionSchema, 'Enrolled and signed in; the tm_session cookie is set'),
    ...codeProblems,
    409: problem('Already enrolled'),
    ...challengeGone,
  },
});

const status = createRoute({
  method: 'get',
  path: '/me/second-factor',
  tags: ['Accounts'],
  summary: 'Whether two-step sign-in is on, and how many recovery codes are left',
  responses: { 200: jsonContent(secondFactorStatusSchema, 'Status'), ...authProblems },
});

const startEnrolment = createRoute({
  method: 'post',
  path: '/me/second-factor/enrolment',
  tags: ['Accounts'],
  summary: 'Turn on two-step sign-in (patients opt in): the secret to scan',
  responses: {
    200: jsonContent(enrolmentSchema, 'Show as a QR code and as text'),
    ...authProblems,
    409: problem('Already on'),
  },
});

const confirmMyEnrolment = createRoute({
  method: 'post',
  path: '/me/second-factor/enrolment/confirm',
  tags: ['Accounts'],
  summary: 'Confirm the new second factor with a code; returns the recovery codes once',
  request: { body: jsonBody(codeBodySchema) },
  responses: {
    200: jsonContent(recoveryCodesSchema, 'On'),
    ...authProblems,
    ...codeProblems,
    409: problem('Already on'),
    410: problem('The set-up expired: start again'),
  },
});

const newRecoveryCodes = createRoute({
  method: 'post',
  path: '/me/second-factor/recovery-codes',
  tags: ['Accounts'],
  summary: 'Replace all recovery codes (needs a current code from the app)',
  request: { body: jsonBody(codeBodySchema) },
  responses: {
    200: jsonContent(recoveryCodesSchema, 'The new codes, shown once'),
    ...authProblems,
    ...codeProblems,
    409: problem('Two-step sign-in is not on'),
  },
});

const disable = createRoute({
  method: 'post',
  path: '/me/second-factor/disable',
  tags: ['Accounts'],
  summary: 'Turn two-step sign-in off (patients only; needs a code or a recovery code)',
  request: { body: jsonBody(codeAnswerSchema) },
  responses: {
    204: { description: 'Off' },
    ...authProblems,
    ...codeProblems,
    409: problem('Two-step sign-in is not on'),
  },
});

export const secondFactorRoutes = createRouter()
  .openapi(verify, async (c) => {
    const account = await completeSignIn(c.get('deps'), c.req.valid('json'));
    c.get('log').info({ accountId: account.id, role: account.role }, 'signed in with a second factor');
    return c.json(await startSession(c, account), 200);
  })
  .openapi(startSignInEnrolment, async (c) => {
    const { challenge } = c.req.valid('json');
    const account = await enrolAtSignIn(c.get('deps'), challenge);
    return c.json(await beginEnrolment(c.get('deps'), account, pendingEnrolmentKey({ challenge })), 200);
  })
  .openapi(confirmSignInEnrolment, async (c) => {
    const { challenge, code } = c.req.valid('json');
    const { account, recoveryCodes } = await finishEnrolmentAtSignIn(c.get('deps'), {
      challenge,
      code,
      pendingKey: pendingEnrolmentKey({ challenge }),
    });
    c.get('log').info({ accountId: account.id, role: account.role }, 'second factor enrolled; signed in');
    return c.json({ ...(await startSession(c, account)), recoveryCodes }, 200);
  })
  .openapi(status, async (c) => {
    const actor = requireActor(c);
    return c.json(await secondFactorStatus(c.get('deps'), actor.accountId, actor.role), 200);
  })
  .openapi(startEnrolment, async (c) => {
    const actor = requireActor(c);
    const account = await findAccount(c.get('deps').database.db, actor.accountId);
    if (!account) throw new ProblemError(401, 'Sign in to continue.', { code: 'auth.required' });
    const pendingKey = pendingEnrolmentKey({ sessionTokenHash: actor.tokenHash });
    return c.json(await beginEnrolment(c.get('deps'), account, pendingKey), 200);
  })
  .openapi(confirmMyEnrolment, async (c) => {
    const actor = requireActor(c);
    const pendingKey = pendingEnrolmentKey({ sessionTokenHash: actor.tokenHash });
    const recoveryCodes = await confirmEnrolment(
      c.get('deps'),
      actor.accountId,
      pendingKey,
      c.req.valid('json').code,
    );
    c.get('log').info({ accountId: actor.accountId }, 'second factor enrolled');
    return c.json({ recoveryCodes }, 200);
  })
  .openapi(newRecoveryCodes, async (c) => {
    const actor = requireActor(c);
    const recoveryCodes = await regenerateRecoveryCodes(
      c.get('deps'),
      actor.accountId,
      c.req.valid('json').code,
    );
    c.get('log').info({ accountId: actor.accountId }, 'recovery codes replaced');
    return c.json({ recoveryCodes }, 200);
  })
  .openapi(disable, async (c) => {
    const actor = requireActor(c);
    await disableSecondFactor(c.get('deps'), actor.accountId, actor.role, c.req.valid('json'));
    c.get('log').info({ accountId: actor.accountId }, 'second factor turned off');
    return c.body(null, 204);
  });
