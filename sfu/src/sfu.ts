/** Wires the sfu together; `server.ts` runs it, tests and the benchmark start it in-process. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createApiClient, type ApiClient } from './api-client.js';
import type { SfuConfig } from './config.js';
import { createHttpHandler } from './http.js';
import { LoadReporter } from './load-report.js';
import { logger } from './logger.js';
import { RoomRegistry } from './rooms.js';
import { handleConnection } from './signalling.js';
import { socketLimits } from './socket-limits.js';
import { WorkerPool } from './workers.js';

// Dead sockets (closed laptop lid, lost network) are dropped after one missed ping, freeing the seat.
const PING_INTERVAL_MS = 15_000;

export interface Sfu {
  url: string;
  port: number;
  pool: WorkerPool;
  registry: RoomRegistry;
  loadReporter: LoadReporter;
  close(): Promise<void>;
}

export async function startSfu(
  config: SfuConfig,
  api: ApiClient = createApiClient(config.API_URL, config.INTERNAL_API_SECRET),
): Promise<Sfu> {
  const pool = await WorkerPool.create(config);
  const registry = new RoomRegistry(config, pool, api);
  const server = createServer(createHttpHandler(config, pool, registry));
  const wss = new WebSocketServer({ server, maxPayload: socketLimits.maxMessageBytes });
  // ws re-emits the HTTP server's errors here, and an unhandled 'error' would end the process; failing to
  // listen is still reported by the listen below.
  wss.on('error', (error) => logger.error({ err: error }, 'websocket server error'));
  const alive = new WeakMap<object, boolean>();
  wss.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
    handleConnection(socket, config, registry);
  });
  const pinger = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.get(socket)) socket.terminate();
      else {
        alive.set(socket, false);
        socket.ping();
      }
    }
  }, PING_INTERVAL_MS).unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const loadReporter = new LoadReporter(config, pool, registry);
  loadReporter.start();
  const url = `ws://${config.HOST}:${port}`;
  logger.info({ url, workers: pool.slots.length }, 'sfu listening');
  let closing: Promise<void> | undefined;

  return {
    url,
    port,
    pool,
    registry,
    loadReporter,
    close() {
      closing ??= shutdown();
      return closing;
    },
  };

  async function shutdown() {
    clearInterval(pinger);
    registry.closeAll();
    for (const socket of wss.clients) socket.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await loadReporter.stop();
    pool.close();
  }
}
