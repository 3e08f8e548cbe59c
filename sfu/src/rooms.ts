import type { ApiClient } from './api-client.js';
import type { SfuConfig } from './config.js';
import { Room, type RoomCloseReason } from './room.js';
import type { WorkerPool } from './workers.js';

// Join tokens live minutes (api JOIN_TOKEN_TTL_SECONDS ≤ 1 h); an ended room must refuse them that long.
const ENDED_MEMORY_MS = 2 * 60 * 60 * 1000;

/** The rooms on this node, plus the ones that ended here recently (they must not be re-opened by a rejoin). */
export class RoomRegistry {
  readonly rooms = new Map<string, Room>();
  private readonly ended = new Map<string, number>();
  private readonly started = new Set<string>();

  constructor(
    private readonly config: SfuConfig,
    private readonly pool: WorkerPool,
    private readonly api: ApiClient,
  ) {}

  hasEnded(roomId: string) {
    const at = this.ended.get(roomId);
    return at !== undefined && Date.now() - at < ENDED_MEMORY_MS;
  }

  getOrCreate(roomId: string): Room {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = new Room(roomId, {
        config: this.config,
        pool: this.pool,
        api: this.api,
        markStarted: (id) => !this.started.has(id) && Boolean(this.started.add(id)),
        onClosed: (closed, reason) => this.onClosed(closed, reason),
      });
      this.rooms.set(roomId, room);
    }
    return room;
  }

  /** Ends a consultation's room (doctor or api); false when no such room is open here. */
  end(roomId: string): boolean {
    const room = this.rooms.get(roomId);
    this.ended.set(roomId, Date.now());
    room?.close('ended');
    return Boolean(room);
  }

  private onClosed(room: Room, reason: RoomCloseReason) {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    if (reason === 'ended') this.ended.set(room.id, Date.now());
    const now = Date.now();
    for (const [id, at] of this.ended) if (now - at >= ENDED_MEMORY_MS) this.ended.delete(id);
    // Ended rooms cannot reopen, so their 'started' mark is no longer needed.
    if (reason === 'ended') this.started.delete(room.id);
  }

  closeAll() {
    for (const room of [...this.rooms.values()]) room.close('shutdown');
  }
}
