import { z } from '@hono/zod-openapi';
import { isoDateOrDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';
import { timelineKinds } from './timeline.js';

const flagSchema = z.enum(['low', 'normal', 'high']);

export const timelineQuerySchema = z.object({
  kinds: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return [...timelineKinds];
      const kinds = s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      const bad = kinds.filter((k) => !(timelineKinds as readonly string[]).includes(k));
      if (bad.length)
        ctx.addIssue({
          code: 'custom',
          message: `unknown kinds: ${bad.join(', ')} (use ${timelineKinds.join(', ')})`,
        });
      return kinds as (typeof timelineKinds)[number][];
    })
    .openapi({ param: { name: 'kinds', in: 'query' }, example: 'lab_result,conclusion' }),
  from: isoDateOrDateTimeSchema()
    .optional()
    .openapi({ param: { name: 'from', in: 'query' } }),
  to: isoDateOrDateTimeSchema()
    .optional()
    .openapi({ param: { name: 'to', in: 'query' } }),
});

export const timelineEventSchema = z
  .object({
    kind: z.enum(timelineKinds),
    id: z.uuid(),
    at: z.iso.datetime(),
    title: localizedTextSchema,
    detail: localizedTextSchema.nullable(),
    status: z.string().nullable(),
    abnormalCount: z.number().int().optional(),
  })
  .openapi('MedcardEvent');

export const timelineSchema = z.object({ items: z.array(timelineEventSchema) }).openapi('MedcardTimeline');

const pointSchema = z.object({
  reportId: z.uuid(),
  value: z.number(),
  unit: z.string(),
  flag: flagSchema,
  referenceLow: z.number().nullable(),
  referenceHigh: z.number().nullable(),
  effectiveAt: z.iso.datetime(),
});

export const analyteListSchema = z
  .object({
    items: z.array(
      z.object({
        loinc: z.string(),
        name: localizedTextSchema,
        count: z.number().int(),
        latest: pointSchema,
      }),
    ),
  })
  .openapi('AnalyteList');

export const analyteSeriesSchema = z
  .object({ loinc: z.string(), name: localizedTextSchema, unit: z.string(), points: z.array(pointSchema) })
  .openapi('AnalyteSeries');

export const loincParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
  loinc: z
    .string()
    .regex(/^\d{1,7}-\d$/, 'must be a LOINC code like 2093-3')
    .openapi({ param: { name: 'loinc', in: 'path' } }),
});

export const reportParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
  reportId: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'reportId', in: 'path' } }),
});

export const labReportSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    orderId: z.uuid(),
    externalId: z.string(),
    issuedAt: z.iso.datetime(),
    tests: z.array(z.object({ code: z.string(), loinc: z.string().nullable(), name: localizedTextSchema })),
    location: localizedTextSchema.nullable(),
    observations: z.array(
      z.object({
        loinc: z.string(),
        name: localizedTextSchema,
        value: z.number(),
        unit: z.string(),
        referenceLow: z.number().nullable(),
        referenceHigh: z.number().nullable(),
        flag: flagSchema,
        effectiveAt: z.iso.datetime(),
      }),
    ),
  })
  .openapi('LabReport');

export const fhirBundleSchema = z
  .object({
    resourceType: z.literal('Bundle'),
    id: z.string(),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(z.object({ fullUrl: z.string(), resource: z.record(z.string(), z.unknown()) })),
  })
  .openapi('FhirBundle');
