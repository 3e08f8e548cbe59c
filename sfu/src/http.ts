/** HTTP side of the sfu: health probes and the api's internal "close this room" call. */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { SfuConfig } from './config.js';
import type { RoomRegistry } from './rooms.js';
import type { WorkerPool } from './workers.js';

const closePath = /^\/internal\/rooms\/([^/]+)\/close$/;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' });
  res.end(JSON.stringify(body));
}

/** Problem codes as the api names them (api/src/http/problem-codes.ts), so callers read both alike. */
type SfuProblemCode = 'auth.required' | 'validation.invalid' | 'http.route_not_found';
const titles = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found' } as const;

const problem = (res: ServerResponse, status: keyof typeof titles, code: SfuProblemCode, detail: string) =>
  json(res, status, { type: `urn:telemed:problem:${code}`, title: titles[status], status, detail, code });

function isInternalCaller(req: IncomingMessage, secret: string) {
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(req.headers.authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createHttpHandler(config: SfuConfig, pool: WorkerPool, registry: RoomRegistry) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sfu');
    if (req.method === 'GET' && url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/readyz') {
      const alive = pool.slots.filter((s) => s.alive).length;
      return json(res, alive > 0 ? 200 : 503, { workers: pool.slots.length, alive });
    }
    const close = closePath.exec(url.pathname);
    if (req.method === 'POST' && close) {
      if (!isInternalCaller(req, config.INTERNAL_API_SECRET))
        return problem(res, 401, 'auth.required', 'This endpoint is for Telemed services only.');
      const roomId = z.uuid().safeParse(decodeURIComponent(close[1] ?? ''));
      if (!roomId.success)
        return problem(res, 400, 'validation.invalid', 'The room id must be an appointment uuid.');
      // Idempotent: the room is remembered as ended even when nobody is connected right now.
      const wasOpen = registry.end(roomId.data);
      req.resume();
      return json(res, 200, { closed: wasOpen });
    }
    return problem(res, 404, 'http.route_not_found', 'There is no such endpoint on the media server.');
  };
}
