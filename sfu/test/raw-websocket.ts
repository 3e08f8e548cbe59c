/**
 * A WebSocket client written by hand over node:net, so a test can send frames no library would: unmasked,
 * with reserved bits or opcodes, lying about their length, or with invalid UTF-8.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export const opcodes = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;

export interface FrameOptions {
  opcode: number;
  payload?: Buffer | string;
  fin?: boolean;
  /** RSV1..RSV3 as the three bits under FIN (0b100 = RSV1). */
  rsv?: number;
  /** Clients must mask every frame (RFC 6455 §5.1). */
  masked?: boolean;
  /** Announce this length in a 64-bit length field instead of the payload's real one. */
  declaredLength?: bigint;
}

/** One client-to-server frame. */
export function frame({
  opcode,
  payload = Buffer.alloc(0),
  fin = true,
  rsv = 0,
  masked = true,
  declaredLength,
}: FrameOptions) {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const length = declaredLength ?? BigInt(body.length);
  let header: Buffer;
  if (declaredLength === undefined && length < 126n) {
    header = Buffer.from([0, Number(length)]);
  } else if (declaredLength === undefined && length < 65_536n) {
    header = Buffer.alloc(4);
    header.writeUInt16BE(Number(length), 2);
    header[1] = 126;
  } else {
    header = Buffer.alloc(10);
    header.writeBigUInt64BE(length, 2);
    header[1] = 127;
  }
  header[0] = (fin ? 0x80 : 0) | ((rsv & 0b111) << 4) | (opcode & 0x0f);
  if (!masked) return Buffer.concat([header, body]);
  header[1]! |= 0x80;
  const mask = randomBytes(4);
  const maskedBody = Buffer.from(body.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([header, mask, maskedBody]);
}

export const textFrame = (text: string) => frame({ opcode: opcodes.text, payload: text });

export function closePayload(code: number, reason = '') {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return payload;
}

interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

/** A raw connection that has completed the opening handshake. */
export class RawWebSocket {
  private buffer: Buffer;
  private readonly frames: ServerFrame[] = [];
  private waiter: (() => void) | null = null;
  private ended = false;

  private constructor(
    private readonly socket: net.Socket,
    afterHandshake: Buffer,
  ) {
    this.buffer = afterHandshake;
    this.parseFrames();
    socket.resume();
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parseFrames();
      this.wake();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
    socket.on('error', () => undefined); // a reset after the server's close is expected; 'close' follows
  }

  static async connect(port: number): Promise<RawWebSocket> {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const key = randomBytes(16).toString('base64');
    socket.write(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    const [head, rest] = await new Promise<[Buffer, Buffer]>((resolve, reject) => {
      let received = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) return;
        socket.pause(); // until the client's own listener is attached
        socket.off('data', onData);
        resolve([received.subarray(0, end), received.subarray(end + 4)]);
      };
      socket.on('data', onData);
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('closed during the handshake')));
    });
    const status = head.toString().split('\r\n')[0];
    if (!status?.startsWith('HTTP/1.1 101')) throw new Error(`handshake refused: ${status}`);
    return new RawWebSocket(socket, rest);
  }

  send(...frames: Buffer[]) {
    this.socket.write(Buffer.concat(frames));
  }

  /** The next text message the server sends, parsed as JSON. */
  async nextJson(): Promise<unknown> {
    const next = await this.nextFrame();
    if (next?.opcode !== opcodes.text)
      throw new Error(`expected a text frame, got ${next ? next.opcode : 'end'}`);
    return JSON.parse(next.payload.toString());
  }

  /**
   * The close code of the server's close frame (null if the connection ended without one); then finishes the
   * closing handshake and resolves once the TCP connection is gone.
   */
  async closeCode(): Promise<number | null> {
    for (;;) {
      const next = await this.nextFrame();
      if (!next) return null;
      if (next.opcode !== opcodes.close) continue;
      const code = next.payload.length >= 2 ? next.payload.readUInt16BE(0) : null;
      this.socket.end(frame({ opcode: opcodes.close, payload: next.payload.subarray(0, 2) }));
      await this.untilEnded();
      return code;
    }
  }

  destroy() {
    this.socket.destroy();
  }

  private async untilEnded() {
    while (!this.ended) await new Promise<void>((resolve) => (this.waiter = resolve));
  }

  private async nextFrame(): Promise<ServerFrame | null> {
    for (;;) {
      const next = this.frames.shift();
      if (next) return next;
      if (this.ended) return null;
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  private wake() {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  /** Server frames are never masked (RFC 6455 §5.1); the sfu sends no fragmented messages. */
  private parseFrames() {
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0x0f;
      let length = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      this.frames.push({ opcode, payload: this.buffer.subarray(offset, offset + length) });
      this.buffer = this.buffer.subarray(offset + length);
    }
  }
}
