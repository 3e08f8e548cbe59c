import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { SessionCache } from '../src/auth/session-cache.js';
import { sessions } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

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

const meThrough = async (app: ReturnType<typeof createApp>, session: TestSession) =>
  (await app.request('/me', { headers: { cookie: session.cookie } })).status;

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
    expect((await api.request('/me', { session })).status).toBe(200);
    expect((await api.request('/auth/logout', { method: 'POST', session })).status).toBe(204);
    expect((await api.request('/me', { session })).status).toBe(401);
  });

  it('ends a logged-out session in another process once Redis tells it', async () => {
    const session = await api.login('john.miller@demo.telemed');
    const app = await otherProcess();
    expect(await meThrough(app, session)).toBe(200);
    expect((await api.request('/auth/logout', { method: 'POST', session })).status).toBe(204);
    await vi.waitFor(async () => expect(await meThrough(app, session)).toBe(401), { timeout: 5000 });
  });

  it('ends every session of an account whose password was reset, in every process', async () => {
    const login = 'marina.orlova@demo.telemed';
    const session = await api.login(login);
    const app = await otherProcess();
    expect(await meThrough(app, session)).toBe(200);
    expect(await meThrough(api.app, session)).toBe(200);
    const ask = await api.request('/auth/password-reset', { method: 'POST', json: { login } });
    expect(ask.status).toBe(202);
    const mail = await api.request(`/dev/mailbox?to=${encodeURIComponent(login)}`);
    const [message] = ((await mail.json()) as { messages: { text: string }[] }).messages;
    const code = /\b(\d{6})\b/.exec(message!.text)![1]!;
    const confirm = await api.request('/auth/password-reset/confirm', {
      method: 'POST',
      json: { login, code, password: 'Lantern-meadow-5293' },
    });
    expect(confirm.status).toBeLessThan(300);
    expect(await meThrough(api.app, session)).toBe(401);
    await vi.waitFor(async () => expect(await meThrough(app, session)).toBe(401), { timeout: 5000 });
  });
});
