import { toJsonText, type JsonText } from '../../http/json-text.js';
import type { FreeSlot } from './queries.js';

/** How long one window's JSON is reused; the list it is cut from is itself up to READ_CACHE_MS old. */
const BODY_MS = 1000;

type WindowJson = JsonText<{ items: FreeSlot[] }>;

const bodies = new WeakMap<readonly FreeSlot[], Map<string, { json: WindowJson; until: number }>>();

/**
 * The JSON answer for one window (`key`: dates, days, format) of a doctor's cached free slots. Patients poll the
 * same windows thousands of times a second, and serialising the window anew was the route's main cost, so each
 * cut is kept for a second beside the cached list it came from: a new list (after a booking, or when the old one
 * expires) starts afresh, and a cut is never kept past the start of its first slot, which must then drop out.
 */
export function slotWindowJson(
  all: readonly FreeSlot[],
  key: string,
  now: number,
  cut: () => FreeSlot[],
): WindowJson {
  let windows = bodies.get(all);
  if (!windows) bodies.set(all, (windows = new Map()));
  const kept = windows.get(key);
  if (kept && kept.until > now) return kept.json;
  const items = cut();
  const firstStart = items[0] ? Date.parse(items[0].startsAt) : Infinity;
  const json = toJsonText({ items });
  windows.set(key, { json, until: Math.min(now + BODY_MS, firstStart) });
  return json;
}
