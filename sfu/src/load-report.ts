/**
 * Every LOAD_REPORT_INTERVAL_MS this node writes its load to Redis key `sfu:nodes:<NODE_ID>` (JSON, expiring
 * after three intervals so a dead node disappears). The api places a new room on the node with the lowest
 * `score`; see sfu/README.md ("Scaling out").
 */
import { Redis } from 'ioredis';
import type { SfuConfig } from './config.js';
import { logger } from './logger.js';
import type { RoomRegistry } from './rooms.js';
import type { WorkerPool } from './workers.js';

export interface WorkerLoad {
  index: number;
  pid: number;
  alive: boolean;
  rooms: number;
  peers: number;
  consumers: number;
  /** CPU used by the worker process since the previous report, % of one core. */
  cpuPercent: number;
}

export interface NodeLoad {
  nodeId: string;
  url: string | null;
  workers: WorkerLoad[];
  rooms: number;
  peers: number;
  consumers: number;
  rssBytes: number;
  /** Mean worker CPU %: what the api compares across nodes. */
  score: number;
  updatedAt: string;
}

export const nodeKey = (nodeId: string) => `sfu:nodes:${nodeId}`;

export class LoadReporter {
  private readonly lastCpu = new Map<number, { pid: number; cpuMs: number; at: number }>();
  private timer: NodeJS.Timeout | undefined;
  private redis: Redis | null = null;

  constructor(
    private readonly config: SfuConfig,
    private readonly pool: WorkerPool,
    private readonly registry: RoomRegistry,
  ) {}

  start() {
    if (this.config.REDIS_URL) {
      this.redis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
      this.redis.on('error', (error) => logger.warn({ err: error }, 'redis error (load reporting)'));
    }
    const tick = () =>
      void this.report().catch((error: unknown) => logger.warn({ err: error }, 'load report failed'));
    tick();
    this.timer = setInterval(tick, this.config.LOAD_REPORT_INTERVAL_MS).unref();
  }

  async snapshot(): Promise<NodeLoad> {
    const workers: WorkerLoad[] = this.pool.slots.map((slot) => ({
      index: slot.index,
      pid: slot.worker.pid,
      alive: slot.alive,
      rooms: 0,
      peers: 0,
      consumers: 0,
      cpuPercent: 0,
    }));
    for (const room of this.registry.rooms.values()) {
      const slot = await room.workerSlot().catch(() => null);
      const load = slot ? workers[slot.index] : undefined;
      if (!load) continue;
      load.rooms += 1;
      load.peers += room.peers.size;
      load.consumers += room.consumerCount;
    }
    const now = Date.now();
    for (const slot of this.pool.slots) {
      const load = workers[slot.index];
      if (!load || !slot.alive) continue;
      const usage = await slot.worker.getResourceUsage().catch(() => null);
      if (!usage) continue;
      const cpuMs = usage.ru_utime + usage.ru_stime;
      const last = this.lastCpu.get(slot.index);
      if (last && last.pid === slot.worker.pid && now > last.at) {
        load.cpuPercent = Math.round(((cpuMs - last.cpuMs) / (now - last.at)) * 1000) / 10;
      }
      this.lastCpu.set(slot.index, { pid: slot.worker.pid, cpuMs, at: now });
    }
    const sum = (f: (w: WorkerLoad) => number) => workers.reduce((acc, w) => acc + f(w), 0);
    return {
      nodeId: this.config.NODE_ID,
      url: this.config.PUBLIC_URL ?? null,
      workers,
      rooms: this.registry.rooms.size,
      peers: sum((w) => w.peers),
      consumers: sum((w) => w.consumers),
      rssBytes: process.memoryUsage().rss,
      score: workers.length ? sum((w) => w.cpuPercent) / workers.length : 100,
      updatedAt: new Date(now).toISOString(),
    };
  }

  private async report() {
    const load = await this.snapshot();
    if (this.redis?.status === 'ready') {
      await this.redis.set(
        nodeKey(this.config.NODE_ID),
        JSON.stringify(load),
        'PX',
        this.config.LOAD_REPORT_INTERVAL_MS * 3,
      );
    }
  }

  async stop() {
    clearInterval(this.timer);
    if (this.redis) {
      await this.redis.del(nodeKey(this.config.NODE_ID)).catch(() => undefined);
      this.redis.disconnect();
    }
  }
}
