import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { SignallingClient } from '../node-client/signalling-client.js';
import { nodeKey, type NodeLoad } from '../src/load-report.js';
import { eventually, startTestSfu, token } from './harness.js';

const nodeId = `test-${randomUUID()}`;
let env: Awaited<ReturnType<typeof startTestSfu>>;
let redis: Redis;
beforeAll(async () => {
  env = await startTestSfu({
    REDIS_URL: inject('redisUrl'),
    NODE_ID: nodeId,
    LOAD_REPORT_INTERVAL_MS: '500',
  });
  redis = new Redis(inject('redisUrl'));
});
afterAll(async () => {
  await env.sfu.close();
  redis.disconnect();
});

it("publishes this node's load to Redis with an expiry, and removes it on shutdown", async () => {
  const client = await SignallingClient.connect(env.sfu.url);
  await client.request('join', { token: token({ room: randomUUID() }) });
  const load = await eventually(async () => {
    const raw = await redis.get(nodeKey(nodeId));
    const parsed = raw ? (JSON.parse(raw) as NodeLoad) : null;
    return parsed && parsed.peers === 1 ? parsed : null;
  });
  expect(load).toMatchObject({ nodeId, rooms: 1, peers: 1 });
  expect(load.workers).toHaveLength(1);
  expect(load.workers[0]).toMatchObject({
    alive: true,
    rooms: 1,
    peers: 1,
    pid: env.sfu.pool.slots[0]!.worker.pid,
  });
  const ttl = await redis.pttl(nodeKey(nodeId));
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(1500);
  client.close();
  await env.sfu.close();
  expect(await redis.exists(nodeKey(nodeId))).toBe(0);
});
