import type { Redis } from 'ioredis';

// The Redis side of the api's request limiter (rate-limit-leases.ts): two Lua scripts, so that leasing and
// giving back are each one atomic round trip whichever api process runs them.

/**
 * Leases up to `want_tokens` tokens and `want_slots` in-flight slots for one process in one round trip: refill
 * the subject's token bucket (capacity `perMinute`, refilled evenly over a minute), drop in-flight slots that
 * outlived a crashed process, then grant what is there, up to what was asked. Nothing is granted unless at least
 * one token (when asked for) and one slot (when asked for) are free, so a refused lease takes nothing. The clock
 * is Redis' own, so every api process shares one notion of time.
 *
 * KEYS: bucket hash, in-flight sorted set (slot id → expiry ms).
 * ARGV: perMinute (0 = no rate limit), concurrent (0 = no bound), tokens wanted, slots wanted, lease ms,
 * slot id prefix (the slots are `prefix:1` … `prefix:n`).
 * Returns {1, tokens granted, slots granted, ms until the next token when fewer tokens were granted than
 * wanted}, {0, ms until a token} when over the rate, {-1, 0} when too many are in flight.
 */
const LEASE = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local per_minute = tonumber(ARGV[1])
local concurrent = tonumber(ARGV[2])
local want_tokens = tonumber(ARGV[3])
local want_slots = tonumber(ARGV[4])
local lease_ms = tonumber(ARGV[5])
local tokens = 0
local granted_tokens = 0
if per_minute > 0 and want_tokens > 0 then
  local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
  tokens = tonumber(state[1]) or per_minute
  local at = tonumber(state[2]) or now
  tokens = math.min(per_minute, tokens + math.max(0, now - at) * per_minute / 60000)
  if tokens < 1 then
    return {0, math.ceil((1 - tokens) * 60000 / per_minute)}
  end
  granted_tokens = math.min(want_tokens, math.floor(tokens))
end
local granted_slots = 0
if concurrent > 0 and want_slots > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  local free = concurrent - redis.call('ZCARD', KEYS[2])
  if free < 1 then
    return {-1, 0}
  end
  granted_slots = math.min(want_slots, free)
  local members = {}
  for i = 1, granted_slots do
    members[2 * i - 1] = now + lease_ms
    members[2 * i] = ARGV[6] .. ':' .. i
  end
  redis.call('ZADD', KEYS[2], unpack(members))
  redis.call('PEXPIRE', KEYS[2], lease_ms)
end
local wait = 0
if granted_tokens > 0 then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - granted_tokens), 'at', now)
  redis.call('PEXPIRE', KEYS[1], 60000)
  if granted_tokens < want_tokens then
    wait = math.ceil((1 - (tokens - granted_tokens)) * 60000 / per_minute)
  end
end
return {1, granted_tokens, granted_slots, wait}
`;

/**
 * Gives a process' unused tokens back to the subject's bucket (refilled first, never above its capacity; a bucket
 * that has expired is full already) and frees its idle slots.
 *
 * KEYS: bucket hash, in-flight sorted set. ARGV: perMinute, tokens given back, slot ids….
 */
const GIVE_BACK = `
local per_minute = tonumber(ARGV[1])
local back = tonumber(ARGV[2])
if per_minute > 0 and back > 0 then
  local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
  if state[1] then
    local now_parts = redis.call('TIME')
    local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
    local at = tonumber(state[2]) or now
    local tokens = math.min(per_minute, tonumber(state[1]) + math.max(0, now - at) * per_minute / 60000 + back)
    redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
    redis.call('PEXPIRE', KEYS[1], 60000)
  end
end
if #ARGV > 2 then
  redis.call('ZREM', KEYS[2], unpack(ARGV, 3))
end
return 0
`;

/** A subject's keys: its token bucket hash and its in-flight sorted set, the scripts' KEYS. */
export const subjectKeys = (subject: string) =>
  [`ratelimit:bucket:${subject}`, `ratelimit:inflight:${subject}`] as const;

export type LeaseReply = [1, number, number, number] | [0, number] | [-1, number];
export type LimiterRedis = Redis & {
  telemedLeaseRequests(bucket: string, inFlight: string, ...args: (string | number)[]): Promise<LeaseReply>;
  telemedGiveBackRequests(bucket: string, inFlight: string, ...args: (string | number)[]): Promise<number>;
};

const withScript = new WeakSet<Redis>();

/** `redis` with the two scripts defined on it as commands (once per connection). */
export function withLimiterScripts(redis: Redis): LimiterRedis {
  if (!withScript.has(redis)) {
    // defineCommand sends EVALSHA and falls back to EVAL after a Redis restart; keys get the client's prefix.
    redis.defineCommand('telemedLeaseRequests', { numberOfKeys: 2, lua: LEASE });
    redis.defineCommand('telemedGiveBackRequests', { numberOfKeys: 2, lua: GIVE_BACK });
    withScript.add(redis);
  }
  return redis as LimiterRedis;
}
