import type { Deps } from '../../http/context.js';
import { createMailer, type Mailer } from '../notifications/mailer.js';
import { devMailboxEnabled, putInDevMailbox } from './dev-mailbox.js';

const mailers = new WeakMap<Deps, Mailer | null>();

/**
 * Sends a registration or password reset message by e-mail (SMTP_URL) or SMS. With no delivery for the channel it goes
 * to the development mailbox outside production, and is logged as undeliverable in production: the
 * api's answer to the caller is the same either way.
 */
export async function deliver(
  deps: Deps,
  message: { channel: 'email' | 'phone'; to: string; subject: string; text: string },
) {
  const { config, logger } = deps;
  if (!mailers.has(deps)) mailers.set(deps, createMailer(config.SMTP_URL, config.SMTP_FROM));
  const mailer = message.channel === 'email' ? mailers.get(deps) : null;
  // The caller's answer must not depend on delivery, nor wait for it: a slower answer for a known login would
  // tell who is a member. A lost message costs a retry; the person can ask for a new one.
  const failed = (err: unknown) =>
    logger.error({ err, channel: message.channel }, 'account message not delivered');
  try {
    if (mailer) void mailer.send(message).catch(failed);
    else if (devMailboxEnabled(config)) await putInDevMailbox(deps.redis, message);
    else logger.error({ channel: message.channel }, 'no delivery configured for this channel');
  } catch (err) {
    failed(err);
  }
}
