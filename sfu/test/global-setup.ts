/** Provides the mediasoup worker binary and a throwaway real redis-server (load-reporting test). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startRedis } from '../../scripts/services/redis.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    mediasoupWorkerBin: string;
  }
}

/** MEDIASOUP_WORKER_BIN when exported (CI), else the cached offline build (built on first use, minutes). */
function mediasoupWorkerBin() {
  if (process.env.MEDIASOUP_WORKER_BIN) return process.env.MEDIASOUP_WORKER_BIN;
  const script = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../scripts/mediasoup-worker.sh',
  );
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}

export default async function setup(project: TestProject) {
  project.provide('mediasoupWorkerBin', mediasoupWorkerBin());
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
