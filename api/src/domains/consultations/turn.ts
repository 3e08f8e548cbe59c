import { createHmac } from 'node:crypto';
import type { Config } from '../../config.js';

/**
 * Time-limited TURN credentials in the TURN REST API scheme that coturn implements with `use-auth-secret`
 * (draft-uberti-behave-turn-rest): username `<expiry unix seconds>:<account id>`, password
 * base64(HMAC-SHA1(static-auth-secret, username)). The TURN server needs no user database: it recomputes the
 * password from the shared secret and refuses a new allocation whose username has expired (an allocation made
 * in time keeps being refreshed: coturn 4.6.1 checks the expiry on Allocate only). The client gets fresh
 * credentials with every join grant, i.e. on every (re)connect; a leaked pair is useless after the TTL.
 */
export interface TurnCredentials {
  username: string;
  credential: string;
  /** Unix seconds. */
  expires: number;
}

export function turnCredentials(
  secret: string,
  accountId: string,
  ttlSeconds: number,
  now = Date.now(),
): TurnCredentials {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const username = `${expires}:${accountId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expires };
}

export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

/** The ICE servers handed out with a join grant: none when TURN is not configured (loopback, most tests). */
export function iceServersFor(config: Config, accountId: string): IceServer[] {
  if (!config.TURN_SECRET || config.TURN_URLS.length === 0) return [];
  const { username, credential } = turnCredentials(
    config.TURN_SECRET,
    accountId,
    config.TURN_CREDENTIAL_TTL_SECONDS,
  );
  const stun = config.TURN_URLS.filter((url) => url.startsWith('stun:'));
  const turn = config.TURN_URLS.filter((url) => !url.startsWith('stun:'));
  return [
    ...(stun.length ? [{ urls: stun }] : []),
    ...(turn.length ? [{ urls: turn, username, credential }] : []),
  ];
}
