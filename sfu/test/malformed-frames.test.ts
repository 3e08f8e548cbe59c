/**
 * A hostile or broken client must cost only its own socket. The sfu runs as its own process here: on an
 * unhandled socket error it would exit, so every later test (and the last one in particular) fails.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignallingClient } from '../node-client/signalling-client.js';
import { socketLimits } from '../src/socket-limits.js';
import { token } from './harness.js';
import { closePayload, frame, opcodes, RawWebSocket, textFrame } from './raw-websocket.js';
import { spawnSfu } from './sfu-process.js';

let sfu: Awaited<ReturnType<typeof spawnSfu>>;
const liveRoom = randomUUID();
let liveDoctor: SignallingClient;

beforeAll(async () => {
  sfu = await spawnSfu();
  // A consultation in progress while the garbage arrives: it must not notice any of it.
  liveDoctor = await SignallingClient.connect(sfu.url);
  await liveDoctor.request('join', { token: token({ room: liveRoom, role: 'doctor' }) });
});
afterAll(async () => {
  liveDoctor?.close();
  await sfu?.stop();
});

const tooBig = socketLimits.maxMessageBytes + 1;
const half = Buffer.alloc(Math.ceil(tooBig / 2), 'a');

/** RFC 6455 close codes: 1002 protocol error, 1007 invalid payload data, 1009 message too big. */
const malformed: [string, Buffer[], number][] = [
  ['a 64-bit length beyond 2^53', [frame({ opcode: opcodes.text, declaredLength: 2n ** 63n })], 1009],
  [
    'a length over the message limit',
    [frame({ opcode: opcodes.text, declaredLength: BigInt(tooBig) })],
    1009,
  ],
  [
    'fragments that add up to more than the message limit',
    [
      frame({ opcode: opcodes.text, fin: false, payload: half }),
      frame({ opcode: opcodes.continuation, payload: half }),
    ],
    1009,
  ],
  [
    'invalid UTF-8 in a text frame',
    [frame({ opcode: opcodes.text, payload: Buffer.from([0x7b, 0xc3, 0x28]) })],
    1007,
  ],
  ['an unmasked client frame', [frame({ opcode: opcodes.text, payload: '{}', masked: false })], 1002],
  ['a reserved data opcode', [frame({ opcode: 0x3, payload: '{}' })], 1002],
  ['a reserved control opcode', [frame({ opcode: 0xb })], 1002],
  [
    'RSV1 set without a negotiated extension',
    [frame({ opcode: opcodes.text, payload: '{}', rsv: 0b100 })],
    1002,
  ],
  ['RSV2 and RSV3 set', [frame({ opcode: opcodes.text, payload: '{}', rsv: 0b011 })], 1002],
  ['a fragmented control frame', [frame({ opcode: opcodes.ping, fin: false, payload: 'x' })], 1002],
  ['a control frame over 125 bytes', [frame({ opcode: opcodes.ping, payload: Buffer.alloc(126) })], 1002],
  ['a continuation without a start', [frame({ opcode: opcodes.continuation, payload: '{}' })], 1002],
  [
    'a new message inside a fragmented one',
    [frame({ opcode: opcodes.text, fin: false, payload: '{' }), textFrame('{}')],
    1002,
  ],
  [
    'a close frame with a reserved code',
    [frame({ opcode: opcodes.close, payload: closePayload(1005) })],
    1002,
  ],
  [
    'a close frame with a code out of range',
    [frame({ opcode: opcodes.close, payload: closePayload(999) })],
    1002,
  ],
  ['a one-byte close payload', [frame({ opcode: opcodes.close, payload: Buffer.from([3]) })], 1002],
  [
    'a close reason that is not UTF-8',
    [frame({ opcode: opcodes.close, payload: Buffer.concat([closePayload(1000), Buffer.from([0xff])]) })],
    1007,
  ],
];

describe('frames that break RFC 6455', () => {
  for (const [label, frames, code] of malformed) {
    it(`closes the socket with ${code} on ${label}`, async () => {
      const ws = await RawWebSocket.connect(sfu.port);
      ws.send(...frames);
      expect(await ws.closeCode()).toBe(code);
    });
  }
});

describe('well-formed frames with bad content', () => {
  it('answers binary, non-JSON and wrongly shaped messages with bad_request and keeps the socket', async () => {
    const ws = await RawWebSocket.connect(sfu.port);
    const bad = [
      frame({ opcode: opcodes.binary, payload: Buffer.from('{"type":"request","id":1,"method":"join"}') }),
      textFrame('hello, sfu'),
      textFrame('{"type":"request","method":"join"}'),
      textFrame('null'),
      textFrame('{"type":"request","id":7,"method":"join","data":{"token":42}}'),
    ];
    for (const message of bad) {
      ws.send(message);
      expect(await ws.nextJson()).toMatchObject({
        type: 'response',
        ok: false,
        error: { code: 'bad_request' },
      });
    }
    ws.destroy();
  });

  it('closes with 1008 a socket that keeps sending requests without joining', async () => {
    const ws = await RawWebSocket.connect(sfu.port);
    const request = textFrame(
      '{"type":"request","id":1,"method":"createWebRtcTransport","data":{"direction":"send"}}',
    );
    ws.send(...Array.from({ length: socketLimits.preJoinMessages + 1 }, () => request));
    expect(await ws.closeCode()).toBe(1008);
  });

  it('closes with 1008 a joined socket that floods requests', async () => {
    const ws = await RawWebSocket.connect(sfu.port);
    ws.send(textFrame(JSON.stringify({ type: 'request', id: 1, method: 'join', data: { token: token() } })));
    expect(await ws.nextJson()).toMatchObject({ id: 1, ok: true });
    const flood = Array.from({ length: socketLimits.burst * 5 }, (_, i) =>
      textFrame(
        JSON.stringify({ type: 'request', id: i + 2, method: 'pauseProducer', data: { producerId: 'x' } }),
      ),
    );
    ws.send(...flood);
    expect(await ws.closeCode()).toBe(1008);
  });
});

describe('after all of that', () => {
  it('still runs, keeps the live consultation and admits a new participant', async () => {
    expect(sfu.child.exitCode, sfu.output()).toBeNull();
    expect(liveDoctor.closeCode).toBeNull();
    const announced = liveDoctor.next('peerJoined');
    const patient = await SignallingClient.connect(sfu.url);
    const joined = await patient.request('join', { token: token({ room: liveRoom, role: 'patient' }) });
    expect(joined.peers.map((p) => p.role)).toEqual(['doctor']);
    expect((await announced).peerId).toBe(joined.peerId);
    expect((await fetch(`http://127.0.0.1:${sfu.port}/healthz`)).status).toBe(200);
    patient.close();
  });
});
