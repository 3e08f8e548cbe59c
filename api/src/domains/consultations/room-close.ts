import type { Deps } from '../../http/context.js';
import type { Logger } from '../../logger.js';
import { findRoomNode } from './placement.js';

/** The sfu answers from memory; a node that takes longer is unwell and the cancel must not wait on it. */
const CLOSE_TIMEOUT_MS = 2000;

/**
 * Tells the sfu node holding a cancelled consultation's room to close it, so nobody stays connected to a
 * consultation that no longer exists. Best-effort: the cancellation already happened and stands; the sfu
 * also refuses new joins on its own once the api stops granting them. Never throws.
 */
export async function closeSfuRoom(
  deps: Pick<Deps, 'redis' | 'config'>,
  log: Logger,
  appointmentId: string,
): Promise<void> {
  try {
    const node = await findRoomNode(deps.redis, appointmentId, deps.config.SFU_PUBLIC_URL);
    if (!node) return;
    // Signalling and the internal HTTP endpoints share one port: ws(s):// becomes http(s)://.
    const url = new URL(`/internal/rooms/${appointmentId}/close`, node.replace(/^ws/, 'http'));
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${deps.config.INTERNAL_API_SECRET}` },
      signal: AbortSignal.timeout(CLOSE_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.ok) log.info({ appointmentId, node }, 'sfu room closed after cancellation');
    else log.warn({ appointmentId, node, status: response.status }, 'sfu refused to close a room');
  } catch (error) {
    log.warn({ err: error, appointmentId }, 'could not reach the sfu to close a room');
  }
}
