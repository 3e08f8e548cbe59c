import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';

/**
 * Outside production, messages for a channel with no delivery configured (e-mail without SMTP_URL,
 * and SMS, for which there is no gateway yet) land here, so the demo and the tests can read the codes.
 * `GET /dev/mailbox?to=` shows them; it answers 404 in production, where this is never written.
 */
export const devMailboxEnabled = (config: Config) => config.NODE_ENV !== 'production';

export interface DevMessage {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

const key = (to: string) => `devmail:${to}`;
const KEEP = 20;
const TTL_SECONDS = 24 * 60 * 60;

export async function putInDevMailbox(redis: Redis, message: Omit<DevMessage, 'sentAt'>) {
  const entry: DevMessage = { ...message, sentAt: new Date().toISOString() };
  await redis
    .multi()
    .lpush(key(message.to), JSON.stringify(entry))
    .ltrim(key(message.to), 0, KEEP - 1)
    .expire(key(message.to), TTL_SECONDS)
    .exec();
}

/** Newest first. */
export async function readDevMailbox(redis: Redis, to: string): Promise<DevMessage[]> {
  return (await redis.lrange(key(to), 0, KEEP - 1)).map((entry) => JSON.parse(entry) as DevMessage);
}
