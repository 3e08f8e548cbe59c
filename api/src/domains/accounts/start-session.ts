import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { createSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { clientAddress } from '../../http/client-address.js';
import type { AppEnv } from '../../http/context.js';
import { rememberDevice } from './device.js';
import { toAccount, type AccountRow } from './queries.js';

/**
 * Creates the session and sets its cookie: the last step of every way in (password, second factor,
 * enrolment, registration). Callers have already checked everything the account needs to sign in.
 */
export async function startSession(c: Context<AppEnv>, account: AccountRow) {
  const { config, database } = c.get('deps');
  const session = await createSession(
    database.db,
    account.id,
    config.SESSION_TTL_HOURS,
    c.req.header('user-agent'),
    clientAddress(c),
  );
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.NODE_ENV === 'production',
    path: '/',
    expires: session.expiresAt,
  });
  rememberDevice(c, account.id);
  return { account: toAccount(account), csrfToken: session.csrfToken };
}
