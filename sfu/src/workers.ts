/**
 * One mediasoup Worker per core, each with a WebRtcServer so browser media uses one fixed UDP/TCP port per worker
 * (WEBRTC_SERVER_PORT + index) instead of a port per transport. A worker that dies is replaced in the same slot
 * (same port); the rooms on it learn it through their router's `workerclose` event.
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import type { SfuConfig } from './config.js';
import { logger } from './logger.js';

export interface WorkerSlot {
  readonly index: number;
  worker: ms.Worker;
  webRtcServer: ms.WebRtcServer;
  /** False while the slot's worker is being replaced. */
  alive: boolean;
  /** Load the rooms placed here report (consumers + peers), used to pick the least-loaded worker. */
  readonly loads: Set<() => number>;
}

const RESTART_BACKOFF_MS = [0, 250, 1000, 3000];

export class WorkerPool extends EventEmitter<{ workerRestarted: [WorkerSlot] }> {
  private closed = false;

  private constructor(
    private readonly config: SfuConfig,
    readonly slots: WorkerSlot[],
  ) {
    super();
  }

  static async create(config: SfuConfig): Promise<WorkerPool> {
    if (!existsSync(mediasoup.workerBin)) {
      throw new Error(
        `mediasoup worker binary not found at ${mediasoup.workerBin}. Offline: ` +
          'export MEDIASOUP_WORKER_BIN="$(bash scripts/mediasoup-worker.sh | tail -1)"; online: allow the ' +
          'mediasoup install script (see sfu/README.md) and reinstall.',
      );
    }
    const slots: WorkerSlot[] = [];
    const pool = new WorkerPool(config, slots);
    for (let index = 0; index < config.NUM_WORKERS; index++) {
      const { worker, webRtcServer } = await pool.startWorker(index);
      const slot: WorkerSlot = { index, worker, webRtcServer, alive: true, loads: new Set() };
      slots.push(slot);
      pool.watch(slot);
    }
    logger.info({ workers: slots.map((s) => s.worker.pid) }, 'mediasoup workers started');
    return pool;
  }

  private async startWorker(index: number) {
    const worker = await mediasoup.createWorker({
      logLevel: 'warn',
      rtcMinPort: this.config.RTC_MIN_PORT,
      rtcMaxPort: this.config.RTC_MAX_PORT,
      // The worker is built without liburing (see scripts/mediasoup-worker.sh).
      disableLiburing: true,
    });
    const port = this.config.WEBRTC_SERVER_PORT + index;
    const announced = this.config.RTC_ANNOUNCED_IP ? { announcedAddress: this.config.RTC_ANNOUNCED_IP } : {};
    try {
      const webRtcServer = await worker.createWebRtcServer({
        listenInfos: [
          { protocol: 'udp', ip: this.config.RTC_LISTEN_IP, port, ...announced },
          { protocol: 'tcp', ip: this.config.RTC_LISTEN_IP, port, ...announced },
        ],
      });
      return { worker, webRtcServer };
    } catch (error) {
      worker.close();
      throw error;
    }
  }

  private watch(slot: WorkerSlot) {
    slot.worker.on('died', (error) => {
      if (this.closed) return;
      logger.error(
        { pid: slot.worker.pid, slot: slot.index, err: error },
        'mediasoup worker died, replacing it',
      );
      slot.alive = false;
      slot.loads.clear();
      void this.replace(slot);
    });
  }

  private async replace(slot: WorkerSlot) {
    for (let attempt = 0; !this.closed; attempt++) {
      await new Promise((r) =>
        setTimeout(r, RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)]),
      );
      try {
        const { worker, webRtcServer } = await this.startWorker(slot.index);
        if (this.closed) {
          worker.close();
          return;
        }
        Object.assign(slot, { worker, webRtcServer, alive: true });
        this.watch(slot);
        logger.info({ pid: worker.pid, slot: slot.index }, 'mediasoup worker replaced');
        this.emit('workerRestarted', slot);
        return;
      } catch (error) {
        logger.error({ err: error, slot: slot.index, attempt }, 'could not start a replacement worker');
      }
    }
  }

  /** The live worker with the least load; null while every worker is restarting. */
  leastLoaded(): WorkerSlot | null {
    let best: WorkerSlot | null = null;
    let bestLoad = Infinity;
    for (const slot of this.slots) {
      if (!slot.alive) continue;
      let load = 0;
      for (const measure of slot.loads) load += measure();
      if (load < bestLoad) [best, bestLoad] = [slot, load];
    }
    return best;
  }

  close() {
    this.closed = true;
    for (const slot of this.slots) slot.worker.close();
  }
}
