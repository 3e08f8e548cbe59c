import type { Redis } from 'ioredis';
import { auditBatch, listedReads } from '../../auth/audit.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';

/**
 * How long a session's sight of a patient on a polled list (the worklist, the population view) counts as one
 * access. The pages poll every few seconds; a row per patient per poll buried the log (and a patient's "who
 * saw my data") in repeats.
 */
export const LISTED_SIGHTING_WINDOW_SECONDS = 10 * 60;

type List = 'worklist' | 'population';

const key = (list: List, tokenHash: string, patientId: string) => `audit:${list}:${tokenHash}:${patientId}`;

/**
 * The patients this session has not yet been recorded seeing on `list` in the current window, claimed in
 * Redis (`SET NX EX`) so every api process agrees. When Redis cannot answer, every patient is returned: the
 * log errs towards a repeated row, never a missing one. `release` gives the claims back when the audit insert
 * fails, so the next poll records them.
 */
export async function claimSightings(redis: Redis, list: List, tokenHash: string, patientIds: string[]) {
  const ids = [...new Set(patientIds)];
  const release = async (claimed: string[]) => {
    if (claimed.length)
      await redis.del(...claimed.map((id) => key(list, tokenHash, id))).catch(() => undefined);
  };
  if (!ids.length) return { unrecorded: [], release };
  try {
    const pipeline = redis.pipeline();
    for (const id of ids)
      pipeline.set(key(list, tokenHash, id), '1', 'EX', LISTED_SIGHTING_WINDOW_SECONDS, 'NX');
    const results = (await pipeline.exec()) ?? [];
    return { unrecorded: ids.filter((_, i) => results[i]?.[0] || results[i]?.[1] === 'OK'), release };
  } catch {
    return { unrecorded: ids, release: async () => undefined };
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
}
