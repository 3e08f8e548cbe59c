import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from './router.js';
import { jsonContent } from './schemas.js';

const checkSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.string()),
});

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'The process is up',
  responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'Alive') },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Operations'],
  summary: 'The database and Redis answer',
  responses: {
    200: jsonContent(checkSchema, 'Ready'),
    503: jsonContent(checkSchema, 'A dependency is down'),
  },
});

async function probe(fn: () => Promise<unknown>, timeoutMs = 2_000): Promise<string> {
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : 'failed';
  }
}

export const healthRoutes = createRouter()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readyz, async (c) => {
    const { database, redis } = c.get('deps');
    const checks = { database: await probe(() => database.ping()), redis: await probe(() => redis.ping()) };
    const ok = Object.values(checks).every((v) => v === 'ok');
    return ok
      ? c.json({ status: 'ok' as const, checks }, 200)
      : c.json({ status: 'unavailable' as const, checks }, 503);
  });
