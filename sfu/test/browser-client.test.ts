/**
 * The browser client (src/client) against the real sfu, with mediasoup-client's FakeHandler standing in for
 * the browser's RTCPeerConnection: exercises the whole signalling flow, publishing, consuming and rejoining.
 * Real media in Chromium is the e2e suite's job.
 */
import { randomUUID } from 'node:crypto';
import { FakeMediaStreamTrack } from 'fake-mediastreamtrack';
import { FakeHandler, testFakeParameters } from 'mediasoup-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConsultationClient } from '../src/client/consultation-client.js';
import { closeCodes } from '../src/protocol.js';
import { eventually, startTestSfu, token } from './harness.js';

let env: Awaited<ReturnType<typeof startTestSfu>>;
beforeAll(async () => {
  env = await startTestSfu();
});
afterAll(() => env.sfu.close());

function client(claims: Parameters<typeof token>[0]) {
  let issued = 0;
  const c = new ConsultationClient({
    url: env.sfu.url,
    getToken: async () => (issued++, token(claims)),
    createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
    handlerFactory: FakeHandler.createFactory(testFakeParameters),
  });
  return Object.assign(c, { tokensIssued: () => issued });
}

const track = (kind: 'audio' | 'video') => new FakeMediaStreamTrack({ kind }) as unknown as MediaStreamTrack;
const remoteKinds = (c: ConsultationClient) =>
  [...c.remoteTracks.values()].map((t) => `${t.source}:${t.kind}`).sort();

describe('browser client', () => {
  it("publishes mic and camera and receives the other side's, with mute reaching the other side", async () => {
    const room = randomUUID();
    const doctor = client({ room, role: 'doctor' });
    const patient = client({ room, role: 'patient' });
    await doctor.connect();
    await doctor.publish('mic', track('audio'));
    await doctor.publish('camera', track('video'));
    await patient.connect();
    await patient.publish('mic', track('audio'));
    await patient.publish('camera', track('video'));

    await eventually(() => remoteKinds(patient).length === 2 && remoteKinds(doctor).length === 2);
    expect(remoteKinds(patient)).toEqual(['camera:video', 'mic:audio']);
    expect(remoteKinds(doctor)).toEqual(['camera:video', 'mic:audio']);
    expect([...patient.peers.values()].map((p) => p.role)).toEqual(['doctor']);

    await doctor.setPaused('mic', true);
    await eventually(() => [...patient.remoteTracks.values()].find((t) => t.source === 'mic')?.paused);

    await doctor.publish('screen', track('video'));
    await eventually(() => remoteKinds(patient).includes('screen:video'));
    await expect(patient.publish('screen', track('video'))).rejects.toThrow(/forbidden/);

    const ended = new Promise((resolve) => patient.on('closed', resolve));
    await doctor.endConsultation();
    expect(await ended).toMatchObject({ code: closeCodes.roomClosed });
    expect(patient.state).toBe('closed');
    doctor.leave();
  });

  it('rejoins by itself with a fresh token after the media worker dies, re-publishing its tracks', async () => {
    const room = randomUUID();
    const doctor = client({ room, role: 'doctor' });
    const patient = client({ room, role: 'patient' });
    for (const c of [doctor, patient]) {
      await c.connect();
      await c.publish('mic', track('audio'));
      await c.publish('camera', track('video'));
    }
    await eventually(() => remoteKinds(patient).length === 2 && remoteKinds(doctor).length === 2);
    const states: string[] = [];
    patient.on('state', (s) => states.push(s));

    process.kill(env.sfu.pool.slots[0]!.worker.pid, 'SIGKILL');

    await eventually(() => states.includes('reconnecting'));
    await eventually(
      () =>
        patient.state === 'connected' &&
        remoteKinds(patient).length === 2 &&
        remoteKinds(doctor).length === 2,
      20_000,
    );
    // Every attempt asks the api for a fresh token (one may land while the replacement worker is starting).
    expect(patient.tokensIssued()).toBeGreaterThanOrEqual(2);
    expect(remoteKinds(patient)).toEqual(['camera:video', 'mic:audio']);
    doctor.leave();
    patient.leave();
  });
});
