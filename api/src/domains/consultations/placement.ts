import type { Redis } from 'ioredis';
import { z } from '@hono/zod-openapi';

/** What each sfu node publishes in Redis (`sfu:nodes:<id>`, see sfu/src/load-report.ts). */
const nodeLoadSchema = z.looseObject({
  nodeId: z.string(),
  url: z.string().nullable(),
  rooms: z.number(),
  score: z.number(),
});

/** A room stays on its node for this long after it was placed (longer than any consultation). */
const ROOM_PLACEMENT_TTL_SECONDS = 6 * 3600;
const roomKey = (appointmentId: string) => `sfu:rooms:${appointmentId}`;

/** Every report the sfu nodes have in Redis, as written (expired nodes are gone). */
export async function readNodeReports(redis: Redis): Promise<unknown[]> {
  // SCAN patterns and results are not rewritten by ioredis' keyPrefix; commands on keys are.
  const prefix = redis.options.keyPrefix ?? '';
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}sfu:nodes:*`, 'COUNT', 100);
    cursor = next;
    keys.push(...batch.map((k) => k.slice(prefix.length)));
  } while (cursor !== '0');
  if (!keys.length) return [];
  const values = await redis.mget(...keys);
  return values.flatMap((raw) => (raw ? [JSON.parse(raw) as unknown] : []));
}

async function liveNodes(redis: Redis) {
  return (await readNodeReports(redis)).flatMap((report) => {
    const parsed = nodeLoadSchema.safeParse(report);
    return parsed.success && parsed.data.url
      ? [parsed.data as z.infer<typeof nodeLoadSchema> & { url: string }]
      : [];
  });
}

/**
 * The sfu node a consultation's room lives on: the node it was placed on while that node is alive,
 * otherwise the least-loaded live node. Everyone in one consultation gets the same node. With no
 * node reporting (a single-node set-up without Redis reporting), the configured URL.
 */
export async function placeRoom(redis: Redis, appointmentId: string, fallbackUrl: string): Promise<string> {
  const nodes = await liveNodes(redis);
  if (!nodes.length) return fallbackUrl;
  const assigned = await redis.get(roomKey(appointmentId));
  const current = nodes.find((n) => n.nodeId === assigned);
  if (current) return current.url;
  const best = [...nodes].sort((a, b) => a.score - b.score || a.rooms - b.rooms)[0]!;
  // Compare-and-set so two people joining at once land on the same node.
  const script = `local v = redis.call('GET', KEYS[1])
    if v == false or v == ARGV[3] then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) return ARGV[1] end
    return v`;
  const chosen = (await redis.eval(
    script,
    1,
    roomKey(appointmentId),
    best.nodeId,
    ROOM_PLACEMENT_TTL_SECONDS,
    assigned ?? '',
  )) as string;
  return nodes.find((n) => n.nodeId === chosen)?.url ?? best.url;
}

/**
 * The sfu node that may hold a consultation's room, without placing it: the node it was placed on while
 * that node is alive; the configured URL when no node reports (single-node set-up); null when nodes report
 * but the room was never placed (nobody was ever given a way in).
 */
export async function findRoomNode(redis: Redis, appointmentId: string, fallbackUrl: string) {
  const nodes = await liveNodes(redis);
  if (!nodes.length) return fallbackUrl;
  const assigned = await redis.get(roomKey(appointmentId));
  return nodes.find((n) => n.nodeId === assigned)?.url ?? null;
}
