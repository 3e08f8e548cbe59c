/**
 * Well-formed WebSocket frames carrying hostile requests (malformed-frames.test.ts covers broken frames): each
 * gets a zod-checked bad_request (or not_found / not_joined) on the socket, never an internal error, and the sfu,
 * run as its own process, neither crashes nor logs an error while a consultation next door goes on untouched.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignallingClient } from '../node-client/signalling-client.js';
import { socketLimits } from '../src/socket-limits.js';
import { token } from './harness.js';
import { RawWebSocket, textFrame } from './raw-websocket.js';
import { spawnSfu } from './sfu-process.js';

let sfu: Awaited<ReturnType<typeof spawnSfu>>;
const liveRoom = randomUUID();
let liveDoctor: SignallingClient;
const liveNotifications: string[] = [];
/** The sfu's error-level log lines (its own faults) and anything about unhandled rejections. */
const errorLines: string[] = [];

beforeAll(async () => {
  sfu = await spawnSfu();
  let pending = '';
  const scan = (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    errorLines.push(...lines.filter((line) => /"level":(50|60)/.test(line) || /unhandled/i.test(line)));
  };
  sfu.child.stdout.on('data', scan);
  sfu.child.stderr.on('data', scan);
  liveDoctor = await SignallingClient.connect(sfu.url);
  await liveDoctor.request('join', { token: token({ room: liveRoom, role: 'doctor' }) });
  for (const method of ['peerJoined', 'peerLeft', 'newConsumer', 'chatMessage', 'closing'] as const)
    liveDoctor.on(method, () => liveNotifications.push(method));
});
afterAll(async () => {
  liveDoctor?.close();
  await sfu?.stop();
});

interface Reply {
  type: string;
  id?: number;
  ok?: boolean;
  data?: Record<string, unknown>;
  error?: { code: string; message: string };
}

/** A raw signalling socket: sends any text, reads replies by request id (notifications are skipped). */
class Hostile {
  private nextId = 1;
  private constructor(readonly ws: RawWebSocket) {}

  static async connect() {
    return new Hostile(await RawWebSocket.connect(sfu.port));
  }

  static async joined(claims: Parameters<typeof token>[0] = {}) {
    const socket = await Hostile.connect();
    expect(await socket.request('join', { token: token(claims) })).toMatchObject({ ok: true });
    return socket;
  }

  /** Sends `{type: 'request', id, method, data}` as text (`data` may be raw JSON text) and awaits its reply. */
  async request(method: string, data: unknown, raw = false): Promise<Reply> {
    const id = this.nextId++;
    const body = raw ? String(data) : JSON.stringify(data);
    this.ws.send(
      textFrame(`{"type":"request","id":${id},"method":${JSON.stringify(method)},"data":${body}}`),
    );
    return this.reply(id);
  }

  async reply(id: number): Promise<Reply> {
    for (;;) {
      const message = (await this.ws.nextJson()) as Reply;
      if (message.type === 'response' && message.id === id) return message;
    }
  }

  /** The error code of the reply, or 'ok'. */
  async code(method: string, data: unknown, raw = false) {
    const reply = await this.request(method, data, raw);
    return reply.ok ? 'ok' : reply.error?.code;
  }
}

const refused = (code: string, message?: RegExp | string) => ({
  type: 'response',
  ok: false,
  error: { code, ...(message === undefined ? {} : { message: expect.stringMatching(message) }) },
});

const opus = (ssrc: number, payloadType = 100) => ({
  codecs: [{ mimeType: 'audio/opus', payloadType, clockRate: 48000, channels: 2 }],
  encodings: [{ ssrc }],
});
const fingerprint = { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AB:CD' }] };

describe('envelopes that are not requests', () => {
  it('answers JSON arrays, numbers, strings, extra envelope fields and an endless method name with bad_request', async () => {
    const socket = await Hostile.connect();
    for (const text of [
      '[{"type":"request","id":1,"method":"join"}]',
      '42',
      '"join"',
      '{"type":"request","id":1,"method":"ping","room":"other"}',
      `{"type":"request","id":1,"method":"${'x'.repeat(10_000)}"}`,
    ]) {
      socket.ws.send(textFrame(text));
      expect(await socket.ws.nextJson()).toMatchObject({ id: -1, ...refused('bad_request') });
    }
    socket.ws.destroy();
  });

  it('names an unknown method without acting on it, before and after joining', async () => {
    const before = await Hostile.connect();
    expect(await before.request('__proto__', {})).toMatchObject(refused('bad_request', /Unknown method/));
    before.ws.destroy();
    const after = await Hostile.joined();
    expect(await after.request('teleport', { room: liveRoom })).toMatchObject(
      refused('bad_request', 'Unknown method teleport'),
    );
    after.ws.destroy();
  });
});

describe('joining', () => {
  it('refuses a join that names a room besides its token, and leaves the socket unjoined', async () => {
    const socket = await Hostile.connect();
    const reply = await socket.request('join', { token: token(), room: liveRoom });
    expect(reply).toMatchObject(refused('bad_request', /Unrecognized key: "room"/));
    expect(await socket.code('ping', {})).toBe('not_joined');
    socket.ws.destroy();
  });

  it('refuses a second join on a joined socket', async () => {
    const socket = await Hostile.joined();
    expect(await socket.request('join', { token: token({ room: liveRoom }) })).toMatchObject(
      refused('bad_request', 'Already joined'),
    );
    socket.ws.destroy();
  });
});

describe('requests of the wrong shape', () => {
  it('refuses extra fields, wrong types and out-of-range values with the field named', async () => {
    const socket = await Hostile.joined();
    const cases: [string, unknown, RegExp][] = [
      ['createWebRtcTransport', { direction: 'send', room: liveRoom }, /Unrecognized key: "room"/],
      ['createWebRtcTransport', { direction: 42 }, /direction/],
      ['createWebRtcTransport', {}, /direction/],
      ['ping', [1, 2], /expected object, received array/],
      ['ping', 'now', /expected object, received string/],
      ['pauseProducer', { producerId: 7 }, /producerId/],
      ['pauseProducer', { producerId: 'p'.repeat(1000) }, /producerId/],
      ['setConsumerPreferredLayers', { consumerId: 'c', spatialLayer: 7 }, /spatialLayer/],
      ['chat', { id: 'not-a-uuid', body: 5 }, /id[\s\S]*body/],
      ['chat', { id: randomUUID(), body: '   ' }, /text or an attachment/],
      ['ready', { rtpCapabilities: 5 }, /rtpCapabilities/],
    ];
    for (const [method, data, message] of cases) {
      expect(await socket.request(method, data), `${method} ${JSON.stringify(data)}`).toMatchObject(
        refused('bad_request', message),
      );
    }
    socket.ws.destroy();
  });

  it('refuses RTP numbers the wire cannot carry instead of letting the worker truncate them', async () => {
    const socket = await Hostile.joined();
    const send = (await socket.request('createWebRtcTransport', { direction: 'send' })).data!;
    const produce = (rtpParameters: unknown) =>
      socket.request('produce', { transportId: send.id, kind: 'audio', source: 'mic', rtpParameters });
    expect(await produce(opus(1, 100_000))).toMatchObject(refused('bad_request', /payloadType/));
    expect(await produce(opus(2 ** 32))).toMatchObject(refused('bad_request', /ssrc/));
    expect(await produce({ ...opus(1), encodings: [{ ssrc: 'abc' }] })).toMatchObject(
      refused('bad_request', /ssrc/),
    );
    expect(await produce(opus(1))).toMatchObject({ ok: true });
    socket.ws.destroy();
  });
});

describe('deeply nested data', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('is refused before anything walks it', async () => {
    const socket = await Hostile.joined();
    const message = `data nests deeper than ${socketLimits.maxDataDepth} levels`;
    expect(await socket.request('ping', deep(30_000), true)).toMatchObject(refused('bad_request', message));
    expect(
      await socket.request('ready', `{"rtpCapabilities":{"codecs":[],"x":${deep(20)}}}`, true),
    ).toMatchObject(refused('bad_request', message));
    socket.ws.destroy();
  });

  it("cannot take the process down through another participant's producer", async () => {
    // Before the limit, these capabilities were stored, and the next producer in the room made mediasoup
    // clone them outside any handler: a stack overflow as an unhandled rejection ended the process.
    const room = randomUUID();
    const receiver = await Hostile.joined({ room });
    await receiver.request('createWebRtcTransport', { direction: 'recv' });
    const caps = `{"rtpCapabilities":{"codecs":[{"mimeType":"audio/opus","kind":"audio","x":${deep(20_000)}}]}}`;
    expect(await receiver.code('ready', caps, true)).toBe('bad_request');
    expect(await receiver.code('ready', { rtpCapabilities: { codecs: [] } })).toBe('ok');
    const sender = await Hostile.joined({ room, role: 'doctor' });
    const send = (await sender.request('createWebRtcTransport', { direction: 'send' })).data!;
    expect(
      await sender.code('produce', {
        transportId: send.id,
        kind: 'audio',
        source: 'mic',
        rtpParameters: opus(4242),
      }),
    ).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sfu.child.exitCode, sfu.output()).toBeNull();
    expect(await receiver.code('ping', {})).toBe('ok');
    receiver.ws.destroy();
    sender.ws.destroy();
  });
});

describe('parameters the media worker refuses', () => {
  it('come back as bad_request with its reason, not as an internal error', async () => {
    const socket = await Hostile.joined();
    const send = (await socket.request('createWebRtcTransport', { direction: 'send' })).data!;
    expect(
      await socket.code('connectWebRtcTransport', { transportId: send.id, dtlsParameters: fingerprint }),
    ).toBe('ok');
    expect(
      await socket.request('connectWebRtcTransport', { transportId: send.id, dtlsParameters: fingerprint }),
    ).toMatchObject(refused('bad_request', /^connect\(\) already called$/));
    const produce = (kind: string, source: string, rtpParameters: unknown) =>
      socket.request('produce', { transportId: send.id, kind, source, rtpParameters });
    expect(await produce('audio', 'mic', opus(7777))).toMatchObject({ ok: true });
    const sameSsrc = {
      codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 }],
      encodings: [{ ssrc: 7777 }],
    };
    expect(await produce('video', 'camera', sameSsrc)).toMatchObject(
      refused('bad_request', /ssrc already exists/),
    );
    socket.ws.destroy();
  });
});

describe("another room's ids", () => {
  it('are unknown here, answered exactly like made-up ones', async () => {
    const owner = await Hostile.joined({ room: randomUUID(), role: 'doctor' });
    const theirs = (await owner.request('createWebRtcTransport', { direction: 'send' })).data!.id as string;
    const outsider = await Hostile.joined({ room: randomUUID() });
    for (const transportId of [theirs, randomUUID()]) {
      for (const [method, data] of [
        ['connectWebRtcTransport', { transportId, dtlsParameters: fingerprint }],
        ['restartIce', { transportId }],
        ['produce', { transportId, kind: 'audio', source: 'mic', rtpParameters: opus(1) }],
      ] as const) {
        expect(await outsider.request(method, data)).toMatchObject(
          refused('not_found', /^No such transport$/),
        );
      }
    }
    expect(await owner.code('restartIce', { transportId: theirs })).toBe('ok');
    owner.ws.destroy();
    outsider.ws.destroy();
  });
});

describe('leaving', () => {
  it('ends the socket: nothing sent after leave reaches the room', async () => {
    const announced = liveDoctor.next('peerJoined');
    const socket = await Hostile.joined({ room: liveRoom, role: 'patient' });
    await announced;
    const left = liveDoctor.next('peerLeft');
    const before = liveNotifications.length;
    const frames = [
      { id: 101, method: 'leave', data: {} },
      { id: 102, method: 'createWebRtcTransport', data: { direction: 'send' } },
      { id: 103, method: 'chat', data: { id: randomUUID(), body: 'still here?' } },
    ].map((r) => textFrame(JSON.stringify({ type: 'request', ...r })));
    socket.ws.send(...frames);
    expect(await socket.reply(101)).toMatchObject({ ok: true });
    expect(await socket.reply(102)).toMatchObject(refused('not_joined'));
    expect(await socket.reply(103)).toMatchObject(refused('not_joined'));
    expect(await socket.ws.closeCode()).toBe(1000);
    await left;
    expect(liveNotifications.slice(before)).toEqual(['peerLeft']);
  });
});

describe('after all of that', () => {
  it('still runs, logged no error, and the live consultation only saw its own participants', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sfu.child.exitCode, sfu.output()).toBeNull();
    expect(liveDoctor.closeCode).toBeNull();
    // Errors are for the sfu's own faults; everything above was the client's.
    expect(errorLines).toEqual([]);
    expect(liveNotifications.filter((m) => m !== 'peerJoined' && m !== 'peerLeft')).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${sfu.port}/healthz`)).status).toBe(200);
  });
});
