import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import { signJoinToken, type JoinTokenClaims } from '../src/join-token.js';
import { startSfu } from '../src/sfu.js';

export const SECRET = 'test-join-secret-0123456789abcdef';
export const INTERNAL_SECRET = 'test-internal-secret-0123456789abcdef';

// Below Linux's ephemeral range (32768–60999): a port in it may already be the local end of some outgoing
// connection (Postgres, Redis, a browser), and the worker's WebRtcServer then fails with EADDRINUSE.
let portBase = 20000 + (process.pid % 500) * 20;

/** The environment of a test sfu: one worker on fresh media ports; the api URL points nowhere unless given. */
export function testSfuEnv(env: Record<string, string> = {}): Record<string, string> {
  portBase += 4;
  return {
    NODE_ENV: 'test',
    PORT: '0',
    NUM_WORKERS: '1',
    WEBRTC_SERVER_PORT: String(portBase),
    JOIN_TOKEN_SECRET: SECRET,
    INTERNAL_API_SECRET: INTERNAL_SECRET,
    API_URL: 'http://127.0.0.1:9',
    ALLOW_PLAIN_TRANSPORTS: 'true',
    ...env,
  };
}

/** A real sfu (real mediasoup workers) in this process. */
export async function startTestSfu(env: Record<string, string> = {}) {
  const config = loadConfig(testSfuEnv(env));
  const sfu = await startSfu(config);
  return { sfu, config, httpUrl: `http://127.0.0.1:${sfu.port}` };
}

export function token(overrides: Partial<JoinTokenClaims> = {}, secret = SECRET) {
  const iat = Math.floor(Date.now() / 1000);
  return signJoinToken(
    {
      room: randomUUID(),
      sub: randomUUID(),
      name: 'Test Person',
      role: 'patient',
      media: 'video',
      iat,
      exp: iat + 600,
      ...overrides,
    },
    secret,
  );
}

/** Polls until `check` returns a truthy value (media flow is asynchronous by nature). */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
