import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from '../../scripts/services/free-port.js';
import { findTurnserver, writeTurnConfig } from '../../scripts/services/turn.js';

/** A loopback coturn with the stack's configuration (scripts/services/turn.ts) and the given secret. */
export async function startTurnserver(secret: string) {
  const bin = findTurnserver();
  if (!bin) throw new Error('turnserver was not found. Install it: apt-get install -y coturn');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telemed-turn-'));
  const port = await freePort();
  const config = writeTurnConfig({ dir, port, secret });
  const child: ChildProcess = spawn(bin, ['-c', config], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Just enough STUN (RFC 5389) and TURN (RFC 5766) to ask a TURN server for a relay as a browser does:
// an unauthenticated Allocate learns realm and nonce from the 401, the second one carries the long-term
// credential (MESSAGE-INTEGRITY keyed with MD5(username:realm:password)).
const ALLOCATE = 0x0003;
const SUCCESS = 0x0100;
const ERROR = 0x0110;
const attr = {
  username: 0x0006,
  integrity: 0x0008,
  error: 0x0009,
  realm: 0x0014,
  nonce: 0x0015,
  transport: 0x0019,
};

function attribute(type: number, value: Buffer) {
  const out = Buffer.alloc(4 + value.length + ((4 - (value.length % 4)) % 4));
  out.writeUInt16BE(type, 0);
  out.writeUInt16BE(value.length, 2);
  value.copy(out, 4);
  return out;
}

function message(type: number, attributes: Buffer[], auth?: { key: Buffer }) {
  const transaction = randomBytes(12);
  const header = (length: number) => {
    const h = Buffer.alloc(20);
    h.writeUInt16BE(type, 0);
    h.writeUInt16BE(length, 2);
    h.writeUInt32BE(0x2112a442, 4);
    transaction.copy(h, 8);
    return h;
  };
  let body = Buffer.concat(attributes);
  if (auth) {
    const mac = createHmac('sha1', auth.key)
      .update(Buffer.concat([header(body.length + 24), body]))
      .digest();
    body = Buffer.concat([body, attribute(attr.integrity, mac)]);
  }
  return Buffer.concat([header(body.length), body]);
}

function parse(packet: Buffer) {
  const attributes = new Map<number, Buffer>();
  for (let at = 20; at + 4 <= packet.length;) {
    const type = packet.readUInt16BE(at);
    const length = packet.readUInt16BE(at + 2);
    attributes.set(type, packet.subarray(at + 4, at + 4 + length));
    at += 4 + length + ((4 - (length % 4)) % 4);
  }
  return { type: packet.readUInt16BE(0), attributes };
}

/** Asks the TURN server for a UDP relay with these credentials: 'allocated', or the error code it answered. */
export async function allocateRelay(
  port: number,
  username: string,
  password: string,
): Promise<'allocated' | number> {
  const socket = dgram.createSocket('udp4');
  const exchange = (packet: Buffer) =>
    new Promise<ReturnType<typeof parse>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the TURN server')), 5_000);
      socket.once('message', (answer) => {
        clearTimeout(timer);
        resolve(parse(answer));
      });
      socket.send(packet, port, '127.0.0.1');
    });
  try {
    const udp = attribute(attr.transport, Buffer.from([17, 0, 0, 0]));
    const challenge = await exchange(message(ALLOCATE, [udp]));
    const realm = challenge.attributes.get(attr.realm);
    const nonce = challenge.attributes.get(attr.nonce);
    if (!realm || !nonce) throw new Error('the TURN server did not challenge the request');
    const key = createHash('md5').update(`${username}:${realm.toString()}:${password}`).digest();
    const answer = await exchange(
      message(
        ALLOCATE,
        [
          udp,
          attribute(attr.username, Buffer.from(username)),
          attribute(attr.realm, realm),
          attribute(attr.nonce, nonce),
        ],
        { key },
      ),
    );
    if (answer.type === (ALLOCATE | SUCCESS)) return 'allocated';
    const error = answer.attributes.get(attr.error);
    if (answer.type !== (ALLOCATE | ERROR) || !error) throw new Error(`unexpected answer ${answer.type}`);
    return (error[2]! & 0x7) * 100 + error[3]!;
  } finally {
    socket.close();
  }
}
