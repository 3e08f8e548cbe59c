import { z } from '@hono/zod-openapi';
import { isoDateOrDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';
import { bundleResourceTypes } from './fhir/codes.js';
import { timelineKinds, type TimelineCursor } from './timeline.js';

const flagSchema = z.enum(['low', 'normal', 'high']);

/** Page sizes of the card: a screen's worth by default, bounded so one request stays cheap. */
const DEFAULT_PAGE = 100;
const MAX_PAGE = 300;

const cursorSchema = z.tuple([z.iso.datetime({ offset: false }), z.enum(timelineKinds), z.uuid()]);

/** A page boundary as an opaque token: base64url of the event's exact time, kind and id. */
export const encodeCursor = (c: TimelineCursor): string =>
  Buffer.from(JSON.stringify([c.at, c.kind, c.id])).toString('base64url');

function decodeCursor(token: string): TimelineCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], kind: parsed.data[1], id: parsed.data[2] } : null;
  } catch {
    return null;
  }
}

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
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .default(DEFAULT_PAGE)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 50 }),
  before: z
    .string()
    .max(200)
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined;
      const cursor = decodeCursor(s);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'not a cursor this api gave out (use `next`)' });
      return cursor ?? undefined;
    })
    .openapi({ param: { name: 'before', in: 'query', description: "the previous page's `next`" } }),
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

export const timelineSchema = z
  .object({
    items: z.array(timelineEventSchema),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'pass as `before` for the next, older page; null on the last' }),
  })
  .openapi('MedcardTimeline');

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
    /** `corrected`/`amended`: the lab's correction of `amends`; `correctedBy`: a later report replacing this one. */
    status: z.string(),
    amends: z.object({ id: z.uuid(), issuedAt: z.iso.datetime() }).nullable(),
    correctedBy: z.object({ id: z.uuid(), issuedAt: z.iso.datetime() }).nullable(),
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
    entry: z.array(
      z.object({
        fullUrl: z.string(),
        // The fields every resource has; the rest follows the FHIR R4 resource definitions.
        resource: z.looseObject({ resourceType: z.enum(bundleResourceTypes), id: z.string() }),
      }),
    ),
  })
  .openapi('FhirBundle');
