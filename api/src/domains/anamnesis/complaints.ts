import { z } from '@hono/zod-openapi';
import { PRESENTING_COMPLAINTS, complaintById, isApplicable, type Sex } from '@telemed/triage-model';
import { localizedTextSchema } from '../../http/schemas.js';

// The presenting complaints a patient can pick on the checker's start page (modelled on the CEDIS list).

export const isKnownComplaint = (id: string) => complaintById.has(id);

/** The picked complaints that make no sense for this person (say, a pregnancy complaint for a boy). */
export function inapplicableComplaints(ids: readonly string[], ageMonths: number, sex: Sex) {
  return ids.filter((id) => !isApplicable(complaintById.get(id)!, ageMonths, sex));
}

/** The pick-list, for everyone or only what applies to one person's age and sex. */
export function complaintList(person?: { ageMonths: number; sex: Sex }) {
  return PRESENTING_COMPLAINTS.filter((c) => !person || isApplicable(c, person.ageMonths, person.sex)).map(
    (c) => ({
      id: c.id,
      group: c.group,
      name: c.name,
      ...(c.minAgeMonths === undefined ? {} : { minAgeMonths: c.minAgeMonths }),
      ...(c.maxAgeMonths === undefined ? {} : { maxAgeMonths: c.maxAgeMonths }),
      ...(c.sex === undefined ? {} : { sex: c.sex }),
    }),
  );
}

export const complaintListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        group: z.string().openapi({ description: 'CEDIS presenting-complaint group, e.g. "ent"' }),
        name: localizedTextSchema,
        minAgeMonths: z.number().int().optional(),
        maxAgeMonths: z.number().int().optional().openapi({ description: 'Exclusive upper bound' }),
        sex: z.enum(['female', 'male']).optional(),
      }),
    ),
  })
  .openapi('PresentingComplaints');

export const complaintQuerySchema = z.object({
  patientId: z
    .uuid()
    .optional()
    .openapi({ description: 'Only the complaints that apply to this person’s age and sex' }),
});
