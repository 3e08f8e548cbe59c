import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

const services = ['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person'] as const;
const name = z.string().trim().min(2, 'must be at least 2 characters').max(200);

const coverageSchema = z.object({
  service: z.enum(services),
  covered: z.boolean(),
  /** False: paid in full by the insurer even under a franchise. */
  inFranchise: z.boolean(),
  annualLimit: z.number().int().min(1).max(1000).nullable(),
});

const programmeFields = {
  name: z.object({ ru: name, en: name }),
  kind: z.enum(['dms', 'oms']),
  franchisePercent: z.number().int().min(0).max(100),
  /** Region codes of the network (GET /admin/regions), each once. */
  regions: z
    .array(z.string().trim().min(2).max(100))
    .min(1)
    .max(100)
    .refine((regions) => new Set(regions).size === regions.length, 'names a region twice'),
  coverage: z
    .array(coverageSchema)
    .max(services.length)
    .refine((rows) => new Set(rows.map((r) => r.service)).size === rows.length, 'names a service twice'),
};

export const programmeBodySchema = z.object(programmeFields).openapi('ProgrammeChange');

export const newProgrammeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'must be 2–40 lower-case letters, digits, - or _'),
    ...programmeFields,
  })
  .openapi('NewProgramme');

export const programmeSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: localizedTextSchema,
    kind: z.enum(['dms', 'oms']),
    franchisePercent: z.number().int(),
    regions: z.array(z.string()),
    coverage: z.array(coverageSchema),
    activePolicies: z.number().int(),
  })
  .openapi('AdminProgramme');

export const regionListSchema = z.object({ items: z.array(z.string()) }).openapi('AdminRegions');

export { services as coveredServices };
