import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { iceServersFor, turnCredentials } from '../src/domains/consultations/turn.js';
import { createLogger } from '../src/logger.js';
import { annaAndSmirnova, insertAppointment, join as joinAs } from './consultation-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';
import { allocateRelay, startTurnserver } from './turn-client.js';

// TURN credentials issued with the join grant (TURN REST API scheme, as coturn's `use-auth-secret` checks
// them): only to the consultation's participants, valid for TURN_CREDENTIAL_TTL_SECONDS, and accepted by a
// real coturn started with the same secret — which refuses them once expired or forged.
const SECRET = 'turn-test-secret-0123456789abcdef';
const TTL = 900;
const TURN_URLS =
  'stun:turn.example.org:3478,turn:turn.example.org:3478?transport=udp,turns:turn.example.org:443?transport=tcp';

const api = useTestApi({ env: { TURN_URLS, TURN_SECRET: SECRET, TURN_CREDENTIAL_TTL_SECONDS: String(TTL) } });

let anna: TestSession;
let smirnova: TestSession;
let annaSelfId: string;
let smirnovaId: string;
let turn: Awaited<ReturnType<typeof startTurnserver>>;

const appointmentAt = (startsInMinutes: number, format: 'video' | 'audio' | 'chat' = 'video') =>
  insertAppointment(api, {
    patientId: annaSelfId,
    practitionerId: smirnovaId,
    bookedBy: anna,
    startsInMinutes,
    format,
  });

const join = (id: string, session?: TestSession) => joinAs(api, id, session);

beforeAll(async () => {
  turn = await startTurnserver(SECRET);
  const cast = await annaAndSmirnova(api);
  ({ anna, smirnova, smirnovaId } = cast);
  annaSelfId = cast.family.self.id;
});

afterAll(async () => {
  await turn?.stop();
});

describe('TURN credentials in the join grant', () => {
  it('go to the patient and the doctor: username "<expiry>:<account>", password HMAC-SHA1 of it, short-lived', async () => {
    const appt = await appointmentAt(5);
    for (const session of [anna, smirnova]) {
      const before = Math.floor(Date.now() / 1000);
      const res = await join(appt.id, session);
      expect(res.status).toBe(200);
      const { iceServers } = await parseResponse(res);
      expect(iceServers).toEqual([
        { urls: ['stun:turn.example.org:3478'] },
        {
          urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:443?transport=tcp'],
          username: expect.stringMatching(/^\d+:/),
          credential: expect.any(String),
        },
      ]);
      const { username, credential } = iceServers[1]!;
      const [expiry, accountId] = username!.split(':');
      expect(accountId).toBe(session.accountId);
      expect(Number(expiry)).toBeGreaterThanOrEqual(before + TTL);
      expect(Number(expiry)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + TTL);
      expect(credential).toBe(createHmac('sha1', SECRET).update(username!).digest('base64'));
    }
  });

  it('are accepted by coturn with the same secret, and refused once expired or signed with another secret', async () => {
    const appt = await appointmentAt(0);
    const { iceServers } = await parseResponse(join(appt.id, anna));
    const { username, credential } = iceServers[1]!;
    expect(await allocateRelay(turn.port, username!, credential!)).toBe('allocated');

    const expired = turnCredentials(SECRET, anna.accountId, -60);
    expect(await allocateRelay(turn.port, expired.username, expired.credential)).toBe(401);
    const forged = turnCredentials('another-secret-0123456789abcdef', anna.accountId, TTL);
    expect(await allocateRelay(turn.port, forged.username, forged.credential)).toBe(401);
    // The account id is part of what is signed: a credential cannot be moved to another name.
    const moved = `${username!.split(':')[0]}:${smirnova.accountId}`;
    expect(await allocateRelay(turn.port, moved, credential!)).toBe(401);
  });

  it('are refused with the grant to anybody who is not a participant, and outside the join window', async () => {
    const appt = await appointmentAt(5);
    for (const login of [
      'ivan.sokolov@demo.telemed',
      'dr.lebedev@demo.telemed',
      'nurse.orlova@demo.telemed',
    ]) {
      const res = await join(appt.id, await api.login(login));
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/turn:|credential/);
    }
    const anonymous = await join(appt.id);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/turn:|credential/);
    const early = await join((await appointmentAt(120)).id, anna);
    expect(early.status).toBe(409);
    expect(await early.text()).not.toMatch(/turn:|credential/);
  });

  it('are not issued for a chat consultation, which has no media', async () => {
    const res = await join((await appointmentAt(0, 'chat')).id, anna);
    expect(res.status).toBe(200);
    expect((await parseResponse(res)).iceServers).toEqual([]);
  });
});

describe('TURN configuration', () => {
  const base = { REDIS_URL: 'redis://x' };

  it('is off by default: no ICE servers in the grant', () => {
    expect(iceServersFor(loadConfig(base), anna.accountId)).toEqual([]);
  });

  it('needs the secret with turn: URLs, a turn: URL with the secret, and well-formed URLs', () => {
    expect(() => loadConfig({ ...base, TURN_URLS: 'turn:t.example:3478' })).toThrow(/TURN_SECRET: required/);
    expect(() => loadConfig({ ...base, TURN_SECRET: SECRET })).toThrow(/TURN_URLS: must name a turn: server/);
    expect(() => loadConfig({ ...base, TURN_URLS: 'https://t.example', TURN_SECRET: SECRET })).toThrow(
      /TURN_URLS/,
    );
    expect(() => loadConfig({ ...base, TURN_URLS: 'turn:t.example', TURN_SECRET: 'short' })).toThrow(
      /TURN_SECRET/,
    );
    expect(() =>
      loadConfig({
        ...base,
        TURN_URLS: 'turn:t.example',
        TURN_SECRET: SECRET,
        TURN_CREDENTIAL_TTL_SECONDS: '999999',
      }),
    ).toThrow(/TURN_CREDENTIAL_TTL_SECONDS/);
  });

  it('never shows the secret: not in configuration errors, not in log lines', () => {
    const secret = 'a-secret-nobody-may-read-0123456789';
    let message = '';
    try {
      loadConfig({ ...base, TURN_URLS: 'ftp://x', TURN_SECRET: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/TURN_URLS/);
    expect(message).not.toContain(secret);

    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', 'test', sink);
    const credentials = turnCredentials(secret, anna.accountId, TTL);
    logger.info({ iceServers: [{ urls: ['turn:x'], ...credentials }], secret }, 'grant');
    expect(lines.join('')).toContain('grant');
    expect(lines.join('')).not.toContain(credentials.credential);
    expect(lines.join('')).not.toContain(secret);
  });
});
