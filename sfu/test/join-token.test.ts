import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JoinTokenError, signJoinToken, verifyJoinToken, type JoinTokenClaims } from '../src/join-token.js';

const secret = 'a-test-secret-that-is-long-enough';
const claims: JoinTokenClaims = {
  room: randomUUID(),
  sub: randomUUID(),
  name: 'Анна Петрова',
  role: 'patient',
  media: 'video',
  iat: 1_800_000_000,
  exp: 1_800_000_600,
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof JoinTokenError) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('join tokens', () => {
  it('round-trips the claims before expiry', () => {
    const token = signJoinToken(claims, secret);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyJoinToken(token, secret, claims.exp - 1)).toEqual(claims);
  });

  it('rejects an expired token', () => {
    const token = signJoinToken(claims, secret);
    expect(codeOf(() => verifyJoinToken(token, secret, claims.exp))).toBe('expired');
  });

  it('rejects a token signed with another secret', () => {
    const token = signJoinToken(claims, 'someone-elses-secret-0123456789');
    expect(codeOf(() => verifyJoinToken(token, secret, claims.iat))).toBe('bad_signature');
  });

  it('rejects a payload changed after signing (another room, another role)', () => {
    const token = signJoinToken(claims, secret);
    const [, signature] = token.split('.');
    for (const change of [{ room: randomUUID() }, { role: 'doctor' }, { exp: claims.exp + 3600 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
      expect(codeOf(() => verifyJoinToken(`${forged}.${signature}`, secret, claims.iat))).toBe(
        'bad_signature',
      );
    }
  });

  it('rejects a changed signature', () => {
    const token = signJoinToken(claims, secret);
    // Change a character inside the signature: the last base64url character may carry only padding bits.
    const at = token.indexOf('.') + 5;
    const changed = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    expect(codeOf(() => verifyJoinToken(changed, secret, claims.iat))).toBe('bad_signature');
  });

  it('rejects malformed tokens, including well-signed garbage', () => {
    for (const bad of ['', 'abc', 'a.b.c', '.sig']) {
      expect(codeOf(() => verifyJoinToken(bad, secret, claims.iat))).toMatch(/malformed|bad_signature/);
    }
    expect(codeOf(() => verifyJoinToken('', secret))).toBe('malformed');
    const payload = Buffer.from(JSON.stringify({ room: 'not-a-uuid' })).toString('base64url');
    const sig = createHmac('sha256', secret).update(payload).digest('base64url');
    expect(codeOf(() => verifyJoinToken(`${payload}.${sig}`, secret, claims.iat))).toBe('malformed');
  });

  it('refuses to sign invalid claims', () => {
    expect(() => signJoinToken({ ...claims, role: 'admin' as 'doctor' }, secret)).toThrow();
  });
});
