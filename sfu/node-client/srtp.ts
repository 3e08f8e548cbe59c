/**
 * SRTP (RFC 3711) with AES_CM_128_HMAC_SHA1_80, enough for a Node peer on a mediasoup PlainTransport:
 * session key derivation (kdr = 0), protect, and unprotect for packets below 2^16 per SSRC rollover tracking.
 */
import { createCipheriv, createHmac, timingSafeEqual } from 'node:crypto';

const TAG_LENGTH = 10;

function aesCmKeystream(key: Buffer, iv: Buffer, length: number) {
  const cipher = createCipheriv('aes-128-ctr', key, iv);
  return Buffer.concat([cipher.update(Buffer.alloc(length)), cipher.final()]);
}

export class SrtpContext {
  private readonly cipherKey: Buffer;
  private readonly authKey: Buffer;
  private readonly salt: Buffer;
  /** Rollover counter and last sequence number per SSRC (for the 48-bit packet index). */
  private readonly roc = new Map<number, { roc: number; lastSeq: number }>();

  /** `keyBase64` as mediasoup's srtpParameters: 16-byte master key followed by the 14-byte master salt. */
  constructor(keyBase64: string) {
    const material = Buffer.from(keyBase64, 'base64');
    if (material.length !== 30) throw new Error('AES_CM_128_HMAC_SHA1_80 needs 30 bytes of key material');
    const masterKey = material.subarray(0, 16);
    const masterSalt = material.subarray(16, 30);
    const derive = (label: number, length: number) => {
      const iv = Buffer.alloc(16);
      masterSalt.copy(iv, 0);
      iv[7] = iv[7]! ^ label; // key_id = label || r (r = 0 with kdr = 0), XORed into the salt.
      return aesCmKeystream(masterKey, iv, length);
    };
    this.cipherKey = derive(0x00, 16);
    this.authKey = derive(0x01, 20);
    this.salt = derive(0x02, 14);
  }

  private index(ssrc: number, seq: number, advance: boolean) {
    let state = this.roc.get(ssrc);
    if (!state) state = { roc: 0, lastSeq: seq };
    let roc = state.roc;
    // A large backwards jump is a wrap-around.
    if (seq < state.lastSeq && state.lastSeq - seq > 0x8000) roc += 1;
    if (advance) this.roc.set(ssrc, { roc, lastSeq: seq });
    return roc;
  }

  private crypt(packet: Buffer, headerLength: number, ssrc: number, roc: number, seq: number) {
    const iv = Buffer.alloc(16);
    this.salt.copy(iv, 0);
    // IV = (salt << 16) XOR (SSRC << 64) XOR (index << 16), index = ROC << 16 | SEQ (48 bits), bytewise.
    const mix = Buffer.alloc(16);
    mix.writeUInt32BE(ssrc >>> 0, 4);
    mix.writeUInt32BE(roc >>> 0, 8);
    mix.writeUInt16BE(seq, 12);
    for (let i = 0; i < 14; i++) iv[i] = iv[i]! ^ mix[i]!;
    const cipher = createCipheriv('aes-128-ctr', this.cipherKey, iv);
    cipher.update(packet.subarray(headerLength)).copy(packet, headerLength);
  }

  private tag(authenticated: Buffer, roc: number) {
    const rocBytes = Buffer.alloc(4);
    rocBytes.writeUInt32BE(roc);
    return createHmac('sha1', this.authKey)
      .update(authenticated)
      .update(rocBytes)
      .digest()
      .subarray(0, TAG_LENGTH);
  }

  protect(rtp: Buffer): Buffer {
    const { headerLength, ssrc, seq } = parseHeader(rtp);
    const roc = this.index(ssrc, seq, true);
    const out = Buffer.alloc(rtp.length + TAG_LENGTH);
    rtp.copy(out);
    this.crypt(out, headerLength, ssrc, roc, seq);
    this.tag(out.subarray(0, rtp.length), roc).copy(out, rtp.length);
    return out;
  }

  /** The decrypted RTP packet, or null when the authentication tag does not match. */
  unprotect(srtp: Buffer): Buffer | null {
    if (srtp.length < 12 + TAG_LENGTH) return null;
    const body = srtp.subarray(0, srtp.length - TAG_LENGTH);
    const { headerLength, ssrc, seq } = parseHeader(body);
    const roc = this.index(ssrc, seq, false);
    const expected = this.tag(body, roc);
    if (!timingSafeEqual(expected, srtp.subarray(srtp.length - TAG_LENGTH))) return null;
    this.index(ssrc, seq, true);
    const out = Buffer.from(body);
    this.crypt(out, headerLength, ssrc, roc, seq);
    return out;
  }
}

/** RTP fixed header + CSRCs + header extension length. */
export function parseHeader(rtp: Buffer) {
  if (rtp.length < 12 || rtp[0]! >> 6 !== 2) throw new Error('not an RTP packet');
  const csrcCount = rtp[0]! & 0x0f;
  let headerLength = 12 + csrcCount * 4;
  if (rtp[0]! & 0x10) headerLength += 4 + rtp.readUInt16BE(headerLength + 2) * 4;
  return {
    headerLength,
    payloadType: rtp[1]! & 0x7f,
    marker: Boolean(rtp[1]! & 0x80),
    seq: rtp.readUInt16BE(2),
    timestamp: rtp.readUInt32BE(4),
    ssrc: rtp.readUInt32BE(8),
  };
}

/** RTCP packets (PT 200-206, i.e. second byte 192-223 with the marker-bit position) share the muxed port. */
export const isRtcp = (packet: Buffer) => packet.length >= 2 && packet[1]! >= 192 && packet[1]! <= 223;

/** An RTP packet; `extension` is a complete RFC 8285 header extension block (profile, length, elements). */
export function buildRtp(p: {
  payloadType: number;
  seq: number;
  timestamp: number;
  ssrc: number;
  marker: boolean;
  payload: Buffer;
  extension?: Buffer;
}) {
  const header = Buffer.alloc(12);
  header[0] = p.extension ? 0x90 : 0x80;
  header[1] = (p.marker ? 0x80 : 0) | p.payloadType;
  header.writeUInt16BE(p.seq & 0xffff, 2);
  header.writeUInt32BE(p.timestamp >>> 0, 4);
  header.writeUInt32BE(p.ssrc >>> 0, 8);
  return Buffer.concat(p.extension ? [header, p.extension, p.payload] : [header, p.payload]);
}
