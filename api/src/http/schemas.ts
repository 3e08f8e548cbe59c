import { z } from '@hono/zod-openapi';
import { problemSchema } from './problem.js';

export const localizedTextSchema = z.object({ ru: z.string(), en: z.string() }).openapi('LocalizedText');
export const localeSchema = z.enum(['ru', 'en']);
export const idParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  content: { 'application/json': { schema } },
  required: true,
  ...(description ? { description } : {}),
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: problemSchema } },
  description,
});

/** The refusals every authenticated route can answer with. */
export const authProblems = {
  401: problem('Not signed in'),
  403: problem('Signed in with a role that may not do this, or CSRF token missing'),
} as const;
export const notFoundProblem = { 404: problem('Not found, or not visible to the caller') } as const;
export const badRequestProblem = { 400: problem('Invalid input') } as const;
export { problem };
