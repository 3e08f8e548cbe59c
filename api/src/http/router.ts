import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.js';
import { zodProblem } from './problem.js';

/** A domain router whose validation failures become problem+json 400s naming the bad fields. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw zodProblem(result.error, result.target === 'json' ? 'request body' : result.target);
    },
  });
}
