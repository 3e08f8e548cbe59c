/**
 * Browser client for a consultation (`@telemed/sfu/client`): signalling, mediasoup-client transports, local
 * publishing (mic, camera, doctor's screen), remote tracks, chat with persisted acks, ICE restart on network
 * change and automatic rejoin (fresh join token each time) after a dropped socket or a media worker restart.
 */
import { Device, type types as msc } from 'mediasoup-client';
import {
  closeCodes,
  notifications,
  requests,
  serverMessageSchema,
  type NotificationData,
  type NotificationMethod,
  type RequestData,
  type RequestMethod,
  type ResponseData,
} from '../protocol.js';
import { Emitter } from './emitter.js';
import { VideoFallback, type VideoFallbackOptions } from './video-fallback.js';

export type CallState = 'connecting' | 'connected' | 'reconnecting' | 'closed';
export type Source = 'mic' | 'camera' | 'screen';
type PeerInfo = NotificationData<'peerJoined'>;
type ChatMessage = NotificationData<'chatMessage'>;

export interface RemoteTrack {
  consumerId: string;
  peerId: string;
  kind: 'audio' | 'video';
  source: Source;
  track: MediaStreamTrack;
  /** The sender muted it / turned the camera off. */
  paused: boolean;
  /** This side's downlink could not sustain the video: the client paused it (audio continues). */
  suspended: boolean;
}

export type ConsultationEvents = {
  state: [CallState];
  peers: [PeerInfo[]];
  remoteTrack: [RemoteTrack];
  remoteTrackPaused: [{ consumerId: string; paused: boolean }];
  remoteTrackRemoved: [{ consumerId: string }];
  activeSpeaker: [string | null];
  networkQuality: [NotificationData<'networkQuality'>];
  /** A media transport's connection state (`failed`/`disconnected` are repaired by an ICE restart). */
  mediaConnection: [{ direction: 'send' | 'recv'; state: RTCPeerConnectionState }];
  /** An ICE restart was started on a transport. */
  iceRestart: [{ direction: 'send' | 'recv' }];
  /** A received video was paused because the downlink could not carry it, or resumed (`resumeVideo`). */
  videoSuspended: [{ consumerId: string; suspended: boolean }];
  chatMessage: [ChatMessage];
  /** Final: the consultation ended (4003), another tab took over (4002), or access was refused (4001). */
  closed: [{ code: number; reason: string }];
};

/** A join token with what the api issued beside it: TURN servers with time-limited credentials. */
export interface JoinCredentials {
  token: string;
  iceServers?: RTCIceServer[];
}

export interface ConsultationClientOptions {
  /** The sfu URL from the api's join grant. */
  url: string;
  /**
   * Asked on every (re)connect, so an expired join token (and TURN credentials) are replaced by fresh ones from
   * the api. The ICE servers returned here come before any the sfu names in its join response.
   */
  getToken(): Promise<string | JoinCredentials>;
  /**
   * `relay`: the browser sends media only through a TURN server (all its ICE candidates are relayed). For
   * networks that break direct media, and for the relay test; the default `all` also tries direct paths.
   */
  iceTransportPolicy?: RTCIceTransportPolicy;
  /** Tests pass `ws`; browsers use the global WebSocket. */
  createSocket?: (url: string) => WebSocket;
  /** Tests pass mediasoup-client's FakeHandler; browsers are detected. */
  handlerFactory?: msc.HandlerFactory;
  /** How long opening the signalling socket may take before the sfu counts as unreachable. */
  connectTimeoutMs?: number;
  /** How long a transport may stay `disconnected` before its ICE is restarted (`failed` restarts at once). */
  iceDisconnectedGraceMs?: number;
  /** When received video is given up for audio only; `false` never does. */
  videoFallback?: VideoFallbackOptions | false;
  /** How often a joined client pings the sfu, and how long the answer may take before the path counts as lost. */
  keepalive?: { intervalMs: number; timeoutMs: number };
}

/** WebSocket.OPEN, spelled out: Node 20 (tests) has no global WebSocket. */
const OPEN = 1;
const RECONNECT_DELAYS_MS = [250, 1000, 2000, 4000, 8000];
const CHAT_ATTEMPTS = 5;
/** A restarted ICE that has not connected by then is restarted again (its path may have changed once more). */
const ICE_RESTART_RETRY_MS = [4000, 6000, 10_000];
/**
 * Simulcast for the camera: three layers (¼, ½ and full resolution of the 640×360 capture), so the sfu can
 * give a participant on a poor downlink a smaller layer instead of a frozen picture. The bitrates cap each
 * layer; VP8 temporal layers (L1T3) let the sfu also drop frame rate before resolution.
 */
const CAMERA_ENCODINGS: RTCRtpEncodingParameters[] = [
  {
    rid: 'r0',
    scaleResolutionDownBy: 4,
    maxBitrate: 120_000,
    scalabilityMode: 'L1T3',
  } as RTCRtpEncodingParameters,
  {
    rid: 'r1',
    scaleResolutionDownBy: 2,
    maxBitrate: 350_000,
    scalabilityMode: 'L1T3',
  } as RTCRtpEncodingParameters,
  {
    rid: 'r2',
    scaleResolutionDownBy: 1,
    maxBitrate: 900_000,
    scalabilityMode: 'L1T3',
  } as RTCRtpEncodingParameters,
];
const FALLBACK_CHECK_MS = 1000;
/** Lost signalling is noticed within ~20 s, the time a patient waits on a frozen picture before calling. */
const KEEPALIVE = { intervalMs: 10_000, timeoutMs: 10_000 };
/** The close code the client gives itself when pings go unanswered: not final, so it reconnects. */
const KEEPALIVE_LOST = 4900;

export class ConsultationClient extends Emitter<ConsultationEvents> {
  state: CallState = 'connecting';
  self: PeerInfo | null = null;
  readonly peers = new Map<string, PeerInfo>();
  readonly remoteTracks = new Map<string, RemoteTrack>();
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private device: Device | null = null;
  private sendTransport: msc.Transport | null = null;
  private recvTransport: msc.Transport | null = null;
  private readonly consumers = new Map<string, msc.Consumer>();
  private readonly producers = new Map<Source, msc.Producer>();
  /** What the user publishes, kept across reconnects so it is re-published automatically. */
  private readonly local = new Map<Source, { track: MediaStreamTrack; paused: boolean }>();
  private attempt = 0;
  private unauthorizedRetried = false;
  private closedForGood = false;
  private readonly fallback: VideoFallback | null;
  private fallbackTimer: ReturnType<typeof setInterval> | undefined;
  private keepaliveTimer: ReturnType<typeof setInterval> | undefined;
  private readonly lossTotals = new Map<string, { received: number; lost: number }>();

  constructor(private readonly options: ConsultationClientOptions) {
    super();
    this.fallback = options.videoFallback === false ? null : new VideoFallback(options.videoFallback);
  }

  /** Joins the room; resolves once media (if any) is set up. */
  async connect(): Promise<void> {
    this.setState(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const grant = await this.options.getToken();
    const { token, iceServers = [] } = typeof grant === 'string' ? { token: grant } : grant;
    await this.openSocket();
    const joined = await this.request('join', { token });
    this.self = joined.self;
    this.peers.clear();
    for (const p of joined.peers) this.peers.set(p.peerId, p);
    this.emit('peers', [...this.peers.values()]);
    this.emit('activeSpeaker', joined.activeSpeakerPeerId);
    if (joined.routerRtpCapabilities) await this.setUpMedia(joined, [...iceServers, ...joined.iceServers]);
    this.attempt = 0;
    this.unauthorizedRetried = false;
    this.setState('connected');
    this.keepAlive();
  }

  /** Pings the sfu on the current socket; an unanswered ping counts as a lost connection (see `KEEPALIVE`). */
  private keepAlive() {
    clearInterval(this.keepaliveTimer);
    const socket = this.socket;
    const { intervalMs, timeoutMs } = this.options.keepalive ?? KEEPALIVE;
    this.keepaliveTimer = setInterval(() => {
      if (!socket || socket !== this.socket) return clearInterval(this.keepaliveTimer);
      const lost = setTimeout(() => {
        this.onClose(socket, KEEPALIVE_LOST, 'the sfu stopped answering');
        socket.close();
      }, timeoutMs);
      this.request('ping', {}).then(
        () => clearTimeout(lost),
        () => clearTimeout(lost),
      );
    }, intervalMs);
  }

  /** Starts or replaces (device switch) what a source sends. */
  async publish(source: Source, track: MediaStreamTrack) {
    const existing = this.producers.get(source);
    this.local.set(source, { track, paused: existing?.paused ?? false });
    if (existing) return existing.replaceTrack({ track });
    if (this.sendTransport) await this.produce(source);
  }

  async setPaused(source: Source, paused: boolean) {
    const entry = this.local.get(source);
    if (entry) entry.paused = paused;
    const producer = this.producers.get(source);
    if (!producer || producer.paused === paused) return;
    if (paused) producer.pause();
    else producer.resume();
    await this.request(paused ? 'pauseProducer' : 'resumeProducer', { producerId: producer.id });
  }

  async unpublish(source: Source) {
    this.local.delete(source);
    const producer = this.producers.get(source);
    if (!producer) return;
    this.producers.delete(source);
    producer.close();
    await this.request('closeProducer', { producerId: producer.id });
  }

  /** Resolves once the api has stored the message; retried with the same id across reconnects. */
  async sendChat(body: string, attachmentFileId: string | null = null): Promise<ChatMessage> {
    const id = crypto.randomUUID();
    let lastError: unknown;
    for (let i = 0; i < CHAT_ATTEMPTS; i++) {
      try {
        await this.untilConnected();
        return await this.request('chat', { id, body, attachmentFileId });
      } catch (error) {
        lastError = error;
        if (
          error instanceof SfuRequestError &&
          !['persist_failed', 'closed', 'unavailable', 'unreachable'].includes(error.code)
        ) {
          throw error;
        }
        await sleep(RECONNECT_DELAYS_MS[i] ?? 8000);
      }
    }
    throw lastError;
  }

  /**
   * The highest simulcast layer wanted of a received video (0 = lowest resolution, 2 = full); a data saver,
   * and how the layer-switching test asks for a smaller picture. Bandwidth estimation may still go lower.
   */
  async setPreferredLayers(consumerId: string, spatialLayer: number) {
    await this.request('setConsumerPreferredLayers', { consumerId, spatialLayer });
  }

  /** Takes back a video that was paused for a poor downlink (the user's "try video again"). */
  async resumeVideo(consumerId: string) {
    const remote = this.remoteTracks.get(consumerId);
    if (!remote?.suspended) return;
    await this.request('resumeConsumer', { consumerId });
    remote.suspended = false;
    this.fallback?.watch(consumerId);
    this.emit('videoSuspended', { consumerId, suspended: false });
  }

  /** Doctor only: ends the consultation for everyone. */
  async endConsultation() {
    await this.request('closeRoom', {});
  }

  leave() {
    this.closedForGood = true;
    clearInterval(this.fallbackTimer);
    clearInterval(this.keepaliveTimer);
    if (this.socket?.readyState === OPEN)
      this.send({ type: 'request', id: this.nextId++, method: 'leave', data: {} });
    this.teardownMedia();
    this.socket?.close();
    this.setState('closed');
  }

  private async setUpMedia(joined: ResponseData<'join'>, iceServers: RTCIceServer[]) {
    if (!this.device) {
      this.device = new Device(
        this.options.handlerFactory ? { handlerFactory: this.options.handlerFactory } : {},
      );
      await this.device.load({ routerRtpCapabilities: joined.routerRtpCapabilities as msc.RtpCapabilities });
    }
    this.sendTransport = await this.createTransport('send', iceServers);
    this.recvTransport = await this.createTransport('recv', iceServers);
    await this.request('ready', {
      rtpCapabilities: this.device.rtpCapabilities as RequestData<'ready'>['rtpCapabilities'],
    });
    for (const source of this.local.keys()) await this.produce(source);
    clearInterval(this.fallbackTimer);
    if (this.fallback) this.fallbackTimer = setInterval(() => this.checkFallback(), FALLBACK_CHECK_MS);
  }

  /** Pauses the received videos the downlink has not carried for a while; the voice goes on. */
  private checkFallback() {
    void this.sampleLoss();
    for (const consumerId of this.fallback?.due(Date.now()) ?? []) {
      const remote = this.remoteTracks.get(consumerId);
      if (!remote || remote.paused) continue;
      remote.suspended = true;
      this.emit('videoSuspended', { consumerId, suspended: true });
      this.request('pauseConsumer', { consumerId }).catch(() => undefined);
    }
  }

  private async createTransport(direction: 'send' | 'recv', iceServers: RTCIceServer[]) {
    const device = this.device!;
    const params = await this.request('createWebRtcTransport', { direction });
    const options = {
      id: params.id,
      iceParameters: params.iceParameters as msc.IceParameters,
      iceCandidates: params.iceCandidates as unknown as msc.IceCandidate[],
      dtlsParameters: params.dtlsParameters as msc.DtlsParameters,
      iceServers,
      ...(this.options.iceTransportPolicy ? { iceTransportPolicy: this.options.iceTransportPolicy } : {}),
    };
    const transport =
      direction === 'send' ? device.createSendTransport(options) : device.createRecvTransport(options);
    transport.on('connect', ({ dtlsParameters }, ok, fail) => {
      this.request('connectWebRtcTransport', {
        transportId: transport.id,
        dtlsParameters: dtlsParameters as RequestData<'connectWebRtcTransport'>['dtlsParameters'],
      }).then(ok, fail);
    });
    transport.on('produce', ({ kind, rtpParameters, appData }, ok, fail) => {
      this.request('produce', {
        transportId: transport.id,
        kind,
        source: appData.source as Source,
        rtpParameters: rtpParameters as RequestData<'produce'>['rtpParameters'],
      }).then(({ producerId }) => ok({ id: producerId }), fail);
    });
    this.watchIce(transport, direction);
    return transport;
  }

  /** Each watched video's packet loss since the last check, as the browser counts it (after retransmission). */
  private async sampleLoss() {
    for (const [consumerId, consumer] of this.consumers) {
      if (consumer.kind !== 'video' || !this.fallback?.watching(consumerId)) continue;
      let received = 0;
      let lost = 0;
      try {
        (await consumer.getStats()).forEach(
          (s: { type: string; packetsReceived?: number; packetsLost?: number }) => {
            if (s.type !== 'inbound-rtp') return;
            received += s.packetsReceived ?? 0;
            lost += s.packetsLost ?? 0;
          },
        );
      } catch {
        continue;
      }
      const previous = this.lossTotals.get(consumerId);
      this.lossTotals.set(consumerId, { received, lost });
      if (!previous) continue;
      const dReceived = received - previous.received;
      const dLost = lost - previous.lost;
      if (dReceived + dLost > 0) this.fallback.loss(consumerId, dReceived, Math.max(0, dLost), Date.now());
    }
  }

  /**
   * A changed network (Wi-Fi → LTE) or a broken path drops ICE while the signalling socket may well survive:
   * `failed` restarts ICE at once, `disconnected` (often a blip that heals itself) after a grace period. The
   * sfu hands out new ICE credentials (`restartIce`) and the browser gathers and checks paths anew. A restart
   * that has not connected in a few seconds is repeated; a lost socket rebuilds everything anyway.
   */
  private watchIce(transport: msc.Transport, direction: 'send' | 'recv') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retries = 0;
    const restart = () => {
      clearTimeout(timer);
      if (transport.closed || this.socket?.readyState !== OPEN) return;
      this.emit('iceRestart', { direction });
      this.request('restartIce', { transportId: transport.id })
        .then(({ iceParameters }) =>
          transport.closed
            ? undefined
            : transport.restartIce({ iceParameters: iceParameters as msc.IceParameters }),
        )
        .catch(() => undefined);
      const retryIn = ICE_RESTART_RETRY_MS[Math.min(retries++, ICE_RESTART_RETRY_MS.length - 1)]!;
      timer = setTimeout(() => {
        if (transport.connectionState !== 'connected') restart();
      }, retryIn);
    };
    transport.on('connectionstatechange', (state) => {
      this.emit('mediaConnection', { direction, state });
      if (state === 'connected') {
        clearTimeout(timer);
        retries = 0;
      } else if (state === 'failed') {
        restart();
      } else if (state === 'disconnected') {
        clearTimeout(timer);
        timer = setTimeout(restart, this.options.iceDisconnectedGraceMs ?? 3000);
      } else if (state === 'closed') {
        clearTimeout(timer);
      }
    });
    transport.observer.on('close', () => clearTimeout(timer));
  }

  private async produce(source: Source) {
    const entry = this.local.get(source);
    if (!entry || !this.sendTransport) return;
    const producer = await this.sendTransport.produce({
      track: entry.track,
      stopTracks: false,
      appData: { source },
      ...(source === 'mic' ? { codecOptions: { opusDtx: true, opusFec: true } } : {}),
      ...(source === 'camera'
        ? { encodings: CAMERA_ENCODINGS, codecOptions: { videoGoogleStartBitrate: 1000 } }
        : {}),
    });
    this.producers.set(source, producer);
    if (entry.paused) await this.setPaused(source, true);
  }

  private async onNewConsumer(n: NotificationData<'newConsumer'>) {
    if (!this.recvTransport) return;
    const consumer = await this.recvTransport.consume({
      id: n.consumerId,
      producerId: n.producerId,
      kind: n.kind,
      rtpParameters: n.rtpParameters as msc.RtpParameters,
    });
    this.consumers.set(consumer.id, consumer);
    const remote: RemoteTrack = {
      consumerId: consumer.id,
      peerId: n.peerId,
      kind: n.kind,
      source: n.source,
      track: consumer.track,
      paused: n.producerPaused,
      suspended: false,
    };
    this.remoteTracks.set(consumer.id, remote);
    this.emit('remoteTrack', remote);
    await this.request('resumeConsumer', { consumerId: consumer.id });
    if (n.kind === 'video' && n.source === 'camera' && !n.producerPaused) this.fallback?.watch(consumer.id);
  }

  private removeConsumer(consumerId: string) {
    this.lossTotals.delete(consumerId);
    this.fallback?.forget(consumerId);
    this.consumers.get(consumerId)?.close();
    this.consumers.delete(consumerId);
    if (this.remoteTracks.delete(consumerId)) this.emit('remoteTrackRemoved', { consumerId });
  }

  private onNotification<M extends NotificationMethod>(method: M, data: NotificationData<M>) {
    const d = data as NotificationData<NotificationMethod>;
    switch (method) {
      case 'peerJoined':
        this.peers.set((d as PeerInfo).peerId, d as PeerInfo);
        return this.emit('peers', [...this.peers.values()]);
      case 'peerLeft':
        this.peers.delete((d as { peerId: string }).peerId);
        return this.emit('peers', [...this.peers.values()]);
      case 'newConsumer':
        return void this.onNewConsumer(d as NotificationData<'newConsumer'>).catch(() => undefined);
      case 'consumerClosed':
        return this.removeConsumer((d as { consumerId: string }).consumerId);
      case 'consumerPaused':
      case 'consumerResumed': {
        const { consumerId } = d as { consumerId: string };
        const remote = this.remoteTracks.get(consumerId);
        if (remote) remote.paused = method === 'consumerPaused';
        // A camera the sender turned off tells nothing about this side's downlink.
        if (method === 'consumerPaused') this.fallback?.forget(consumerId);
        else if (remote?.kind === 'video' && remote.source === 'camera' && !remote.suspended)
          this.fallback?.watch(consumerId);
        return this.emit('remoteTrackPaused', { consumerId, paused: method === 'consumerPaused' });
      }
      case 'activeSpeaker':
        return this.emit('activeSpeaker', (d as { peerId: string | null }).peerId);
      case 'networkQuality':
        return this.emit('networkQuality', d as NotificationData<'networkQuality'>);
      case 'consumerScore': {
        const { consumerId, score } = d as NotificationData<'consumerScore'>;
        return this.fallback?.score(consumerId, score, Date.now());
      }
      case 'consumerLayers': {
        const { consumerId, spatialLayer } = d as NotificationData<'consumerLayers'>;
        return this.fallback?.layers(consumerId, spatialLayer, Date.now());
      }
      case 'chatMessage':
        return this.emit('chatMessage', d as ChatMessage);
      case 'closing':
        return; // the close code that follows decides
    }
  }

  /** Rejects with code `unreachable` when the sfu does not answer (refused, or nothing within the timeout). */
  private openSocket() {
    return new Promise<void>((resolve, reject) => {
      const socket = this.options.createSocket?.(this.options.url) ?? new WebSocket(this.options.url);
      this.socket = socket;
      const timer = setTimeout(() => {
        reject(new SfuRequestError('unreachable', 'the sfu did not answer'));
        socket.close();
      }, this.options.connectTimeoutMs ?? 10_000);
      socket.addEventListener(
        'open',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
      socket.addEventListener(
        'error',
        () => {
          clearTimeout(timer);
          reject(new SfuRequestError('unreachable', 'could not connect'));
        },
        { once: true },
      );
      socket.addEventListener('message', (event) => this.onMessage(String(event.data)));
      socket.addEventListener('close', (event) => this.onClose(socket, event.code, event.reason));
    });
  }

  private onMessage(text: string) {
    const message = serverMessageSchema.safeParse(JSON.parse(text));
    if (!message.success) return;
    const m = message.data;
    if (m.type === 'response') {
      const waiter = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) waiter?.resolve(m.data);
      else waiter?.reject(new SfuRequestError(m.error.code, m.error.message));
      return;
    }
    const method = m.method as NotificationMethod;
    const parsed = notifications[method]?.safeParse(m.data);
    if (parsed?.success) this.onNotification(method, parsed.data);
  }

  private onClose(socket: WebSocket, code: number, reason: string) {
    if (socket !== this.socket) return;
    // Forgotten at once: a socket given up on (unanswered pings) may still report its close much later.
    this.socket = null;
    clearInterval(this.keepaliveTimer);
    for (const { reject } of this.pending.values())
      reject(new SfuRequestError('closed', `socket closed (${code})`));
    this.pending.clear();
    this.teardownMedia();
    if (this.closedForGood) return;
    const final =
      code === closeCodes.roomClosed ||
      code === closeCodes.replaced ||
      (code === closeCodes.unauthorized && this.unauthorizedRetried);
    if (final) {
      this.closedForGood = true;
      this.setState('closed');
      this.emit('closed', { code, reason });
      return;
    }
    // An expired token is the usual cause of 4001 on a rejoin: one more try with a fresh token.
    if (code === closeCodes.unauthorized) this.unauthorizedRetried = true;
    this.setState('reconnecting');
    const delay =
      code === closeCodes.reconnect && this.attempt === 0 ? 0 : (RECONNECT_DELAYS_MS[this.attempt] ?? 8000);
    this.attempt += 1;
    setTimeout(() => {
      if (!this.closedForGood) this.connect().catch(() => this.socket?.close());
    }, delay);
  }

  private teardownMedia() {
    clearInterval(this.fallbackTimer);
    for (const id of [...this.consumers.keys()]) this.removeConsumer(id);
    for (const producer of this.producers.values()) producer.close();
    this.producers.clear();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.sendTransport = this.recvTransport = null;
  }

  private request<M extends RequestMethod>(method: M, data: RequestData<M>): Promise<ResponseData<M>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.socket?.readyState !== OPEN) return reject(new SfuRequestError('closed', 'not connected'));
      this.pending.set(id, {
        resolve: (v) => resolve(requests[method].response.parse(v) as ResponseData<M>),
        reject,
      });
      this.send({ type: 'request', id, method, data });
    });
  }

  private send(message: unknown) {
    this.socket?.send(JSON.stringify(message));
  }

  private untilConnected() {
    if (this.state === 'connected') return Promise.resolve();
    if (this.state === 'closed') return Promise.reject(new SfuRequestError('forbidden', 'the call is over'));
    return new Promise<void>((resolve, reject) => {
      const onState = (state: CallState) => {
        if (state === 'connecting' || state === 'reconnecting') return;
        this.off('state', onState);
        if (state === 'connected') resolve();
        else reject(new SfuRequestError('forbidden', 'the call is over'));
      };
      this.on('state', onState);
    });
  }

  private setState(state: CallState) {
    if (this.state === state) return;
    this.state = state;
    this.emit('state', state);
  }
}

export class SfuRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'SfuRequestError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
