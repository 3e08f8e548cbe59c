import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

/** The most matches one search returns; the editor shows a short list as the doctor types. */
export const ICD10_MAX_LIMIT = 50;

export const icd10QuerySchema = z.object({
  q: z.string().trim().min(1).max(100).openapi({ description: 'Code prefix (J06, j06.9) or words in ru/en' }),
  limit: z.coerce.number().int().min(1).max(ICD10_MAX_LIMIT).default(20),
});

export const icd10CodeSchema = z.object({ code: z.string(), name: localizedTextSchema }).openapi('Icd10Code');

export const icd10ListSchema = z.object({ items: z.array(icd10CodeSchema) }).openapi('Icd10Matches');

const referenceRangeSchema = z.object({
  low: z.number().optional(),
  high: z.number().optional(),
  sex: z.enum(['female', 'male']).optional(),
  minAgeYears: z.number().optional(),
  maxAgeYears: z.number().optional(),
});

const labAnalyteSchema = z
  .object({
    loinc: z.string(),
    name: localizedTextSchema,
    unit: z.string(),
    decimals: z.number().int(),
    reference: z.array(referenceRangeSchema),
    typical: z.object({ mean: z.number(), sd: z.number() }),
    presence: z
      .literal(true)
      .optional()
      .openapi({ description: 'Qualitative: 1 = detected, 0 = not detected' }),
  })
  .openapi('LabAnalyte');

export const labTestSchema = z
  .object({
    code: z.string(),
    loinc: z.string(),
    name: localizedTextSchema,
    specimen: localizedTextSchema,
    turnaroundDays: z.number().int(),
    analytes: z.array(labAnalyteSchema),
    sex: z.enum(['female', 'male']).optional().openapi({ description: 'Orderable only for this sex' }),
  })
  .openapi('LabTest');

export const labTestListSchema = z.object({ items: z.array(labTestSchema) }).openapi('LabTests');

export const templatesQuerySchema = z.object({
  specialty: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: 'Only templates of a specialty' }),
});

export const conclusionTemplateSchema = z
  .object({
    id: z.string(),
    title: localizedTextSchema,
    specialtyCodes: z.array(z.string()),
    diagnosisCode: z.string(),
    /** The diagnosis with its names, so an editor can fill the field without another lookup. */
    diagnosis: icd10CodeSchema,
    findings: localizedTextSchema,
    recommendations: localizedTextSchema,
    prescriptions: z.array(
      z.object({ drug: z.string(), dose: z.string(), frequency: z.string(), duration: z.string() }),
    ),
    labTestCodes: z.array(z.string()),
    followUp: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('suggest'), specialtyCode: z.string(), inDays: z.number().int() }),
    ]),
  })
  .openapi('ConclusionTemplate');

export const templateListSchema = z
  .object({ items: z.array(conclusionTemplateSchema) })
  .openapi('ConclusionTemplates');
