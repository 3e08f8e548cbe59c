/**
 * A frozen sfu (the process stopped, its sockets still open) is noticed by the client's pings and the call
 * reconnects once the sfu answers again; without pings the client would wait on a silent socket for ever.
 */
import { randomUUID } from 'node:crypto';
import { FakeHandler, testFakeParameters } from 'mediasoup-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConsultationClient, type CallState } from '../src/client/consultation-client.js';
import { eventually, token } from './harness.js';
import { spawnSfu } from './sfu-process.js';

let sfu: Awaited<ReturnType<typeof spawnSfu>>;
beforeAll(async () => {
  sfu = await spawnSfu();
});
afterAll(async () => {
  sfu.child.kill('SIGCONT');
  await sfu.stop();
});

it('reconnects when the sfu stops answering pings, and not while it answers', async () => {
  const room = randomUUID();
  const states: CallState[] = [];
  const patient = new ConsultationClient({
    url: sfu.url,
    getToken: async () => token({ room, role: 'patient' }),
    createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
    handlerFactory: FakeHandler.createFactory(testFakeParameters),
    keepalive: { intervalMs: 200, timeoutMs: 400 },
    connectTimeoutMs: 1000,
  });
  patient.on('state', (state) => states.push(state));
  await patient.connect();
  // Answered pings keep a quiet call connected.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(states).toEqual(['connected']);

  sfu.child.kill('SIGSTOP');
  await eventually(() => patient.state === 'reconnecting', 5000);
  sfu.child.kill('SIGCONT');
  await eventually(() => patient.state === 'connected', 15_000);
  expect(states.slice(0, 2)).toEqual(['connected', 'reconnecting']);
  patient.leave();
}, 30_000);
