/**
 * A consultation room: its participants and, once someone joins with audio or video, one mediasoup Router on the
 * least-loaded worker. Chat-format participants never create a router or transports.
 */
import type { types as ms } from 'mediasoup';
import { ApiError, type ApiClient } from './api-client.js';
import type { SfuConfig } from './config.js';
import { SfuError } from './errors.js';
import type { JoinTokenClaims } from './join-token.js';
import { logger } from './logger.js';
import { Peer, type PeerChannel, type Source, type TransportDirection } from './peer.js';
import {
  closeCodes,
  type NotificationData,
  type NotificationMethod,
  type RequestData,
  type ResponseData,
} from './protocol.js';
import { routerCodecs } from './router-codecs.js';
import type { WorkerPool, WorkerSlot } from './workers.js';

export interface RoomDeps {
  config: SfuConfig;
  pool: WorkerPool;
  api: ApiClient;
  /** True the first time it is called for a room id on this node (the consultation started). */
  markStarted(roomId: string): boolean;
  onClosed(room: Room, reason: RoomCloseReason): void;
}

/** ended: the consultation is over; worker_died/shutdown: clients should reconnect; idle: nobody left. */
export type RoomCloseReason = 'ended' | 'worker_died' | 'shutdown' | 'idle';

interface MediaState {
  slot: WorkerSlot;
  router: ms.Router;
  activeSpeaker: ms.ActiveSpeakerObserver;
  loadMeasure: () => number;
}

const QUALITY_INTERVAL_MS = 5000;

const sourceKind: Record<Source, 'audio' | 'video'> = { mic: 'audio', camera: 'video', screen: 'video' };

/**
 * A worker request made with parameters the client chose. While the transport is open, the worker refusing them
 * (an SSRC or MID already in use, a second connect) is the client's mistake: bad_request with the worker's
 * reason, not an internal error. The worker's refusals are plain Errors ending in "[method:…]".
 */
async function withClientParameters<T>(transport: ms.Transport, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (transport.closed || !(error instanceof Error) || error.constructor !== Error) throw error;
    throw new SfuError('bad_request', error.message.replace(/\s*\[method:[^\]]*\]\s*$/, ''));
  }
}

export class Room {
  readonly peers = new Map<string, Peer>();
  activeSpeakerPeerId: string | null = null;
  closed = false;
  private media: Promise<MediaState> | null = null;
  private emptyTimer: NodeJS.Timeout | undefined;
  private readonly qualityTimer: NodeJS.Timeout;
  private readonly lastQuality = new Map<string, string>();

  constructor(
    readonly id: string,
    private readonly deps: RoomDeps,
  ) {
    this.qualityTimer = setInterval(() => this.reportNetworkQuality(), QUALITY_INTERVAL_MS).unref();
  }

  get consumerCount() {
    let n = 0;
    for (const peer of this.peers.values()) n += peer.consumers.size;
    return n;
  }

  /** The slot (worker) this room's router lives on, once it has one. */
  async workerSlot(): Promise<WorkerSlot | null> {
    return this.media ? (await this.media).slot : null;
  }

  async join(
    claims: JoinTokenClaims,
    channel: PeerChannel,
  ): Promise<{ peer: Peer; response: ResponseData<'join'> }> {
    if (this.closed) throw new SfuError('unavailable', 'The room is closing, reconnect');
    clearTimeout(this.emptyTimer);
    // A reload or a second device replaces the account's previous connection.
    for (const other of this.peers.values()) {
      if (other.claims.sub === claims.sub) {
        other.channel.notify('closing', { code: closeCodes.replaced, reason: 'replaced' });
        other.channel.close(closeCodes.replaced, 'replaced');
        this.leave(other);
      }
    }
    let media: MediaState | null = null;
    try {
      if (claims.media !== 'chat') media = await this.ensureMedia();
      if (this.closed) throw new SfuError('unavailable', 'The room is closing, reconnect');
    } catch (error) {
      this.scheduleIdleClose();
      throw error;
    }
    const peer = new Peer(claims, channel);
    const others = [...this.peers.values()];
    this.peers.set(peer.id, peer);
    clearTimeout(this.emptyTimer); // replacing the account's old connection may have emptied the room
    for (const other of others) other.channel.notify('peerJoined', peer.info);
    this.report('joined', claims.sub);
    const roles = new Set([...this.peers.values()].map((p) => p.claims.role));
    if (roles.has('doctor') && roles.has('patient') && this.deps.markStarted(this.id))
      this.report('started', null);
    return {
      peer,
      response: {
        peerId: peer.id,
        roomId: this.id,
        self: peer.info,
        peers: others.map((p) => p.info),
        routerRtpCapabilities: media
          ? (media.router.rtpCapabilities as ResponseData<'join'>['routerRtpCapabilities'])
          : null,
        iceServers: this.deps.config.TURN_SERVERS,
        activeSpeakerPeerId: this.activeSpeakerPeerId,
      },
    };
  }

  leave(peer: Peer) {
    if (!this.peers.delete(peer.id)) return;
    peer.closed = true;
    peer.closeMedia();
    this.lastQuality.delete(peer.id);
    this.broadcast('peerLeft', { peerId: peer.id });
    this.report('left', peer.claims.sub);
    this.scheduleIdleClose();
  }

  /** A room nobody is in (everyone left, or the first join failed) goes away after EMPTY_ROOM_TTL_MS. */
  private scheduleIdleClose() {
    if (this.peers.size > 0 || this.closed) return;
    clearTimeout(this.emptyTimer);
    this.emptyTimer = setTimeout(() => {
      if (this.peers.size === 0) this.close('idle');
    }, this.deps.config.EMPTY_ROOM_TTL_MS).unref();
  }

  /** Closes the room; only 'ended' tells clients the consultation is over, otherwise they reconnect. */
  close(reason: RoomCloseReason) {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.emptyTimer);
    clearInterval(this.qualityTimer);
    const code = reason === 'ended' ? closeCodes.roomClosed : closeCodes.reconnect;
    for (const peer of [...this.peers.values()]) {
      peer.channel.notify('closing', { code, reason });
      peer.channel.close(code, reason);
      this.leave(peer);
    }
    if (reason === 'ended') this.report('ended', null);
    void this.media?.then(
      (m) => {
        m.slot.loads.delete(m.loadMeasure);
        m.router.close();
      },
      () => undefined,
    );
    this.deps.onClosed(this, reason);
  }

  private ensureMedia(): Promise<MediaState> {
    this.media ??= this.createMedia();
    return this.media.catch((error: unknown) => {
      this.media = null;
      throw error;
    });
  }

  private async createMedia(): Promise<MediaState> {
    const slot = this.deps.pool.leastLoaded();
    if (!slot) throw new SfuError('unavailable', 'Media workers are restarting, reconnect shortly');
    const router = await slot.worker.createRouter({ mediaCodecs: routerCodecs });
    if (this.closed) {
      router.close();
      throw new SfuError('unavailable', 'The room is closing, reconnect');
    }
    const activeSpeaker = await router.createActiveSpeakerObserver();
    activeSpeaker.on('dominantspeaker', ({ producer }) => {
      this.activeSpeakerPeerId = typeof producer.appData.peerId === 'string' ? producer.appData.peerId : null;
      this.broadcast('activeSpeaker', { peerId: this.activeSpeakerPeerId });
    });
    // The worker died: its routers are gone. Clients reconnect and the room is rebuilt on a live worker.
    router.on('workerclose', () => this.close('worker_died'));
    const loadMeasure = () => this.peers.size + this.consumerCount;
    slot.loads.add(loadMeasure);
    return { slot, router, activeSpeaker, loadMeasure };
  }

  private async router(peer: Peer): Promise<MediaState> {
    if (peer.claims.media === 'chat') throw new SfuError('forbidden', 'This is a chat consultation');
    return this.ensureMedia();
  }

  async createWebRtcTransport(
    peer: Peer,
    direction: TransportDirection,
  ): Promise<ResponseData<'createWebRtcTransport'>> {
    const { router, slot } = await this.router(peer);
    const transport = await router.createWebRtcTransport({
      webRtcServer: slot.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { peerId: peer.id },
    });
    peer.addTransport(transport, direction);
    // A path that came back (ICE restart after a network change: a new address) starts with a keyframe, instead
    // of waiting for a decoder to ask: of every video this participant receives (their receive path) or sends to
    // the others (their send path, whose gap the others' decoders are stuck on).
    transport.on('iceselectedtuplechange', () => {
      const consumers =
        direction === 'recv'
          ? [...peer.consumers.values()]
          : [...this.peers.values()].flatMap((other) =>
              [...other.consumers.values()].filter((c) => peer.producers.has(c.producerId)),
            );
      for (const consumer of consumers)
        if (consumer.kind === 'video' && !consumer.closed)
          void consumer.requestKeyFrame().catch(() => undefined);
    });
    return {
      id: transport.id,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates,
      dtlsParameters: transport.dtlsParameters,
    };
  }

  async connectWebRtcTransport(
    peer: Peer,
    { transportId, dtlsParameters }: RequestData<'connectWebRtcTransport'>,
  ) {
    const transport = this.webRtcTransport(peer, transportId);
    await withClientParameters(transport, () =>
      transport.connect({ dtlsParameters: dtlsParameters as ms.DtlsParameters }),
    );
  }

  async restartIce(peer: Peer, transportId: string) {
    const iceParameters = await this.webRtcTransport(peer, transportId).restartIce();
    logger.info({ room: this.id, peerId: peer.id, transportId }, 'ICE restarted');
    return { iceParameters };
  }

  private webRtcTransport(peer: Peer, transportId: string): ms.WebRtcTransport {
    const { transport } = peer.transport(transportId);
    if (transport.type !== 'webrtc') throw new SfuError('bad_request', 'Not a WebRTC transport');
    return transport as ms.WebRtcTransport;
  }

  /** SRTP-only plain RTP: a sending peer is learnt from its first packet (comedia), a receiving one connects. */
  async createPlainTransport(
    peer: Peer,
    { direction, cryptoSuite = 'AES_CM_128_HMAC_SHA1_80' }: RequestData<'createPlainTransport'>,
  ): Promise<ResponseData<'createPlainTransport'>> {
    if (!this.deps.config.ALLOW_PLAIN_TRANSPORTS)
      throw new SfuError('forbidden', 'Plain transports are disabled');
    const { router } = await this.router(peer);
    const { RTC_LISTEN_IP, RTC_ANNOUNCED_IP } = this.deps.config;
    const transport = await router.createPlainTransport({
      listenInfo: {
        protocol: 'udp',
        ip: RTC_LISTEN_IP,
        ...(RTC_ANNOUNCED_IP ? { announcedAddress: RTC_ANNOUNCED_IP } : {}),
      },
      rtcpMux: true,
      comedia: direction === 'send',
      enableSrtp: true,
      srtpCryptoSuite: cryptoSuite,
      appData: { peerId: peer.id },
    });
    peer.addTransport(transport, direction);
    const srtpParameters = transport.srtpParameters;
    if (!srtpParameters) throw new SfuError('internal', 'SRTP parameters missing');
    return {
      id: transport.id,
      ip: RTC_ANNOUNCED_IP ?? transport.tuple.localAddress ?? RTC_LISTEN_IP,
      port: transport.tuple.localPort,
      srtpParameters,
    };
  }

  async connectPlainTransport(
    peer: Peer,
    { transportId, ip, port, srtpParameters }: RequestData<'connectPlainTransport'>,
  ) {
    const { transport, direction } = peer.transport(transportId);
    if (transport.type !== 'plain') throw new SfuError('bad_request', 'Not a plain transport');
    if (direction === 'recv' && (!ip || !port))
      throw new SfuError('bad_request', 'A receiving transport needs ip and port');
    await withClientParameters(transport, () =>
      (transport as ms.PlainTransport).connect(
        direction === 'recv' ? { ip, port, srtpParameters } : { srtpParameters },
      ),
    );
  }

  /** The peer's device is ready: consume everything already produced in the room. */
  async ready(peer: Peer, rtpCapabilities: ms.RtpCapabilities) {
    await this.router(peer);
    if (!peer.recvTransport) throw new SfuError('bad_request', 'Create a receive transport first');
    if (peer.rtpCapabilities) throw new SfuError('bad_request', 'Already ready');
    peer.rtpCapabilities = rtpCapabilities;
    const pending: Promise<void>[] = [];
    for (const other of this.peers.values()) {
      if (other === peer) continue;
      for (const { producer, source } of other.producers.values())
        pending.push(this.consume(peer, other, producer, source));
    }
    await Promise.all(pending);
  }

  async produce(peer: Peer, req: RequestData<'produce'>): Promise<ResponseData<'produce'>> {
    const { activeSpeaker } = await this.router(peer);
    const source = req.source;
    if (sourceKind[source] !== req.kind)
      throw new SfuError('bad_request', `A ${source} producer carries ${sourceKind[source]}`);
    if (req.kind === 'video' && peer.claims.media !== 'video') {
      throw new SfuError('forbidden', 'This is an audio consultation');
    }
    if (source === 'screen' && peer.claims.role !== 'doctor') {
      throw new SfuError('forbidden', 'Only the doctor can share a screen');
    }
    const { transport, direction } = peer.transport(req.transportId);
    if (direction !== 'send') throw new SfuError('bad_request', 'Produce on a send transport');
    // One producer per source: a new camera replaces the old one.
    for (const [id, entry] of peer.producers) {
      if (entry.source === source) {
        entry.producer.close();
        peer.producers.delete(id);
      }
    }
    const producer = await withClientParameters(transport, () =>
      transport.produce({
        kind: req.kind,
        rtpParameters: req.rtpParameters as ms.RtpParameters,
        paused: req.paused,
        appData: { peerId: peer.id, source },
      }),
    );
    // The participant left while the worker was creating it: the others must not receive it.
    if (peer.closed) {
      producer.close();
      throw new SfuError('not_joined', 'You have left the consultation');
    }
    // Requests for the same source sent at once all passed the check above: the last one created wins.
    for (const [id, entry] of peer.producers) {
      if (entry.source === source) {
        entry.producer.close();
        peer.producers.delete(id);
      }
    }
    peer.producers.set(producer.id, { producer, source });
    producer.observer.once('close', () => peer.producers.delete(producer.id));
    if (req.kind === 'audio') await activeSpeaker.addProducer({ producerId: producer.id });
    for (const other of this.peers.values()) {
      if (other !== peer) void this.consume(other, peer, producer, source);
    }
    return { producerId: producer.id };
  }

  closeProducer(peer: Peer, producerId: string) {
    peer.producer(producerId).close();
    peer.producers.delete(producerId);
  }

  /**
   * Never rejects: `produce` starts it without waiting, and a rejection there would be unhandled and end the
   * process, with every consultation on this node. A consumer that cannot be made is logged and skipped.
   */
  private async consume(consumer: Peer, owner: Peer, producer: ms.Producer, source: Source) {
    const transport = consumer.recvTransport;
    const caps = consumer.rtpCapabilities;
    if (!transport || !caps || consumer.closed || producer.closed) return;
    // An audio-format participant receives no video at all.
    if (producer.kind === 'video' && consumer.claims.media !== 'video') return;
    try {
      const media = await this.ensureMedia();
      if (!media.router.canConsume({ producerId: producer.id, rtpCapabilities: caps })) return;
      // Paused until the client has set the consumer up, so the first video packet it gets is a keyframe.
      const c = await transport.consume({ producerId: producer.id, rtpCapabilities: caps, paused: true });
      if (consumer.closed) return void c.close();
      consumer.consumers.set(c.id, c);
      const gone = () => {
        if (consumer.consumers.delete(c.id)) consumer.channel.notify('consumerClosed', { consumerId: c.id });
      };
      c.on('transportclose', () => consumer.consumers.delete(c.id));
      c.on('producerclose', gone);
      c.on('producerpause', () => consumer.channel.notify('consumerPaused', { consumerId: c.id }));
      c.on('producerresume', () => consumer.channel.notify('consumerResumed', { consumerId: c.id }));
      // What the client needs to judge its own downlink and fall back to audio when video cannot be sustained.
      c.on('score', ({ score, producerScore }) =>
        consumer.channel.notify('consumerScore', { consumerId: c.id, score, producerScore }),
      );
      c.on('layerschange', (layers) =>
        consumer.channel.notify('consumerLayers', {
          consumerId: c.id,
          spatialLayer: layers?.spatialLayer ?? null,
          temporalLayer: layers?.temporalLayer ?? null,
        }),
      );
      consumer.channel.notify('newConsumer', {
        consumerId: c.id,
        producerId: producer.id,
        peerId: owner.id,
        kind: c.kind,
        source,
        rtpParameters: c.rtpParameters as NotificationData<'newConsumer'>['rtpParameters'],
        producerPaused: c.producerPaused,
      });
    } catch (error) {
      logger.warn({ err: error, room: this.id }, 'could not create a consumer');
    }
  }

  async chat(peer: Peer, req: RequestData<'chat'> & { body: string; attachmentFileId: string | null }) {
    const sentAt = new Date().toISOString();
    const { sub, role, name } = peer.claims;
    let stored;
    try {
      stored = await this.deps.api.persistMessage(this.id, {
        id: req.id,
        senderAccountId: sub,
        senderRole: role,
        body: req.body,
        attachmentFileId: req.attachmentFileId,
        sentAt,
      });
    } catch (error) {
      // The api refusing the message itself (bad input, an id reused for another message) is final;
      // anything else (api down, timeout) is worth a resend with the same id.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        throw new SfuError('bad_request', 'The message was refused');
      }
      logger.warn({ err: error, room: this.id }, 'chat message not persisted');
      throw new SfuError('persist_failed', 'The message was not saved; resend it');
    }
    const message = {
      id: stored.id,
      seq: stored.seq,
      senderAccountId: sub,
      senderRole: role,
      senderName: name,
      body: req.body,
      attachmentFileId: req.attachmentFileId,
      sentAt: stored.sentAt,
      createdAt: stored.createdAt,
    };
    // A resend of a message stored before was already delivered to the others.
    if (stored.created) {
      for (const other of this.peers.values())
        if (other !== peer) other.channel.notify('chatMessage', message);
    }
    return message;
  }

  broadcast<M extends NotificationMethod>(method: M, data: NotificationData<M>) {
    for (const peer of this.peers.values()) peer.channel.notify(method, data);
  }

  private reportNetworkQuality() {
    for (const peer of this.peers.values()) {
      const quality = peer.networkQuality();
      const key = `${quality.uplink}/${quality.downlink}`;
      if (this.lastQuality.get(peer.id) === key) continue;
      this.lastQuality.set(peer.id, key);
      this.broadcast('networkQuality', { peerId: peer.id, ...quality });
    }
  }

  /** Room events go to the api in the background; a failure is logged, never blocks the call. */
  private report(type: 'joined' | 'left' | 'started' | 'ended', accountId: string | null) {
    const at = new Date();
    this.deps.api.recordEvent(this.id, type, accountId, at).catch((error: unknown) => {
      logger.warn({ err: error, room: this.id, type }, 'room event not recorded');
    });
  }
}
