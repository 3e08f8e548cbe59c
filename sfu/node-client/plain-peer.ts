/**
 * A non-browser participant: joins through the real signalling protocol, sends synthetic Opus/VP8 RTP over an
 * SRTP PlainTransport and receives what the sfu forwards on another. Used by the tests and `bench:sfu`.
 */
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import type { ResponseData } from '../src/protocol.js';
import { SignallingClient } from './signalling-client.js';
import { SrtpContext, buildRtp, isRtcp, parseHeader, srtpMasterKey, type SrtpCryptoSuite } from './srtp.js';

const AUDIO_PT = 100;
const VIDEO_PT = 101;
const AUDIO_LEVEL_EXT_ID = 1;

/** RFC 6464 audio level in an RFC 8285 one-byte header extension: 0 dBov (loud) … 127 (silence). */
function audioLevelExtension(level: number) {
  return Buffer.from([0xbe, 0xde, 0x00, 0x01, (AUDIO_LEVEL_EXT_ID << 4) | 0, 0x80 | level, 0x00, 0x00]);
}
/** First payload bytes of every packet we send, so a receiver can tell our packets from anything else. */
export const PAYLOAD_MAGIC = Buffer.from('TMED');

interface Stream {
  ssrc: number;
  seq: number;
  timestamp: number;
}

export interface ReceivedStats {
  rtpPackets: number;
  rtpBytes: number;
  /** Packets whose SRTP tag verified and whose payload carried PAYLOAD_MAGIC (only when decrypting). */
  verifiedPackets: number;
  rtcpPackets: number;
}

export class PlainPeer {
  readonly received: ReceivedStats = { rtpPackets: 0, rtpBytes: 0, verifiedPackets: 0, rtcpPackets: 0 };
  sentPackets = 0;
  readonly consumers = new Map<string, { kind: 'audio' | 'video'; peerId: string }>();
  private sendSocket: dgram.Socket | null = null;
  private recvSocket: dgram.Socket | null = null;
  private sendTarget: { ip: string; port: number } | null = null;
  private sendSrtp: SrtpContext | null = null;
  private recvSrtp: SrtpContext | null = null;
  private readonly streams: { audio: Stream; video: Stream } = {
    audio: { ssrc: randomBytes(4).readUInt32BE(), seq: 1, timestamp: 0 },
    video: { ssrc: randomBytes(4).readUInt32BE(), seq: 1, timestamp: 0 },
  };

  private constructor(
    readonly client: SignallingClient,
    readonly joined: ResponseData<'join'>,
    /** Decrypt and check every received packet (tests); off in the benchmark to keep the load on the sfu. */
    private readonly verify: boolean,
    private readonly cryptoSuite: SrtpCryptoSuite,
  ) {
    client.on('newConsumer', (c) => {
      this.consumers.set(c.consumerId, { kind: c.kind, peerId: c.peerId });
      void client.request('resumeConsumer', { consumerId: c.consumerId }).catch(() => undefined);
    });
  }

  static async join(
    url: string,
    token: string,
    {
      verify = true,
      cryptoSuite = 'AES_CM_128_HMAC_SHA1_80',
    }: { verify?: boolean; cryptoSuite?: SrtpCryptoSuite } = {},
  ): Promise<PlainPeer> {
    const client = await SignallingClient.connect(url);
    const joined = await client.request('join', { token });
    return new PlainPeer(client, joined, verify, cryptoSuite);
  }

  /** Creates both transports, tells the sfu we are ready to consume, and produces audio (+ video). */
  async start({ video = true } = {}) {
    const client = this.client;
    const caps = this.joined.routerRtpCapabilities;
    if (!caps) throw new Error('chat rooms have no media');

    this.recvSocket = await bindUdp();
    this.recvSocket.on('message', (packet) => this.onPacket(packet));
    const cryptoSuite = this.cryptoSuite;
    const recv = await client.request('createPlainTransport', { direction: 'recv', cryptoSuite });
    this.recvSrtp = new SrtpContext(recv.srtpParameters.keyBase64, cryptoSuite);
    const recvKey = srtpMasterKey(cryptoSuite);
    const { port } = this.recvSocket.address() as AddressInfo;
    await client.request('connectPlainTransport', {
      transportId: recv.id,
      ip: '127.0.0.1',
      port,
      srtpParameters: { cryptoSuite, keyBase64: recvKey },
    });
    await client.request('ready', { rtpCapabilities: caps });

    this.sendSocket = await bindUdp();
    this.sendSocket.on('message', () => undefined); // RTCP feedback (PLI, receiver reports): not needed here.
    const send = await client.request('createPlainTransport', { direction: 'send', cryptoSuite });
    const sendKey = srtpMasterKey(cryptoSuite);
    this.sendSrtp = new SrtpContext(sendKey, cryptoSuite);
    this.sendTarget = { ip: send.ip, port: send.port };
    await client.request('connectPlainTransport', {
      transportId: send.id,
      srtpParameters: { cryptoSuite, keyBase64: sendKey },
    });
    const producers: Record<string, string> = {};
    producers.audio = (
      await client.request('produce', {
        transportId: send.id,
        kind: 'audio',
        source: 'mic',
        rtpParameters: {
          codecs: [
            { mimeType: 'audio/opus', payloadType: AUDIO_PT, clockRate: 48000, channels: 2, parameters: {} },
          ],
          encodings: [{ ssrc: this.streams.audio.ssrc }],
        },
      })
    ).producerId;
    if (video) {
      producers.video = (
        await client.request('produce', {
          transportId: send.id,
          kind: 'video',
          source: 'camera',
          rtpParameters: {
            codecs: [
              {
                mimeType: 'video/VP8',
                payloadType: VIDEO_PT,
                clockRate: 90000,
                rtcpFeedback: [
                  { type: 'nack' },
                  { type: 'nack', parameter: 'pli' },
                  { type: 'ccm', parameter: 'fir' },
                ],
              },
            ],
            encodings: [{ ssrc: this.streams.video.ssrc }],
          },
        })
      ).producerId;
    }
    return producers;
  }

  /** One 20 ms Opus frame (synthetic bytes) carrying an audio level (dBov, 127 = silence) for speaker detection. */
  sendAudio(payloadBytes = 120, level = 127) {
    const s = this.streams.audio;
    this.sendRtp(AUDIO_PT, s, true, payloadBytes, null, audioLevelExtension(level));
    s.timestamp += 960;
  }

  /** One VP8 frame split into `packets` packets; every frame is marked as a keyframe so consumers start at once. */
  sendVideoFrame(packets = 2, payloadBytes = 1200, fps = 25) {
    const s = this.streams.video;
    for (let i = 0; i < packets; i++) {
      // VP8 payload descriptor: S bit on the first packet of the frame, partition 0; then P = 0 (keyframe).
      const descriptor = Buffer.from(i === 0 ? [0x10, 0x00] : [0x00, 0x00]);
      this.sendRtp(VIDEO_PT, s, i === packets - 1, payloadBytes, descriptor);
    }
    s.timestamp += Math.round(90000 / fps);
  }

  private sendRtp(
    pt: number,
    s: Stream,
    marker: boolean,
    payloadBytes: number,
    prefix: Buffer | null,
    extension?: Buffer,
  ) {
    if (!this.sendSocket || !this.sendSrtp || !this.sendTarget) throw new Error('call start() first');
    const payload = Buffer.alloc(Math.max(payloadBytes, 16));
    let offset = 0;
    if (prefix) offset += prefix.copy(payload, 0);
    offset += PAYLOAD_MAGIC.copy(payload, offset);
    payload.writeUInt32BE(this.sentPackets, offset);
    const packet = buildRtp({
      payloadType: pt,
      seq: s.seq,
      timestamp: s.timestamp,
      ssrc: s.ssrc,
      marker,
      payload,
      ...(extension ? { extension } : {}),
    });
    s.seq = (s.seq + 1) & 0xffff;
    this.sentPackets += 1;
    this.sendSocket.send(this.sendSrtp.protect(packet), this.sendTarget.port, this.sendTarget.ip);
  }

  private onPacket(packet: Buffer) {
    if (isRtcp(packet)) {
      this.received.rtcpPackets += 1;
      return;
    }
    this.received.rtpPackets += 1;
    this.received.rtpBytes += packet.length;
    if (!this.verify || !this.recvSrtp) return;
    const rtp = this.recvSrtp.unprotect(packet);
    if (!rtp) return;
    const payload = rtp.subarray(parseHeader(rtp).headerLength);
    if (payload.includes(PAYLOAD_MAGIC)) this.received.verifiedPackets += 1;
  }

  close() {
    this.client.close();
    this.sendSocket?.close();
    this.recvSocket?.close();
    this.sendSocket = this.recvSocket = null;
  }
}

function bindUdp(): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve(socket));
  });
}
