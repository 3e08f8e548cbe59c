import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { SessionCache } from '../src/auth/session-cache.js';
import { sessions } from '../src/db/schema/index.js';
import { latestCode } from './consents-helper.js';
import { clientOf, useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

/**
 * A second api process: its own app and session cache over the same database and Redis. Its TTL is long, so
 * only the Redis message can end a session it has cached.
 */
const other = { app: null as ReturnType<typeof createApp> | null, cache: null as SessionCache | null };
async function otherProcess() {
  other.cache ??= await SessionCache.start(api.deps.redis, 60_000);
  other.app ??= createApp({ ...api.deps, sessions: other.cache });
  return other.app;
}
afterAll(() => other.cache?.close());

/** The status of GET /me as `session` from the given process's app. */
const meThrough = async (app: ReturnType<typeof createApp>, session: TestSession) =>
  (await clientOf(app, { headers: { cookie: session.cookie } }).me.$get()).status;

describe('the session cache', () => {
  it('serves a session it has seen without reading its row again, within the TTL', async () => {
    const session = await api.login('olga.smirnova@demo.telemed');
    const app = await otherProcess();
    expect(await meThrough(app, session)).toBe(200);
    // The row goes without the announcement an ending sends: the cache alone still knows the session.
    await api.deps.database.db.delete(sessions).where(eq(sessions.csrfToken, session.csrfToken));
    expect(await meThrough(app, session)).toBe(200);
    // The process that did not cache it reads the database and refuses it.
    expect(await meThrough(api.app, session)).toBe(401);
  });

  it('ends a logged-out session at once in the same process', async () => {
    const session = await api.login('ivan.sokolov@demo.telemed');
    const client = api.client(session);
    expect((await client.me.$get()).status).toBe(200);
    expect((await client.auth.logout.$post()).status).toBe(204);
    expect((await client.me.$get()).status).toBe(401);
  });

  it('ends a logged-out session in another process once Redis tells it', async () => {
    const session = await api.login('john.miller@demo.telemed');
    const app = await otherProcess();
    expect(await meThrough(app, session)).toBe(200);
    expect((await api.client(session).auth.logout.$post()).status).toBe(204);
    await vi.waitFor(async () => expect(await meThrough(app, session)).toBe(401), { timeout: 5000 });
  });

  it('ends every session of an account whose password was reset, in every process', async () => {
    const login = 'marina.orlova@demo.telemed';
    const session = await api.login(login);
    const app = await otherProcess();
    expect(await meThrough(app, session)).toBe(200);
    expect(await meThrough(api.app, session)).toBe(200);
    const reset = api.client().auth['password-reset'];
    expect((await reset.$post({ json: { login } })).status).toBe(202);
    const code = await latestCode(api, login);
    const confirm = await reset.confirm.$post({ json: { login, code, password: 'Lantern-meadow-5293' } });
    expect(confirm.status).toBeLessThan(300);
    expect(await meThrough(api.app, session)).toBe(401);
    await vi.waitFor(async () => expect(await meThrough(app, session)).toBe(401), { timeout: 5000 });
  });
});
