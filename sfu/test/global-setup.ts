/** Provides the mediasoup worker binary and a throwaway real redis-server (load-reporting test). */
import type { TestProject } from 'vitest/node';
import { mediasoupWorkerBin } from '../../scripts/services/mediasoup-worker.js';
import { startRedis } from '../../scripts/services/redis.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    mediasoupWorkerBin: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('mediasoupWorkerBin', mediasoupWorkerBin());
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
