/**
 * The state of one person's side of a consultation, as Svelte runes: the sfu connection (through
 * `@telemed/sfu/client`), what this side sends, what it receives, the chat log and the timings a benchmark reads.
 */
import { ConsultationClient, SfuRequestError, type CallState, type RemoteTrack } from '@telemed/sfu/client';
import { closeCodes } from '@telemed/sfu/protocol';
import { chatHistorySchema, chatItemSchema, mergeChat, type ChatItem } from './chat-log.js';
import { openTrack, stopTrack, type MediaFormat } from './devices.js';
import { fetchGrant, GrantError, type JoinGrant } from './grant.js';

/** `fallback`: the sfu could not be reached; the consultation goes on as chat through the api. */
export type Phase = 'idle' | 'joining' | 'in-call' | 'fallback' | 'left' | 'ended' | 'failed';
export type Failure = 'not-open' | 'not-found' | 'join-failed';
export type Role = 'patient' | 'doctor' | 'guest';

export interface Peer {
  peerId: string;
  accountId: string;
  name: string;
  role: Role;
}

export interface Quality {
  uplink: number | null;
  downlink: number | null;
}

export interface PendingMessage {
  key: number;
  body: string;
  failed: boolean;
}

export interface CallSessionOptions {
  media: MediaFormat;
  role: Role;
  /** BFF endpoint: POST → a fresh join grant (called on every (re)connect). */
  grantUrl: string;
  /** BFF endpoint: GET → the chat history; POST → a message stored without the sfu. */
  historyUrl: string;
  /** BFF endpoint: POST {type} → an event on the appointment's record (the sfu could not be reached). */
  eventsUrl?: string;
  /**
   * Send media only through TURN (`iceTransportPolicy: 'relay'`). Honoured only when the grant names TURN
   * servers, so it can never leave a call without any path. See `relayRequested`.
   */
  relayOnly?: boolean;
}

/**
 * `?ice=relay` on a call page: media goes only through the TURN server. A support tool for networks where
 * direct media half-works, and how the end-to-end test proves the TURN path; it changes nothing but the
 * browser's own candidate choice.
 */
export function relayRequested(search: string): boolean {
  return /(?:^\?|&)ice=relay(?:&|$)/.test(search);
}

/** What tests and the join benchmark read from the page (`window.__telemedCall`); `performance.now()` times. */
export interface CallTimings {
  joinPressed: number | null;
  firstRemoteVideoFrame: number | null;
  /** How often the connection dropped and was rejoined since the page opened. */
  reconnects: number;
  /** How often a media transport's ICE was restarted (network change) without rejoining. */
  iceRestarts: number;
}

declare global {
  interface Window {
    __telemedCall?: { readonly phase: Phase; readonly connection: CallState; timings: CallTimings };
  }
}

export class CallSession {
  phase = $state<Phase>('idle');
  failure = $state<Failure | null>(null);
  /** When a call refused as not open yet opens (ISO), for the page to say so and try again then. */
  opensAt = $state<string | null>(null);
  connection = $state<CallState>('connecting');
  /** The close code that ended the call for good (consultation over, replaced by another tab, refused). */
  closeCode = $state<number | null>(null);
  self = $state<Peer | null>(null);
  peers = $state<Peer[]>([]);
  remote = $state.raw<RemoteTrack[]>([]);
  activeSpeaker = $state<string | null>(null);
  quality = $state<Record<string, Quality>>({});
  mic = $state.raw<MediaStreamTrack | null>(null);
  camera = $state.raw<MediaStreamTrack | null>(null);
  screen = $state.raw<MediaStreamTrack | null>(null);
  micMuted = $state(false);
  cameraOff = $state(false);
  /** The user dropped their video in a video consultation (or the consultation is audio-only). */
  audioOnly = $state(false);
  /** A media transport lost its path and ICE is being restarted; the signalling socket is still up. */
  mediaInterrupted = $state(false);
  /** Received videos get the lowest simulcast layer (a patient on a metered or slow connection). */
  dataSaver = $state(false);
  /**
   * The sfu cannot be reached (the first connect failed, or a rejoin has not worked for a while): chat goes
   * through the api and both sides are told so; the doctor may call the patient by phone.
   */
  sfuUnreachable = $state(false);
  messages = $state<ChatItem[]>([]);
  pending = $state<PendingMessage[]>([]);
  readonly timings: CallTimings = {
    joinPressed: null,
    firstRemoteVideoFrame: null,
    reconnects: 0,
    iceRestarts: 0,
  };

  private client: ConsultationClient | null = null;
  private unsubscribe: (() => void)[] = [];
  private nextPendingKey = 1;
  private unreachableTimer: ReturnType<typeof setTimeout> | undefined;
  private historyPoll: ReturnType<typeof setInterval> | undefined;
  private outageReported = false;
  /** The camera to bring back after audio-only mode. */
  private cameraDeviceId: string | null = null;
  /** Each media transport's last connection state (plain data: `mediaInterrupted` is the reactive part). */
  private transportStates: Partial<Record<'send' | 'recv', RTCPeerConnectionState>> = {};

  constructor(readonly options: CallSessionOptions) {
    this.audioOnly = options.media === 'audio';
    if (typeof window !== 'undefined') {
      window.__telemedCall = Object.defineProperties(
        { timings: this.timings },
        {
          phase: { get: () => this.phase, enumerable: true },
          connection: { get: () => this.connection, enumerable: true },
        },
      ) as NonNullable<Window['__telemedCall']>;
    }
  }

  /** The patient's waiting room ends when the doctor is in the room. */
  get doctorPresent() {
    return this.peers.some((p) => p.role === 'doctor' && p.peerId !== this.self?.peerId);
  }

  /** Joins with the tracks the device check opened; the session owns (and stops) them from now on. */
  async join(tracks: { mic: MediaStreamTrack | null; camera: MediaStreamTrack | null }) {
    this.timings.joinPressed = performance.now();
    this.timings.firstRemoteVideoFrame = null;
    this.phase = 'joining';
    this.failure = null;
    this.closeCode = null;
    this.mic = tracks.mic;
    this.camera = this.options.media === 'video' ? tracks.camera : null;
    this.audioOnly = this.options.media === 'audio' || (this.options.media === 'video' && !this.camera);
    try {
      const first = await fetchGrant(this.options.grantUrl);
      let firstGrant: JoinGrant | null = first;
      const client = new ConsultationClient({
        url: first.sfuUrl,
        // The first grant was just issued; every later (re)connect asks the BFF for a fresh one (a fresh join
        // token and fresh TURN credentials).
        getToken: async () => {
          const { token, iceServers } = firstGrant ?? (await fetchGrant(this.options.grantUrl));
          firstGrant = null;
          return { token, iceServers };
        },
        ...(this.options.relayOnly && first.iceServers.length > 0 ? { iceTransportPolicy: 'relay' } : {}),
      });
      this.client = client;
      this.listen(client);
      if (this.mic) await client.publish('mic', this.mic);
      if (this.camera) await client.publish('camera', this.camera);
      await client.connect();
      this.phase = 'in-call';
      await this.loadHistory();
    } catch (error) {
      // Stop the client's own rejoin attempts: the page decides what happens next.
      this.client?.leave();
      this.dropClient();
      this.releaseTracks();
      if (error instanceof SfuRequestError && error.code === 'unreachable') {
        // The grant came from the api, but the sfu did not answer: carry on as chat.
        this.phase = 'fallback';
        this.setSfuUnreachable(true);
        await this.loadHistory();
        return;
      }
      this.phase = 'failed';
      this.opensAt = error instanceof GrantError ? error.opensAt : null;
      this.failure =
        error instanceof GrantError
          ? error.status === 409
            ? 'not-open'
            : error.status === 404
              ? 'not-found'
              : 'join-failed'
          : 'join-failed';
    }
  }

  leave() {
    this.setSfuUnreachable(false);
    this.client?.leave();
    this.dropClient();
    this.releaseTracks();
    this.phase = 'left';
  }

  /** Doctor only: closes the room for everybody; the api marks the consultation completed. */
  async endForAll() {
    await this.client?.endConsultation();
  }

  async setMicMuted(muted: boolean) {
    this.micMuted = muted;
    if (this.mic) this.mic.enabled = !muted;
    await this.client?.setPaused('mic', muted);
  }

  async setCameraOff(off: boolean) {
    this.cameraOff = off;
    if (this.camera) this.camera.enabled = !off;
    await this.client?.setPaused('camera', off);
  }

  /** Drops (or brings back) this side's video in a video consultation. */
  async setAudioOnly(on: boolean) {
    if (this.options.media !== 'video') return;
    this.audioOnly = on;
    if (on) {
      const camera = this.camera;
      this.cameraDeviceId = camera?.getSettings().deviceId ?? null;
      this.camera = null;
      await this.client?.unpublish('camera');
      stopTrack(camera);
      return;
    }
    const camera = await openTrack('video', this.cameraDeviceId);
    this.camera = camera;
    this.cameraOff = false;
    await this.client?.publish('camera', camera);
  }

  /** Device switch: the producer keeps its id and only its track is replaced. */
  async switchDevice(kind: 'audio' | 'video', deviceId: string) {
    const track = await openTrack(kind, deviceId);
    const source = kind === 'audio' ? 'mic' : 'camera';
    const previous = kind === 'audio' ? this.mic : this.camera;
    track.enabled = kind === 'audio' ? !this.micMuted : !this.cameraOff;
    if (kind === 'audio') this.mic = track;
    else this.camera = track;
    await this.client?.publish(source, track);
    stopTrack(previous);
  }

  /** Doctor only (the sfu refuses screens from anybody else). */
  async shareScreen() {
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const track = stream.getVideoTracks()[0];
    if (!track) return;
    // The browser's own "Stop sharing" button ends the track.
    track.addEventListener('ended', () => void this.stopScreen());
    this.screen = track;
    await this.client?.publish('screen', track);
  }

  async stopScreen() {
    const track = this.screen;
    if (!track) return;
    this.screen = null;
    stopTrack(track);
    await this.client?.unpublish('screen');
  }

  /** Prefers the lowest simulcast layer of every received camera (or the full picture again). */
  async setDataSaver(on: boolean) {
    this.dataSaver = on;
    const client = this.client;
    if (!client) return;
    for (const remote of this.remote) {
      if (remote.kind === 'video' && remote.source === 'camera')
        await client.setPreferredLayers(remote.consumerId, on ? 0 : 2).catch(() => undefined);
    }
  }

  /** "Try video again" after the video was paused for a weak downlink. */
  async retryVideo() {
    for (const remote of this.remote) if (remote.suspended) await this.client?.resumeVideo(remote.consumerId);
  }

  async sendChat(body: string) {
    const text = body.trim();
    const client = this.client;
    if (!text || (!client && !this.sfuUnreachable)) return;
    const entry: PendingMessage = { key: this.nextPendingKey++, body: text, failed: false };
    this.pending = [...this.pending, entry];
    try {
      const stored =
        this.sfuUnreachable || !client ? await this.postChatToApi(text) : await client.sendChat(text);
      this.messages = mergeChat(this.messages, [stored]);
      this.pending = this.pending.filter((p) => p.key !== entry.key);
    } catch {
      this.pending = this.pending.map((p) => (p.key === entry.key ? { ...p, failed: true } : p));
    }
  }

  /** Sends a failed message again (as a new message: the failed one never reached the api). */
  async retryChat(key: number) {
    const entry = this.pending.find((p) => p.key === key);
    if (!entry) return;
    this.pending = this.pending.filter((p) => p.key !== key);
    await this.sendChat(entry.body);
  }

  /** Without the sfu: straight to the api (idempotent by id, so a retried POST stores it once). */
  private async postChatToApi(body: string) {
    const id = crypto.randomUUID();
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const response = await fetch(this.options.historyUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ id, body }),
        });
        if (response.ok) return chatItemSchema.parse(await response.json());
        lastError = new Error(`message refused (${response.status})`);
        if (response.status < 500) break;
      } catch (error) {
        lastError = error;
      }
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
    }
    throw lastError;
  }

  /**
   * Enters or leaves the no-sfu mode: while in it, the history is polled (the other side's messages come
   * through the api), and the first time, the appointment records that the sfu could not be reached.
   */
  private setSfuUnreachable(on: boolean) {
    clearTimeout(this.unreachableTimer);
    this.unreachableTimer = undefined;
    this.sfuUnreachable = on;
    clearInterval(this.historyPoll);
    this.historyPoll = undefined;
    if (!on) return;
    this.historyPoll = setInterval(() => void this.loadHistory(), HISTORY_POLL_MS);
    if (this.outageReported || !this.options.eventsUrl) return;
    this.outageReported = true;
    void fetch(this.options.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'media_unavailable' }),
    }).catch(() => (this.outageReported = false));
  }

  markFirstRemoteFrame() {
    this.timings.firstRemoteVideoFrame ??= performance.now();
  }

  /** Replays the history from the api: on join and after every reconnect, so nothing said meanwhile is lost. */
  async loadHistory() {
    try {
      const response = await fetch(this.options.historyUrl, { headers: { accept: 'application/json' } });
      if (!response.ok) return;
      const history = chatHistorySchema.parse(await response.json());
      this.messages = mergeChat(this.messages, history.items);
    } catch {
      // The next reconnect or message fills the gap.
    }
  }

  dispose() {
    if (this.client) this.leave();
    this.setSfuUnreachable(false);
    if (typeof window !== 'undefined') delete window.__telemedCall;
  }

  private listen(client: ConsultationClient) {
    const syncRemote = () => (this.remote = [...client.remoteTracks.values()].map((r) => ({ ...r })));
    this.unsubscribe = [
      client.on('state', (state) => {
        const wasReconnecting = this.connection === 'reconnecting';
        if (state === 'reconnecting' && this.unreachableTimer === undefined && !this.sfuUnreachable) {
          // A rejoin that has not worked for a while: the sfu is down. Tell both sides and go on as chat.
          this.unreachableTimer = setTimeout(() => {
            this.unreachableTimer = undefined;
            if (this.connection === 'reconnecting') this.setSfuUnreachable(true);
          }, SFU_UNREACHABLE_AFTER_MS);
        }
        if (state === 'connected' && (this.sfuUnreachable || this.unreachableTimer !== undefined))
          this.setSfuUnreachable(false);
        if (state !== 'connected') {
          // New transports come with a rejoin.
          this.transportStates = {};
          this.mediaInterrupted = false;
        }
        if (state === 'reconnecting' && !wasReconnecting) this.timings.reconnects += 1;
        this.connection = state;
        if (state === 'connected') this.self = client.self && toPeer(client.self);
        if (state === 'connected' && wasReconnecting) void this.loadHistory();
      }),
      client.on('peers', (peers) => (this.peers = peers.map(toPeer))),
      client.on('remoteTrack', (remote) => {
        syncRemote();
        if (this.dataSaver && remote.kind === 'video' && remote.source === 'camera')
          void client.setPreferredLayers(remote.consumerId, 0).catch(() => undefined);
      }),
      client.on('videoSuspended', syncRemote),
      client.on('iceRestart', () => (this.timings.iceRestarts += 1)),
      client.on('mediaConnection', ({ direction, state }) => {
        this.transportStates[direction] = state;
        this.mediaInterrupted = Object.values(this.transportStates).some(
          (s) => s === 'disconnected' || s === 'failed',
        );
      }),
      client.on('remoteTrackPaused', syncRemote),
      client.on('remoteTrackRemoved', syncRemote),
      client.on('activeSpeaker', (peerId) => (this.activeSpeaker = peerId)),
      client.on('networkQuality', ({ peerId, uplink, downlink }) => {
        this.quality = { ...this.quality, [peerId]: { uplink, downlink } };
      }),
      client.on('chatMessage', (message) => (this.messages = mergeChat(this.messages, [message]))),
      client.on('closed', ({ code }) => {
        this.closeCode = code;
        this.dropClient();
        this.releaseTracks();
        this.phase = code === closeCodes.unauthorized ? 'failed' : 'ended';
        if (code === closeCodes.unauthorized) this.failure = 'join-failed';
      }),
    ];
  }

  private dropClient() {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.client = null;
    this.remote = [];
    this.peers = [];
    this.activeSpeaker = null;
  }

  private releaseTracks() {
    for (const track of [this.mic, this.camera, this.screen]) stopTrack(track);
    this.mic = this.camera = this.screen = null;
  }
}

/** A rejoin failing this long means the sfu is down, not a blip. */
const SFU_UNREACHABLE_AFTER_MS = 15_000;
/** Without the sfu, the other side's messages are fetched this often. */
const HISTORY_POLL_MS = 3000;

const toPeer = (p: Peer): Peer => ({ peerId: p.peerId, accountId: p.accountId, name: p.name, role: p.role });

/** 0–10 scores from the sfu → a word; below 4 calls are choppy, 7 and up look clean. */
export function qualityLevel(q: Quality | undefined): 'good' | 'fair' | 'poor' | 'unknown' {
  const scores = [q?.uplink, q?.downlink].filter((s): s is number => typeof s === 'number');
  if (scores.length === 0) return 'unknown';
  const worst = Math.min(...scores);
  return worst >= 7 ? 'good' : worst >= 4 ? 'fair' : 'poor';
}
