import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { hashPassword } from '../src/auth/password.js';
import { accounts } from '../src/db/schema/index.js';
import { createLogger } from '../src/logger.js';
import { useTestApi } from './harness.js';

const api = useTestApi();

/** The real app with a logger writing into `lines`, plus test-only routes that fail in the database. */
function appWithCapturedLog() {
  const lines: string[] = [];
  const logger = createLogger('info', 'test', { write: (line: string) => void lines.push(line) });
  const app = createApp({ ...api.deps, logger });
  const db = api.deps.database.db;
  return { lines, app, db };
}

const logged = (lines: string[], msg: string) =>
  lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === msg);

describe('what reaches the log', () => {
  it('logs a 500 from a failed insert with its SQLSTATE and statement, but no parameter values', async () => {
    const { lines, app, db } = appWithCapturedLog();
    const passwordHash = await hashPassword('Correct-Horse-Battery-9');
    // An existing e-mail: the unique violation is a real, unhandled database error.
    app.post('/test-only/duplicate-account', async (c) => {
      await db.insert(accounts).values({
        role: 'patient',
        email: 'anna.petrova@demo.telemed',
        phone: '+79990001122',
        passwordHash,
        displayName: { ru: 'Анна Петрова', en: 'Anna Petrova' },
      });
      return c.body(null, 204);
    });

    const res = await app.request('/test-only/duplicate-account', { method: 'POST' });
    expect(res.status).toBe(500);

    const [entry] = logged(lines, 'unhandled error');
    expect(entry).toBeDefined();
    const err = entry!.err as {
      message: string;
      code?: string;
      cause?: { code: string; constraint?: string };
    };
    expect(err.message).toMatch(/^Failed query: insert into "accounts"/);
    expect(err.cause).toMatchObject({ code: '23505', constraint: 'accounts_email_unique' });
    const text = lines.join('\n');
    for (const secret of [
      passwordHash,
      'anna.petrova@demo.telemed',
      '+79990001122',
      'Анна Петрова',
      'params:',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps the refused value out of a database message too, and answers such input with a 400', async () => {
    const { lines, app, db } = appWithCapturedLog();
    const complaint = 'кашель и кровь в мокроте третью неделю';
    app.get('/test-only/bad-cast', async (c) => {
      await db.execute(sql`select ${complaint}::int`);
      return c.body(null, 204);
    });

    const res = await app.request('/test-only/bad-cast');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');

    const [entry] = logged(lines, 'the database refused a value from the request');
    const err = entry!.err as { cause?: { code: string; message: string } };
    expect(err.cause).toMatchObject({
      code: '22P02',
      message: expect.stringMatching(/invalid input syntax for type integer/),
    });
    expect(lines.join('\n')).not.toContain('кашель');
  });

  it('writes one access line per request, with the account once known and never the query string', async () => {
    const { lines, app } = appWithCapturedLog();
    const cookie = (await api.login('anna.petrova@demo.telemed')).cookie;
    await app.request('/healthz?complaint=%D0%B1%D0%BE%D0%BB%D1%8C', {
      headers: { 'x-request-id': 'probe-1' },
    });
    await app.request('/no/such/route', { headers: { cookie } });
    const entries = logged(lines, 'request');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      level: 30,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'test',
      requestId: 'probe-1',
      method: 'GET',
      path: '/healthz',
      status: 200,
      ms: expect.any(Number),
      msg: 'request',
    });
    expect(entries[1]).toMatchObject({ path: '/no/such/route', status: 404, accountId: expect.any(String) });
    expect(lines.join('')).not.toContain('complaint');

    const quiet = createLogger('warn', 'test', { write: (line: string) => void lines.push(line) });
    await createApp({ ...api.deps, logger: quiet }).request('/healthz');
    expect(logged(lines, 'request')).toHaveLength(2);
  });

  it('redacts credentials and medical free text wherever a log call puts them', () => {
    const lines: string[] = [];
    const logger = createLogger('info', 'test', { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        code: '123456',
        headers: { cookie: 'tm_session=abc', authorization: 'Bearer s3cr3t', 'x-csrf-token': 'csrf-value' },
        body: { password: 'Hunter-2-Hunter-2', complaintText: 'боль в груди' },
        input: { answer: { text: 'диагноз' } },
        appointmentId: 'kept',
      },
      'request',
    );
    const text = lines.join('');
    for (const secret of [
      '123456',
      'tm_session=abc',
      's3cr3t',
      'csrf-value',
      'Hunter-2',
      'боль',
      'диагноз',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text)).toMatchObject({ appointmentId: 'kept', headers: { cookie: '[redacted]' } });
  });
});
