import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

export const patientSummarySchema = z
  .object({
    id: z.uuid(),
    fullName: localizedTextSchema,
    birthDate: z.string(),
    sex: z.enum(['female', 'male']),
    ageYears: z.number().int(),
    isChild: z.boolean(),
    guardianId: z.uuid().nullable(),
  })
  .openapi('PatientSummary');

export const coverageItemSchema = z
  .object({
    service: z.enum(['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person']),
    covered: z.boolean(),
    franchisePercent: z
      .number()
      .int()
      .openapi({ description: 'Share the patient pays; 0 when fully covered' }),
    annualLimit: z.number().int().nullable(),
  })
  .openapi('CoverageItem');

export const policySchema = z
  .object({
    number: z.string(),
    insurer: z.string(),
    validTo: z.string(),
    programme: z.object({
      id: z.uuid(),
      name: localizedTextSchema,
      kind: z.enum(['dms', 'oms']),
      franchisePercent: z.number().int(),
      telemedicineInFranchise: z.boolean(),
      coverage: z.array(coverageItemSchema),
    }),
  })
  .openapi('InsurancePolicy');

export const patientProfileSchema = patientSummarySchema
  .extend({ policy: policySchema.nullable() })
  .openapi('PatientProfile');

export const familySchema = z
  .object({ self: patientSummarySchema, children: z.array(patientSummarySchema) })
  .openapi('Family');
