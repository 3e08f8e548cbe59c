import type { Redis } from 'ioredis';

/**
 * How long a session's sight of a patient on the worklist counts as one access. The page polls every 10 s;
 * a row per patient per poll buried the log (and a patient's "who saw my data") in repeats.
 */
export const WORKLIST_AUDIT_WINDOW_SECONDS = 10 * 60;

const key = (tokenHash: string, patientId: string) => `audit:worklist:${tokenHash}:${patientId}`;

/**
 * The patients this session has not yet been recorded seeing in the current window, claimed in Redis
 * (`SET NX EX`) so every api process agrees. When Redis cannot answer, every patient is returned: the log
 * errs towards a repeated row, never a missing one. `release` gives the claims back when the audit insert
 * fails, so the next poll records them.
 */
export async function claimWorklistSightings(redis: Redis, tokenHash: string, patientIds: string[]) {
  const ids = [...new Set(patientIds)];
  const release = async (claimed: string[]) => {
    if (claimed.length) await redis.del(...claimed.map((id) => key(tokenHash, id))).catch(() => undefined);
  };
  if (!ids.length) return { unrecorded: [], release };
  try {
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.set(key(tokenHash, id), '1', 'EX', WORKLIST_AUDIT_WINDOW_SECONDS, 'NX');
    const results = (await pipeline.exec()) ?? [];
    return { unrecorded: ids.filter((_, i) => results[i]?.[0] || results[i]?.[1] === 'OK'), release };
  } catch {
    return { unrecorded: ids, release: async () => undefined };
  }
}
