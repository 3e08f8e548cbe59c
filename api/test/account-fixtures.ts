import { expect } from 'vitest';
import { parseResponse } from 'hono/client';
import { clientOf, type TestApi } from './harness.js';

/**
 * The typed client talking in-process to `app` (another process's, say, where `api.client` talks to the test's
 * own), with these headers on every request and `env` as the request's server bindings.
 */
/**
 * The typed client, unsigned, sending from `peer`: the Node adapter's socket binding passed as each request's
 * env, which is where the api reads the caller's address from. Tests of per-address limits give each test its
 * own address so that one test's attempts do not count against another's.
 */
export const fromAddress = (api: TestApi, peer: string) =>
  clientOf(api.app, {
    env: { incoming: { socket: { remoteAddress: peer, remotePort: 40000, remoteFamily: 'IPv4' } } },
  });

/** The development mailbox of `to`, newest message first. */
export const mailbox = async (api: TestApi, to: string) =>
  (await parseResponse(api.client().dev.mailbox.$get({ query: { to } }))).messages;

/** `res` once its status is checked, typed as the answer for that status (its `json()` is that status's body). */
export function withStatus<R extends { status: number }, S extends R['status']>(
  res: R,
  status: S,
  message?: string,
) {
  expect(res.status, message).toBe(status);
  return res as Extract<R, { status: S }>;
}
