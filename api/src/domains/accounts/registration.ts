import { randomUUID } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { hashPassword } from '../../auth/password.js';
import { hitFixedWindow } from '../../auth/rate-limit.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Deps } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import { deliver } from './delivery.js';
import { codeMatches, countCodeAttempt, hashCode, newCode, tooMany } from './one-time-code.js';
import { findAccountByLogin, type AccountRow } from './queries.js';
import { registrationMessages } from './registration-messages.js';
import type { registerBodySchema } from './schemas.js';
import { createPatientAccount } from './service.js';

/**
 * Registration in two steps, so the answer never says who is already a member: POST /auth/register
 * answers 202 with the same body for new and existing e-mails and phones; a one-time code goes to each
 * new identity, and a "you already have an account" notice to each existing one (for which no code
 * works). POST /auth/register/verify with a code per identity creates the account.
 *
 * Pending registrations live in Redis for CODE_TTL_SECONDS, with only a salted hash of each code.
 */
export const CODE_TTL_SECONDS = 15 * 60;
/** Registration requests per identity and per address, per hour. */
export const REGISTRATIONS_PER_IDENTITY = 3;
export const REGISTRATIONS_PER_ADDRESS = 10;

type Channel = 'email' | 'phone';
type RegisterInput = z.infer<typeof registerBodySchema>;

export interface PendingRegistration {
  account: Omit<RegisterInput, 'password'> & { passwordHash: string };
  /** Per identity: the code's hash (null when the identity already has an account) and whether it was confirmed. */
  channels: Partial<Record<Channel, { codeHash: string | null; verified: boolean }>>;
}

const pendingKey = (id: string) => `reg:pending:${id}`;
const loginKey = (login: string) => `reg:login:${login}`;
const attemptsKey = (login: string) => `reg:tries:${login}`;

/** Step 1. Always the same outcome for the caller; what differs is only what each identity receives. */
export async function startRegistration(
  deps: Deps,
  input: RegisterInput,
  address: string,
  { codeTtlSeconds = CODE_TTL_SECONDS } = {},
) {
  const { redis, database } = deps;
  const logins = [input.email, input.phone].filter((l): l is string => !!l);
  const waits = await Promise.all([
    hitFixedWindow(redis, `rl:register:addr:${address}`, REGISTRATIONS_PER_ADDRESS, 3600),
    ...logins.map((login) =>
      hitFixedWindow(redis, `rl:register:login:${login}`, REGISTRATIONS_PER_IDENTITY, 3600),
    ),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) throw tooMany(wait, 'Too many registration attempts. Please try again later.');

  // Hashed whether or not the identity is taken, so the answer takes as long either way.
  const { password, ...account } = input;
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  const pending: PendingRegistration = { account: { ...account, passwordHash }, channels: {} };
  const messages = registrationMessages(input.locale);
  const outgoing: { channel: Channel; to: string; subject: string; text: string }[] = [];
  for (const channel of ['email', 'phone'] as const) {
    const login = input[channel];
    if (!login) continue;
    if (await findAccountByLogin(database.db, login)) {
      pending.channels[channel] = { codeHash: null, verified: false };
      outgoing.push({ channel, to: login, ...messages.alreadyRegistered });
    } else {
      const code = newCode();
      pending.channels[channel] = { codeHash: hashCode(id, code), verified: false };
      outgoing.push({ channel, to: login, ...messages.code(code, Math.ceil(codeTtlSeconds / 60)) });
    }
  }
  const multi = redis.multi().set(pendingKey(id), JSON.stringify(pending), 'EX', codeTtlSeconds);
  for (const login of logins) {
    multi.set(loginKey(login), id, 'EX', codeTtlSeconds).del(attemptsKey(login));
  }
  await multi.exec();
  await Promise.all(outgoing.map((message) => deliver(deps, message)));
}

export type VerifyOutcome =
  { status: 'complete'; account: AccountRow } | { status: 'pending'; remaining: Channel[] };

const wrongCode = () =>
  new ProblemError(400, 'The code is wrong or has expired. Check the latest message or register again.', {
    code: 'registration.wrong_code',
  });

/** Step 2: confirms one identity with its code; the account is created once every identity given is confirmed. */
export async function verifyRegistration(
  deps: Deps,
  input: { login: string; code: string },
): Promise<VerifyOutcome> {
  const { redis, database } = deps;
  await countCodeAttempt(
    redis,
    { attemptsKey: attemptsKey(input.login), codeKey: loginKey(input.login) },
    CODE_TTL_SECONDS,
    'Too many wrong codes. Register again to get a new code.',
  );
  const id = await redis.get(loginKey(input.login));
  const raw = id ? await redis.get(pendingKey(id)) : null;
  if (!id || !raw) throw wrongCode();
  const pending = JSON.parse(raw) as PendingRegistration;
  const channel: Channel = input.login === pending.account.email ? 'email' : 'phone';
  const slot = pending.channels[channel];
  if (!slot || !codeMatches(slot.codeHash, id, input.code)) throw wrongCode();

  // Single use: the code is consumed whatever happens next.
  slot.verified = true;
  slot.codeHash = null;
  await redis.multi().del(loginKey(input.login), attemptsKey(input.login)).exec();
  const remaining = (Object.keys(pending.channels) as Channel[]).filter(
    (c) => !pending.channels[c]!.verified,
  );
  if (remaining.length) {
    const ttl = await redis.ttl(pendingKey(id));
    await redis.set(pendingKey(id), JSON.stringify(pending), 'EX', Math.max(1, ttl));
    return { status: 'pending', remaining };
  }
  await redis.del(pendingKey(id));
  try {
    return { status: 'complete', account: await createPatientAccount(database.db, pending.account) };
  } catch (error) {
    if (isUniqueViolation(error)) throw wrongCode(); // registered by someone else meanwhile
    throw error;
  }
}
