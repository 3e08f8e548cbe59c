import { z } from '@hono/zod-openapi';
import { isoDateSchema, localizedTextSchema } from '../../http/schemas.js';

/** Each criterion narrows the search; at least one is required (checked by the route). */
export const patientSearchQuerySchema = z.object({
  name: z.string().trim().min(2, 'type at least 2 letters').max(100).optional().openapi({
    description: 'Part of the name (Russian or English); the whole name to identify a new patient',
  }),
  birthDate: isoDateSchema().optional(),
  policyNumber: z
    .string()
    .trim()
    .min(4, 'type the whole policy number')
    .max(40)
    .regex(/^[\p{L}\d -]+$/u, 'letters, digits, spaces and dashes only')
    .optional(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^\+?[\d\s()-]+$/, 'digits, spaces, brackets and dashes only')
    .refine((p) => p.replace(/\D/g, '').length >= 10, 'type the whole phone number')
    .optional(),
});

export const patientSearchRelationSchema = z.enum([
  'treating_doctor',
  'consulted_doctor',
  'monitoring_assistant',
  'proposed_by_me',
  'identified',
]);

export const patientSearchResultSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        fullName: localizedTextSchema,
        birthDate: z.string(),
        ageYears: z.number().int(),
        relation: patientSearchRelationSchema.openapi({
          description:
            'Why the caller may see the patient; `identified`: an assistant named a patient she has no relation to yet by two identifiers (the whole name and a birth date, policy or phone) so she can propose monitoring; no record opens',
        }),
      }),
    ),
  })
  .openapi('PatientSearchResult');

export type PatientSearchQuery = z.infer<typeof patientSearchQuerySchema>;
