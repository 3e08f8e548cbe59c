import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import { CONSENT_KINDS } from './service.js';

export const consentKindSchema = z.enum(CONSENT_KINDS).openapi('ConsentKind');

const documentIdsSchema = z
  .array(z.uuid({ message: 'must be a UUID' }))
  .min(1, 'choose at least one document')
  .max(CONSENT_KINDS.length)
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a document');

export const signatureCodeBodySchema = z
  .object({ documentIds: documentIdsSchema })
  .openapi('ConsentSignatureCodeRequest');

export const acceptBodySchema = z
  .object({
    documentIds: documentIdsSchema,
    code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code from the message'),
  })
  .openapi('ConsentAcceptance');

export const kindParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
  kind: consentKindSchema.openapi({ param: { name: 'kind', in: 'path' } }),
});

export const consentDocumentSchema = z
  .object({
    id: z.uuid(),
    kind: consentKindSchema,
    version: z.number().int(),
    required: z.boolean(),
    title: localizedTextSchema,
    body: localizedTextSchema,
    publishedAt: z.iso.datetime(),
  })
  .openapi('ConsentDocument');

export const consentDocumentsSchema = z
  .object({ items: z.array(consentDocumentSchema) })
  .openapi('ConsentDocuments');

const signerRelationSchema = z.enum(['self', 'guardian']);

export const consentStatusSchema = z
  .object({
    patientId: z.uuid(),
    /** Every required consent is accepted in its current version: consultations may be booked. */
    complete: z.boolean(),
    missingKinds: z.array(consentKindSchema),
    kinds: z.array(
      z.object({
        kind: consentKindSchema,
        required: z.boolean(),
        current: z.object({ id: z.uuid(), version: z.number().int(), title: localizedTextSchema }),
        state: z.enum(['accepted', 'outdated', 'withdrawn', 'needs_own', 'missing']),
        last: z
          .object({
            version: z.number().int(),
            acceptedAt: z.iso.datetime(),
            signerRelation: signerRelationSchema,
            signedBy: localizedTextSchema,
            withdrawnAt: z.iso.datetime().nullable(),
          })
          .nullable(),
      }),
    ),
    history: z.array(
      z.object({
        id: z.uuid(),
        kind: consentKindSchema,
        version: z.number().int(),
        signerRelation: signerRelationSchema,
        signedBy: localizedTextSchema,
        signatureMethod: z.enum(['email_code', 'sms_code']),
        acceptedAt: z.iso.datetime(),
        withdrawnAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .openapi('ConsentStatus');

export const signatureCodeSentSchema = z
  .object({
    method: z.enum(['email_code', 'sms_code']),
    /** Masked, e.g. a***@example.org. */
    sentTo: z.string(),
    expiresInSeconds: z.number().int(),
  })
  .openapi('ConsentSignatureCodeSent');
