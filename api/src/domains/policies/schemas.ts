import { z } from '@hono/zod-openapi';
import { isoDateSchema, localizedTextSchema } from '../../http/schemas.js';
import { coverageItemSchema, policySchema } from '../patients/schemas.js';

export const insuranceCatalogueSchema = z
  .object({
    programmes: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: localizedTextSchema,
        kind: z.enum(['dms', 'oms']),
        franchisePercent: z.number().int(),
        coverage: z.array(coverageItemSchema),
      }),
    ),
    insurers: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.enum(['dms', 'oms']),
        numberExample: z.string(),
      }),
    ),
  })
  .openapi('InsuranceCatalogue');

export const addPolicyBodySchema = z
  .object({
    programmeId: z.uuid(),
    insurer: z.string().trim().min(1).max(40).openapi({ description: 'An insurer code from the catalogue' }),
    number: z.string().trim().min(1).max(40),
    validTo: isoDateSchema()
      .optional()
      .openapi({ description: 'Last day of a DMS policy; an OMS policy does not expire' }),
  })
  .openapi('AddInsurancePolicy');

export const policyListSchema = z.object({ items: z.array(policySchema) }).openapi('InsurancePolicies');
