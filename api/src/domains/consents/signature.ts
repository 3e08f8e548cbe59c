import { hitFixedWindow } from '../../auth/rate-limit.js';
import type { Deps } from '../../http/context.js';
import { ProblemError } from '../../http/problem.js';
import { deliver } from '../accounts/delivery.js';
import { codeMatches, countCodeAttempt, hashCode, newCode, tooMany } from '../accounts/one-time-code.js';
import type { AccountRow } from '../accounts/queries.js';
import { CODE_TTL_SECONDS } from '../accounts/registration.js';
import { consentCodeMessage } from './messages.js';

/**
 * A simple electronic signature (63-FZ "On electronic signature" (2011) art. 5 part 2, art. 6 part 2, art. 9): the
 * signer proves they hold the account's e-mail (or phone) by typing a one-time code sent there for exactly these
 * documents. The code is bound to the signer, the patient and the set of documents, works once and allows a few
 * wrong tries. Another method (an SMS gateway, Gosuslugi) implements the same interface.
 */
export interface SignatureMethod {
  readonly name: 'email_code' | 'sms_code';
  /** Where the code goes for this account, or null when the account has no such contact. */
  contactOf(account: AccountRow): string | null;
  /** Sends a code signing `subject`; answers where it went (masked for display) and for how long it works. */
  send(
    deps: Deps,
    account: AccountRow,
    subject: SignatureSubject,
  ): Promise<{ sentTo: string; expiresInSeconds: number }>;
  /** Checks and spends the code for `subject`; throws the problem to answer on a wrong one. */
  verify(deps: Deps, account: AccountRow, subject: SignatureSubject, code: string): Promise<void>;
}

/** What a signature is for: one patient's acceptance of these documents. */
export interface SignatureSubject {
  patientId: string;
  documentIds: string[];
  titles: string[];
}

/** Codes asked per account per hour: more is either a fault or someone bombarding the mailbox. */
export const CODES_PER_HOUR = 10;

const codeKey = (accountId: string, patientId: string) => `consent:code:${accountId}:${patientId}`;
const attemptsKey = (accountId: string, patientId: string) => `consent:tries:${accountId}:${patientId}`;
/** The code hashes with the exact set of documents, so a code cannot sign anything but what it was sent for. */
const salt = (account: AccountRow, subject: SignatureSubject) =>
  `${account.id}:${subject.patientId}:${[...subject.documentIds].sort().join(',')}`;

export const maskContact = (contact: string) => {
  const at = contact.indexOf('@');
  if (at > 0) return `${contact.slice(0, 1)}***${contact.slice(at)}`;
  return `${contact.slice(0, 2)}***${contact.slice(-2)}`;
};

function oneTimeCode(name: SignatureMethod['name'], channel: 'email' | 'phone'): SignatureMethod {
  const contactOf = (account: AccountRow) => (channel === 'email' ? account.email : account.phone);
  return {
    name,
    contactOf,
    async send(deps, account, subject) {
      const wait = await hitFixedWindow(deps.redis, `rl:consent:${account.id}`, CODES_PER_HOUR, 3600);
      if (wait > 0) throw tooMany(wait, 'Too many signature codes asked. Please try again later.');
      const to = contactOf(account)!;
      const code = newCode();
      await deps.redis
        .multi()
        .set(
          codeKey(account.id, subject.patientId),
          hashCode(salt(account, subject), code),
          'EX',
          CODE_TTL_SECONDS,
        )
        .del(attemptsKey(account.id, subject.patientId))
        .exec();
      await deliver(deps, {
        channel,
        to,
        ...consentCodeMessage(account.locale, code, subject.titles, Math.ceil(CODE_TTL_SECONDS / 60)),
      });
      return { sentTo: maskContact(to), expiresInSeconds: CODE_TTL_SECONDS };
    },
    async verify(deps, account, subject, code) {
      const keys = {
        codeKey: codeKey(account.id, subject.patientId),
        attemptsKey: attemptsKey(account.id, subject.patientId),
      };
      await countCodeAttempt(deps.redis, keys, CODE_TTL_SECONDS, 'Too many wrong codes. Ask for a new code.');
      const wrong = new ProblemError(
        400,
        'The signature code is wrong or has expired. Check the latest message or ask for a new code.',
        {
          code: 'consent.wrong_code',
          errors: [{ path: 'code', message: 'The code is wrong or has expired' }],
        },
      );
      if (!codeMatches(await deps.redis.get(keys.codeKey), salt(account, subject), code)) throw wrong;
      // Single use: whoever deletes it first signs; a replay finds nothing.
      if (!(await deps.redis.del(keys.codeKey))) throw wrong;
      await deps.redis.del(keys.attemptsKey);
    },
  };
}

export const emailCodeSignature = oneTimeCode('email_code', 'email');
/** No SMS gateway yet: outside production the code lands in the development mailbox (accounts/delivery.ts). */
export const smsCodeSignature = oneTimeCode('sms_code', 'phone');

/** The method for an account: e-mail when it has one, else its phone. */
export function signatureMethodFor(account: AccountRow): SignatureMethod {
  return emailCodeSignature.contactOf(account) ? emailCodeSignature : smsCodeSignature;
}
