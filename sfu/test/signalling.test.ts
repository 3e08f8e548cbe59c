import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCodes } from '../src/protocol.js';
import { RequestError, SignallingClient } from '../node-client/signalling-client.js';
import { PlainPeer } from '../node-client/plain-peer.js';
import type { types as ms } from 'mediasoup';
import { eventually, INTERNAL_SECRET, startTestSfu, token } from './harness.js';
import { RawWebSocket, textFrame } from './raw-websocket.js';

let env: Awaited<ReturnType<typeof startTestSfu>>;
beforeAll(async () => {
  env = await startTestSfu();
});
afterAll(() => env.sfu.close());

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof RequestError ? error.code : String(error)),
  );

async function joined(claims: Parameters<typeof token>[0]) {
  const client = await SignallingClient.connect(env.sfu.url);
  const response = await client.request('join', { token: token(claims) });
  return { client, response };
}

describe('join', () => {
  it('admits a valid token and tells the others', async () => {
    const room = randomUUID();
    const doctor = await joined({ room, role: 'doctor', name: 'Д-р Смирнова' });
    expect(doctor.response.routerRtpCapabilities?.codecs?.length).toBeGreaterThan(0);
    expect(doctor.response.peers).toEqual([]);
    const announced = doctor.client.next('peerJoined');
    const patient = await joined({ room, role: 'patient' });
    expect(patient.response.peers.map((p) => p.role)).toEqual(['doctor']);
    expect((await announced).peerId).toBe(patient.response.peerId);
    doctor.client.close();
    patient.client.close();
  });

  for (const [label, claims, secret, reason] of [
    ["a stranger's token (signed elsewhere)", {}, 'a-different-secret-0123456789abcdef', 'bad_signature'],
    ['an expired token', { iat: 1_700_000_000, exp: 1_700_000_600 }, undefined, 'expired'],
  ] as const) {
    it(`refuses ${label} and closes the socket`, async () => {
      const client = await SignallingClient.connect(env.sfu.url);
      const refused = client.request('join', { token: token(claims, secret) });
      await expect(refused).rejects.toMatchObject({
        code: 'unauthorized',
        message: `unauthorized: ${reason}`,
      });
      expect(await client.closed()).toBe(closeCodes.unauthorized);
    });
  }

  it('refuses every request before join', async () => {
    const client = await SignallingClient.connect(env.sfu.url);
    expect(await errorCode(client.request('createWebRtcTransport', { direction: 'send' }))).toBe(
      'not_joined',
    );
    client.close();
  });

  it("keeps a token for another room away from this room's media", async () => {
    const roomA = randomUUID();
    const a = await PlainPeer.join(env.sfu.url, token({ room: roomA, role: 'doctor' }));
    const { producers } = { producers: await a.start() };
    const outsider = await joined({ room: randomUUID(), role: 'patient' });
    expect(outsider.response.roomId).not.toBe(roomA);
    expect(outsider.response.peers).toEqual([]);
    // Ids from room A are simply unknown to a peer of room B.
    expect(await errorCode(outsider.client.request('pauseProducer', { producerId: producers.audio! }))).toBe(
      'not_found',
    );
    expect(await errorCode(outsider.client.request('resumeConsumer', { consumerId: producers.video! }))).toBe(
      'not_found',
    );
    a.close();
    outsider.client.close();
  });

  it('replaces the previous connection of the same account', async () => {
    const room = randomUUID();
    const sub = randomUUID();
    const first = await joined({ room, sub });
    const second = await joined({ room, sub });
    expect(await first.client.closed()).toBe(closeCodes.replaced);
    expect(env.sfu.registry.rooms.get(room)?.peers.size).toBe(1);
    second.client.close();
  });
});

describe('media rules', () => {
  it('gives a chat consultation no router and no transports', async () => {
    const room = randomUUID();
    const { client, response } = await joined({ room, media: 'chat' });
    expect(response.routerRtpCapabilities).toBeNull();
    expect(await errorCode(client.request('createWebRtcTransport', { direction: 'send' }))).toBe('forbidden');
    expect(await env.sfu.registry.rooms.get(room)?.workerSlot()).toBeNull();
    client.close();
  });

  it('creates WebRTC transports on the worker WebRtcServer port', async () => {
    const { client } = await joined({ room: randomUUID() });
    const transport = await client.request('createWebRtcTransport', { direction: 'recv' });
    const ports = new Set(transport.iceCandidates.map((c) => c.port));
    expect(ports).toEqual(new Set([env.config.WEBRTC_SERVER_PORT]));
    const { iceParameters } = await client.request('restartIce', { transportId: transport.id });
    expect(iceParameters.password).not.toBe(transport.iceParameters.password);
    client.close();
  });

  it('allows no video in an audio consultation and no screen share for a patient', async () => {
    const audio = await PlainPeer.join(env.sfu.url, token({ media: 'audio' }));
    await expect(audio.start({ video: true })).rejects.toMatchObject({ code: 'forbidden' });
    audio.close();
    const patient = await PlainPeer.join(env.sfu.url, token({ role: 'patient' }));
    await patient.start({ video: false });
    const send = await patient.client.request('createPlainTransport', { direction: 'send' });
    const screen = patient.client.request('produce', {
      transportId: send.id,
      kind: 'video',
      source: 'screen',
      rtpParameters: {
        codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 }],
        encodings: [{ ssrc: 1 }],
      },
    });
    expect(await errorCode(screen)).toBe('forbidden');
    patient.close();
  });
});

describe('chat', () => {
  it('does not acknowledge a message the api has not stored', async () => {
    const { client } = await joined({ room: randomUUID() });
    const sent = client.request('chat', { id: randomUUID(), body: 'Здравствуйте, доктор' });
    expect(await errorCode(sent)).toBe('persist_failed');
    expect(await errorCode(client.request('chat', { id: randomUUID(), body: '   ' }))).toBe('bad_request');
    client.close();
  });
});

describe('closing a room', () => {
  it('lets only the doctor end it; then nobody can rejoin', async () => {
    const room = randomUUID();
    const doctor = await joined({ room, role: 'doctor' });
    const patient = await joined({ room, role: 'patient' });
    expect(await errorCode(patient.client.request('closeRoom', {}))).toBe('forbidden');
    const closing = patient.client.next('closing');
    await doctor.client.request('closeRoom', {});
    expect((await closing).code).toBe(closeCodes.roomClosed);
    expect(await patient.client.closed()).toBe(closeCodes.roomClosed);
    const late = await SignallingClient.connect(env.sfu.url);
    expect(await errorCode(late.request('join', { token: token({ room, role: 'patient' }) }))).toBe(
      'forbidden',
    );
  });

  it('closes a room on the api request, authenticated by the internal secret', async () => {
    const room = randomUUID();
    const patient = await joined({ room });
    const url = `${env.httpUrl}/internal/rooms/${room}/close`;
    const refused = await fetch(url, { method: 'POST' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({
      type: 'urn:telemed:problem:auth.required',
      code: 'auth.required',
    });
    expect((await fetch(url, { method: 'POST', headers: { authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${INTERNAL_SECRET}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ closed: true });
    expect(await patient.client.closed()).toBe(closeCodes.roomClosed);
  });
});

describe('a socket closed mid-request', () => {
  it('leaves no transport or producer of it behind in a room that goes on', async () => {
    const room = randomUUID();
    // Every transport and producer on a router created during this test (this room's), while it is open.
    const open = new Set<{ closed: boolean }>();
    const track = (item: { closed: boolean; observer: { once(e: 'close', l: () => void): unknown } }) => {
      open.add(item);
      item.observer.once('close', () => open.delete(item));
    };
    // A slow worker: the socket's close is handled while it is still creating what the socket asked for.
    let slowCalls = 0;
    const slowly =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        slowCalls++;
        try {
          await new Promise((resolve) => setTimeout(resolve, 200));
          return await call(...args);
        } finally {
          slowCalls--;
        }
      };
    const onRouter = (router: ms.Router) => {
      router.createWebRtcTransport = slowly(router.createWebRtcTransport.bind(router));
      router.observer.on('newtransport', (transport) => {
        track(transport);
        transport.produce = slowly(transport.produce.bind(transport));
        transport.observer.on('newproducer', track);
      });
    };
    for (const { worker } of env.sfu.pool.slots) worker.observer.on('newrouter', onRouter);
    try {
      const doctor = await joined({ room, role: 'doctor' });
      // Raw frames and a reset straight after them.
      const raw = await RawWebSocket.connect(env.sfu.port);
      const request = (id: number, method: string, data: unknown) =>
        textFrame(JSON.stringify({ type: 'request', id, method, data }));
      raw.send(request(1, 'join', { token: token({ room, role: 'patient' }) }));
      expect(await raw.nextJson()).toMatchObject({ id: 1, ok: true });
      raw.send(request(2, 'createWebRtcTransport', { direction: 'send' }));
      const send = (await raw.nextJson()) as { data: { id: string } };
      const left = doctor.client.next('peerLeft');
      raw.send(
        request(3, 'produce', {
          transportId: send.data.id,
          kind: 'audio',
          source: 'mic',
          rtpParameters: {
            codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
            encodings: [{ ssrc: 5150 }],
          },
        }),
        request(4, 'createWebRtcTransport', { direction: 'recv' }),
        request(5, 'createWebRtcTransport', { direction: 'send' }),
      );
      raw.destroy();
      await left;
      await eventually(() => slowCalls === 0);
      await eventually(() => open.size === 0);
      expect(env.sfu.registry.rooms.get(room)?.peers.size).toBe(1);
      doctor.client.close();
    } finally {
      for (const { worker } of env.sfu.pool.slots) worker.observer.off('newrouter', onRouter);
    }
  });
});

describe('producing', () => {
  it('keeps one producer per source when a client asks for many at once', async () => {
    const room = randomUUID();
    const { client, response } = await joined({ room, role: 'doctor' });
    const send = await client.request('createWebRtcTransport', { direction: 'send' });
    const mics = Array.from({ length: 10 }, (_, i) =>
      client.request('produce', {
        transportId: send.id,
        kind: 'audio',
        source: 'mic',
        rtpParameters: {
          codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
          encodings: [{ ssrc: 9000 + i }],
        },
      }),
    );
    await Promise.allSettled(mics);
    const peer = env.sfu.registry.rooms.get(room)?.peers.get(response.peerId);
    expect([...(peer?.producers.values() ?? [])].map((p) => [p.source, p.producer.closed])).toEqual([
      ['mic', false],
    ]);
    client.close();
  });
});

describe('preferred simulcast layers', () => {
  it("are set only on the caller's own layered video consumers, within the layers there are", async () => {
    const room = randomUUID();
    const doctor = await PlainPeer.join(env.sfu.url, token({ room, role: 'doctor' }));
    const patient = await PlainPeer.join(env.sfu.url, token({ room, role: 'patient' }));
    await doctor.start();
    await patient.start();
    const consumers = await eventuallyConsumers(patient, 2);
    const video = consumers.find(([, c]) => c.kind === 'video')![0];
    // A plain peer sends one encoding: its video is no simulcast, so there is no layer to prefer.
    expect(
      await errorCode(
        patient.client.request('setConsumerPreferredLayers', { consumerId: video, spatialLayer: 0 }),
      ),
    ).toBe('bad_request');
    // Another participant's consumer is not found from here, and layers are bounded.
    expect(
      await errorCode(
        doctor.client.request('setConsumerPreferredLayers', { consumerId: video, spatialLayer: 0 }),
      ),
    ).toBe('not_found');
    expect(
      await errorCode(
        patient.client.request('setConsumerPreferredLayers', { consumerId: video, spatialLayer: 7 }),
      ),
    ).toBe('bad_request');
    doctor.close();
    patient.close();
  });
});

async function eventuallyConsumers(peer: PlainPeer, n: number) {
  for (let i = 0; i < 200; i++) {
    if (peer.consumers.size >= n) return [...peer.consumers.entries()];
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no consumers');
}
