import { createRoute } from '@hono/zod-openapi';
import { clientAddress } from '../../http/client-address.js';
import { createRouter } from '../../http/router.js';
import { badRequestProblem, jsonBody, jsonContent, problem } from '../../http/schemas.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.js';
import {
  passwordChangedSchema,
  passwordResetBodySchema,
  passwordResetConfirmBodySchema,
  passwordResetStartedSchema,
} from './password-reset-schemas.js';

const request = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['Accounts'],
  summary: 'Ask for a code to set a new password; it is sent to the e-mail or phone given',
  description: 'Answers the same whether or not the e-mail or phone has an account.',
  request: { body: jsonBody(passwordResetBodySchema) },
  responses: {
    202: jsonContent(passwordResetStartedSchema, 'Check your messages to continue'),
    ...badRequestProblem,
    429: problem('Too many reset requests; see Retry-After'),
  },
});

const confirm = createRoute({
  method: 'post',
  path: '/auth/password-reset/confirm',
  tags: ['Accounts'],
  summary: "Set a new password with the code; ends all of the account's sessions",
  description:
    'Does not sign in: the next sign-in uses the new password (and, for staff, the second factor).',
  request: { body: jsonBody(passwordResetConfirmBodySchema) },
  responses: {
    200: jsonContent(passwordChangedSchema, 'Password changed'),
    ...badRequestProblem,
    429: problem('Too many wrong codes; see Retry-After'),
  },
});

export const passwordResetRoutes = createRouter()
  .openapi(request, async (c) => {
    await requestPasswordReset(c.get('deps'), c.req.valid('json').login, clientAddress(c));
    return c.json(
      {
        status: 'check-your-messages' as const,
        detail: 'If this e-mail or phone has an account, we have sent it a code to set a new password.',
      },
      202,
    );
  })
  .openapi(confirm, async (c) => {
    const account = await confirmPasswordReset(c.get('deps'), c.req.valid('json'));
    c.get('log').info({ accountId: account.id }, 'password reset');
    return c.json(
      { status: 'password-changed' as const, detail: 'Your password has been changed. Sign in with it.' },
      200,
    );
  });
