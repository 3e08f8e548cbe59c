import { randomUUID } from 'node:crypto';
import type { types as ms } from 'mediasoup';
import type { JoinTokenClaims } from './join-token.js';
import type { NotificationData, NotificationMethod } from './protocol.js';
import { SfuError } from './errors.js';

/** How the room talks back to a participant's socket. */
export interface PeerChannel {
  notify<M extends NotificationMethod>(method: M, data: NotificationData<M>): void;
  close(code: number, reason: string): void;
}

export type Source = 'mic' | 'camera' | 'screen';
export type TransportDirection = 'send' | 'recv';

// A participant needs one send and one receive transport; a few spares cover re-creation after ICE failure.
const MAX_TRANSPORTS = 4;

/** One participant in a room, bound to the claims of the join token it connected with. */
export class Peer {
  readonly id = randomUUID();
  readonly transports = new Map<string, { transport: ms.Transport; direction: TransportDirection }>();
  readonly producers = new Map<string, { producer: ms.Producer; source: Source }>();
  readonly consumers = new Map<string, ms.Consumer>();
  rtpCapabilities: ms.RtpCapabilities | null = null;
  closed = false;

  constructor(
    readonly claims: JoinTokenClaims,
    readonly channel: PeerChannel,
  ) {}

  get info() {
    const { sub, name, role, media } = this.claims;
    return { peerId: this.id, accountId: sub, name, role, media };
  }

  /** The latest receive transport: consumers are created on it. */
  get recvTransport(): ms.Transport | undefined {
    let latest: ms.Transport | undefined;
    for (const { transport, direction } of this.transports.values())
      if (direction === 'recv') latest = transport;
    return latest;
  }

  addTransport(transport: ms.Transport, direction: TransportDirection) {
    // The participant left while the worker was creating it: nobody would ever close it.
    if (this.closed) {
      transport.close();
      throw new SfuError('not_joined', 'You have left the consultation');
    }
    if (this.transports.size >= MAX_TRANSPORTS) {
      transport.close();
      throw new SfuError('forbidden', 'Too many transports');
    }
    this.transports.set(transport.id, { transport, direction });
    transport.observer.once('close', () => this.transports.delete(transport.id));
  }

  // Lookups only ever search this peer's own maps: ids from another peer or room are simply not found.
  transport(id: string) {
    const entry = this.transports.get(id);
    if (!entry) throw new SfuError('not_found', 'No such transport');
    return entry;
  }

  producer(id: string) {
    const entry = this.producers.get(id);
    if (!entry) throw new SfuError('not_found', 'No such producer');
    return entry.producer;
  }

  consumer(id: string) {
    const consumer = this.consumers.get(id);
    if (!consumer) throw new SfuError('not_found', 'No such consumer');
    return consumer;
  }

  /** Closing the transports closes this peer's producers and consumers with them. */
  closeMedia() {
    for (const { transport } of [...this.transports.values()]) transport.close();
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
    this.rtpCapabilities = null;
  }

  /** Worst stream score in each direction (0-10), null when nothing flows that way. */
  networkQuality() {
    let uplink: number | null = null;
    for (const { producer } of this.producers.values()) {
      for (const { score } of producer.score) uplink = Math.min(uplink ?? 10, score);
    }
    let downlink: number | null = null;
    for (const consumer of this.consumers.values()) {
      if (!consumer.paused && !consumer.producerPaused)
        downlink = Math.min(downlink ?? 10, consumer.score.score);
    }
    return { uplink, downlink };
  }
}
