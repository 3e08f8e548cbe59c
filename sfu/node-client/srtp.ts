/**
 * SRTP for a Node peer on a mediasoup PlainTransport: AES_CM_128_HMAC_SHA1_80 (RFC 3711) and the AEAD
 * AES-GCM suites browsers negotiate (RFC 7714). Session key derivation (kdr = 0), protect, and unprotect for
 * packets below 2^16 per SSRC rollover tracking.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type SrtpCryptoSuite = 'AES_CM_128_HMAC_SHA1_80' | 'AEAD_AES_128_GCM' | 'AEAD_AES_256_GCM';

/** Master key and salt lengths (mediasoup's keyBase64 is the key followed by the salt); tag length. */
const SUITES = {
  AES_CM_128_HMAC_SHA1_80: { keyLength: 16, saltLength: 14, tagLength: 10 },
  AEAD_AES_128_GCM: { keyLength: 16, saltLength: 12, tagLength: 16 },
  AEAD_AES_256_GCM: { keyLength: 32, saltLength: 12, tagLength: 16 },
} as const;

/** Fresh master key material for `suite`, base64 as in mediasoup's srtpParameters. */
export function srtpMasterKey(suite: SrtpCryptoSuite) {
  return randomBytes(SUITES[suite].keyLength + SUITES[suite].saltLength).toString('base64');
}

function aesCmKeystream(key: Buffer, iv: Buffer, length: number) {
  const cipher = createCipheriv(`aes-${key.length * 8}-ctr`, key, iv);
  return Buffer.concat([cipher.update(Buffer.alloc(length)), cipher.final()]);
}

export class SrtpContext {
  private readonly gcm: boolean;
  private readonly tagLength: number;
  private readonly cipherKey: Buffer;
  private readonly authKey: Buffer;
  private readonly salt: Buffer;
  /** Rollover counter and last sequence number per SSRC (for the 48-bit packet index). */
  private readonly roc = new Map<number, { roc: number; lastSeq: number }>();

  /** `keyBase64` as mediasoup's srtpParameters: the master key followed by the master salt. */
  constructor(
    keyBase64: string,
    readonly suite: SrtpCryptoSuite = 'AES_CM_128_HMAC_SHA1_80',
  ) {
    const { keyLength, saltLength, tagLength } = SUITES[suite];
    const material = Buffer.from(keyBase64, 'base64');
    if (material.length !== keyLength + saltLength)
      throw new Error(`${suite} needs ${keyLength + saltLength} bytes of key material`);
    this.gcm = suite !== 'AES_CM_128_HMAC_SHA1_80';
    this.tagLength = tagLength;
    const masterKey = material.subarray(0, keyLength);
    const masterSalt = material.subarray(keyLength);
    // The AES-CM key derivation for every suite; GCM's 12-byte master salt is zero-padded (RFC 7714 §11).
    const derive = (label: number, length: number) => {
      const iv = Buffer.alloc(16);
      masterSalt.copy(iv, 0);
      iv[7] = iv[7]! ^ label; // key_id = label || r (r = 0 with kdr = 0), XORed into the salt.
      return aesCmKeystream(masterKey, iv, length);
    };
    this.cipherKey = derive(0x00, keyLength);
    this.authKey = this.gcm ? Buffer.alloc(0) : derive(0x01, 20);
    this.salt = derive(0x02, saltLength);
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

  private gcmAlgorithm() {
    return this.cipherKey.length === 32 ? 'aes-256-gcm' : 'aes-128-gcm';
  }

  /** RFC 7714 §8.1: 12-byte IV = (00 00 || SSRC || ROC || SEQ) XOR salt. */
  private gcmIv(ssrc: number, roc: number, seq: number) {
    const iv = Buffer.alloc(12);
    iv.writeUInt32BE(ssrc >>> 0, 2);
    iv.writeUInt32BE(roc >>> 0, 6);
    iv.writeUInt16BE(seq, 10);
    for (let i = 0; i < 12; i++) iv[i] = iv[i]! ^ this.salt[i]!;
    return iv;
  }

  private tag(authenticated: Buffer, roc: number) {
    const rocBytes = Buffer.alloc(4);
    rocBytes.writeUInt32BE(roc);
    return createHmac('sha1', this.authKey)
      .update(authenticated)
      .update(rocBytes)
      .digest()
      .subarray(0, this.tagLength);
  }

  protect(rtp: Buffer): Buffer {
    const { headerLength, ssrc, seq } = parseHeader(rtp);
    const roc = this.index(ssrc, seq, true);
    if (this.gcm) {
      // The header is authenticated, not encrypted; the payload is encrypted; the tag follows.
      const cipher = createCipheriv(this.gcmAlgorithm(), this.cipherKey, this.gcmIv(ssrc, roc, seq));
      cipher.setAAD(rtp.subarray(0, headerLength));
      const body = cipher.update(rtp.subarray(headerLength));
      cipher.final();
      return Buffer.concat([rtp.subarray(0, headerLength), body, cipher.getAuthTag()]);
    }
    const out = Buffer.alloc(rtp.length + this.tagLength);
    rtp.copy(out);
    this.crypt(out, headerLength, ssrc, roc, seq);
    this.tag(out.subarray(0, rtp.length), roc).copy(out, rtp.length);
    return out;
  }

  /** The decrypted RTP packet, or null when the authentication tag does not match. */
  unprotect(srtp: Buffer): Buffer | null {
    if (srtp.length < 12 + this.tagLength) return null;
    const body = srtp.subarray(0, srtp.length - this.tagLength);
    const tag = srtp.subarray(srtp.length - this.tagLength);
    const { headerLength, ssrc, seq } = parseHeader(body);
    const roc = this.index(ssrc, seq, false);
    if (this.gcm) {
      const decipher = createDecipheriv(this.gcmAlgorithm(), this.cipherKey, this.gcmIv(ssrc, roc, seq));
      decipher.setAAD(body.subarray(0, headerLength));
      decipher.setAuthTag(tag);
      const payload = decipher.update(body.subarray(headerLength));
      try {
        decipher.final();
      } catch {
        return null; // tag mismatch
      }
      this.index(ssrc, seq, true);
      return Buffer.concat([body.subarray(0, headerLength), payload]);
    }
    const expected = this.tag(body, roc);
    if (!timingSafeEqual(expected, tag)) return null;
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
