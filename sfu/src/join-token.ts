/**
 * Join tokens: the api signs them (POST /appointments/:id/join), the sfu verifies them on every (re)connect.
 * Compact format `base64url(JSON payload).base64url(HMAC-SHA256(secret, first part))` — no JWT library, no
 * algorithm negotiation, nothing to misconfigure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const joinTokenClaimsSchema = z.object({
  /** The consultation room: the appointment id. */
  room: z.uuid(),
  /** The account joining. */
  sub: z.uuid(),
  name: z.string().max(200),
  role: z.enum(['patient', 'doctor', 'guest']),
  media: z.enum(['video', 'audio', 'chat']),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
});
export type JoinTokenClaims = z.infer<typeof joinTokenClaimsSchema>;

export type JoinTokenErrorCode = 'malformed' | 'bad_signature' | 'expired';

export class JoinTokenError extends Error {
  constructor(readonly code: JoinTokenErrorCode) {
    super(`join token ${code.replace('_', ' ')}`);
    this.name = 'JoinTokenError';
  }
}

const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest();

export function signJoinToken(claims: JoinTokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(joinTokenClaimsSchema.parse(claims))).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
}

/** Returns the claims or throws a JoinTokenError; the signature is checked before the payload is parsed. */
export function verifyJoinToken(
  token: string,
  secret: string,
  nowSec = Math.floor(Date.now() / 1000),
): JoinTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new JoinTokenError('malformed');
  const [payload, signature] = parts as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new JoinTokenError('bad_signature');
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new JoinTokenError('malformed');
  }
  const claims = joinTokenClaimsSchema.safeParse(json);
  if (!claims.success) throw new JoinTokenError('malformed');
  if (claims.data.exp <= nowSec) throw new JoinTokenError('expired');
  return claims.data;
}
