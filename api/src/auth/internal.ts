import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context.js';
import { ProblemError } from '../http/problem.js';

/** Service-to-service calls (the sfu) authenticate with the shared INTERNAL_API_SECRET. */
export const requireInternalCaller: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = Buffer.from(`Bearer ${c.get('deps').config.INTERNAL_API_SECRET}`);
  const given = Buffer.from(c.req.header('authorization') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ProblemError(401, 'This endpoint is for Telemed services only.', {
      code: 'http.internal_only',
    });
  }
  await next();
};
