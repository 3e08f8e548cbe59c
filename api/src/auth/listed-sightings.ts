import type { Redis } from 'ioredis';
import { auditBatch, listedReads } from './audit.js';
import type { Actor } from './sessions.js';
import type { Db } from '../db/client.js';

/**
 * How long a session's sight of a patient on a polled list (the worklist, the population view, the day's
 * appointments) counts as one
 * access. The pages poll every few seconds; a row per patient per poll buried the log (and a patient's "who
 * saw my data") in repeats.
 */
export const LISTED_SIGHTING_WINDOW_SECONDS = 10 * 60;

type List = 'worklist' | 'population' | 'appointments';

const key = (list: List, tokenHash: string, patientId: string) => `audit:${list}:${tokenHash}:${patientId}`;

/**
 * The sightings this process recorded itself, with when their claim in Redis ends at the earliest (measured
 * from just before the claim was sent, so never later than Redis' own expiry). While one is known here the
 * polls of this process need not ask Redis: the record is stored. A claim Redis refused (another process or an
 * earlier life of this one made it) is not remembered, since its record may yet fail and be given back.
 */
const recordedHere = new WeakMap<Redis, Map<string, number>>();
/** Past this many remembered sightings the expired ones are dropped, and if that is not enough, all of them. */
const MAX_REMEMBERED = 100_000;

function remembered(redis: Redis) {
  let map = recordedHere.get(redis);
  if (!map) recordedHere.set(redis, (map = new Map()));
  return map;
}

function remember(redis: Redis, keys: string[], until: number) {
  const map = remembered(redis);
  if (map.size + keys.length > MAX_REMEMBERED) {
    const now = performance.now();
    for (const [k, end] of map) if (end <= now) map.delete(k);
    if (map.size + keys.length > MAX_REMEMBERED) map.clear(); // Redis still knows: only costs round trips
  }
  for (const k of keys) map.set(k, until);
}

/**
 * The patients this session has not yet been recorded seeing on `list` in the current window, claimed in
 * Redis (`SET NX EX`) so every api process agrees; those this process recorded itself earlier in the window are
 * known without asking (a steady poll costs no round trip). When Redis cannot answer, every patient not known
 * here is returned: the log errs towards a repeated row, never a missing one. `release` gives the claims back
 * when the audit insert fails, so the next poll records them; `stored` is called once their record is stored.
 */
export async function claimSightings(redis: Redis, list: List, tokenHash: string, patientIds: string[]) {
  const known = remembered(redis);
  const now = performance.now();
  const ids = [...new Set(patientIds)].filter((id) => !((known.get(key(list, tokenHash, id)) ?? 0) > now));
  const release = async (claimed: string[]) => {
    if (claimed.length)
      await redis.del(...claimed.map((id) => key(list, tokenHash, id))).catch(() => undefined);
  };
  const none = { unrecorded: [] as string[], release, stored: () => undefined };
  if (!ids.length) return none;
  try {
    const pipeline = redis.pipeline();
    for (const id of ids)
      pipeline.set(key(list, tokenHash, id), '1', 'EX', LISTED_SIGHTING_WINDOW_SECONDS, 'NX');
    const results = (await pipeline.exec()) ?? [];
    const claimed = ids.filter((_, i) => !results[i]?.[0] && results[i]?.[1] === 'OK');
    const unrecorded = ids.filter((_, i) => results[i]?.[0] || results[i]?.[1] === 'OK');
    return {
      unrecorded,
      release,
      stored: () =>
        remember(
          redis,
          claimed.map((id) => key(list, tokenHash, id)),
          now + LISTED_SIGHTING_WINDOW_SECONDS * 1000,
        ),
    };
  } catch {
    return { ...none, unrecorded: ids, release: async () => undefined };
  }
}

/**
 * Records the patients a polled list showed, once per session window each; awaited and batched with other
 * requests' rows, so nothing is answered before its record is stored.
 */
export async function recordSightings(
  deps: { db: Db; redis: Redis },
  actor: Actor,
  requestId: string | undefined,
  entry: { list: List; action: string; resourceType: string },
  patientIds: string[],
) {
  const seen = await claimSightings(deps.redis, entry.list, actor.tokenHash, patientIds);
  try {
    await auditBatch(deps.db).write(
      actor,
      requestId,
      ...listedReads(entry.action, entry.resourceType, seen.unrecorded, (patientId) => ({ patientId })),
    );
  } catch (error) {
    await seen.release(seen.unrecorded);
    throw error;
  }
  seen.stored();
}
