import { z } from '@hono/zod-openapi';
import { labOrderStatusEnum } from '../../db/schema/index.js';
import { localizedTextSchema } from '../../http/schemas.js';

export const labLocationSchema = z
  .object({
    id: z.uuid(),
    partner: z.string(),
    name: localizedTextSchema,
    address: localizedTextSchema,
    city: localizedTextSchema,
    hours: localizedTextSchema,
    latitude: z.number(),
    longitude: z.number(),
  })
  .openapi('LabLocation');

export const labOrderStatusSchema = z.enum(labOrderStatusEnum.enumValues);

export const labOrderSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    conclusionId: z.uuid().nullable(),
    status: labOrderStatusSchema,
    tests: z.array(z.object({ code: z.string(), loinc: z.string().nullable(), name: localizedTextSchema })),
    location: labLocationSchema.nullable(),
    orderedBy: z.object({ id: z.uuid(), fullName: localizedTextSchema }).nullable(),
    externalId: z.string().nullable(),
    reportId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    confirmedAt: z.iso.datetime().nullable(),
    sentAt: z.iso.datetime().nullable(),
    resultedAt: z.iso.datetime().nullable(),
  })
  .openapi('LabOrder');

export const confirmOrderSchema = z.object({ locationId: z.uuid() }).openapi('ConfirmLabOrder');

export const partnerParamSchema = z.object({
  partner: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .openapi({ param: { name: 'partner', in: 'path' } }),
});

export const ingestedSchema = z.object({ reportId: z.uuid() }).openapi('LabReportReceived');
