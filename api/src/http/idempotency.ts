import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { HonoRequest, MiddlewareHandler } from 'hono';
import { idempotencyKeys } from '../db/schema/index.js';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';
import { IDEMPOTENCY_KEY_PATTERN as KEY } from './schemas.js';

/** How long a key is remembered: far longer than any client keeps retrying one write. */
const KEEP_HOURS = 24;
/** A first request still unanswered after this long died with its process; a retry may run instead. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * What makes two requests "the same": method, path and body. A multipart body is hashed without its
 * boundary, which a client may pick afresh when it sends the same form again.
 */
async function requestHash(request: HonoRequest) {
  // Hono's cached copy: another middleware may have read the body already.
  const body = Buffer.from(await request.arrayBuffer());
  const boundary = /boundary="?([^";]+)"?/i.exec(request.header('content-type') ?? '')?.[1];
  const hash = createHash('sha256').update(`${request.method} ${request.path}\n`);
  if (!boundary) return hash.update(body).digest('hex');
  for (const part of body.toString('latin1').split(boundary)) hash.update(part, 'latin1');
  return hash.digest('hex');
}

/**
 * `Idempotency-Key` for writes a client may retry after a lost answer (booking, a request, a file): the
 * first answer (any status below 500) is stored against (account, key) and replayed to every retry, marked
 * `Idempotency-Replayed: true`; the same key with a different request is refused with 422, and a retry that
 * arrives while the first is still running gets 409 with Retry-After (unless the first was abandoned by a
 * crashed process). A 5xx is forgotten, so the retry runs.
 * Without the header the route behaves as before. Runs per route, after `authenticate`.
 */
export const idempotent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header('idempotency-key');
  const actor = c.get('actor');
  if (key === undefined || !actor) return next();
  if (!KEY.test(key)) {
    throw new ProblemError(400, 'Idempotency-Key must be 1–255 printable ASCII characters (a UUID, say).', {
      code: 'idempotency.invalid_key',
      errors: [{ path: 'Idempotency-Key', message: 'Invalid key' }],
    });
  }
  const db = c.get('deps').database.db;
  const route = `${c.req.method} ${c.req.path}`;
  const hash = await requestHash(c.req);
  const owner = and(eq(idempotencyKeys.accountId, actor.accountId), eq(idempotencyKeys.key, key));

  // Forget expired keys as new ones come (an index range on created_at, usually empty).
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`));
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ accountId: actor.accountId, key, route, requestHash: hash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (!claimed.length) {
    const [first] = await db.select().from(idempotencyKeys).where(owner);
    if (!first) return next(); // forgotten (a 5xx, or expired) between our insert and this read
    if (first.route !== route || first.requestHash !== hash) {
      throw new ProblemError(
        422,
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        { code: 'idempotency.key_reused' },
      );
    }
    if (first.status === null && Date.now() - first.createdAt.getTime() > ABANDONED_AFTER_MS) {
      // Only one retry takes the abandoned key over: the delete succeeds for one of them.
      const taken = await db
        .delete(idempotencyKeys)
        .where(and(owner, isNull(idempotencyKeys.status), eq(idempotencyKeys.createdAt, first.createdAt)))
        .returning({ key: idempotencyKeys.key });
      if (taken.length) return idempotent(c, next);
    }
    if (first.status === null) {
      throw new ProblemError(409, 'The first request with this Idempotency-Key is still being processed.', {
        code: 'idempotency.in_progress',
        headers: { 'retry-after': '1' },
      });
    }
    return new Response(first.body, {
      status: first.status,
      headers: {
        ...(first.contentType ? { 'content-type': first.contentType } : {}),
        'idempotency-replayed': 'true',
      },
    });
  }

  await next();
  if (c.res.status >= 500) {
    await db.delete(idempotencyKeys).where(owner);
    return;
  }
  const body = await c.res.clone().text();
  await db
    .update(idempotencyKeys)
    .set({ status: c.res.status, body, contentType: c.res.headers.get('content-type') })
    .where(owner);
};
