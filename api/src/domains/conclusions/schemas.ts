import { z } from '@hono/zod-openapi';
import { localeSchema, localizedTextSchema } from '../../http/schemas.js';

const icdCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/, 'must be an ICD-10 code such as J06.9')
  .openapi({ example: 'J06.9' });

const longText = z.string().trim().max(8000);

export const prescriptionSchema = z
  .object({
    drug: z.string().trim().min(1, 'name the medicine').max(200),
    dose: z.string().trim().max(100).default(''),
    frequency: z.string().trim().max(100).default(''),
    duration: z.string().trim().max(100).default(''),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('Prescription');

export const followUpSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('suggest'),
      specialtyCode: z.string().trim().min(1).max(60),
      inDays: z.number().int().min(1).max(365),
      note: z.string().trim().max(500).optional(),
    }),
    z.object({ kind: z.literal('booked'), appointmentId: z.uuid() }),
  ])
  .openapi('FollowUp');

/**
 * The diagnosis established at an in-person examination that a remote consultation follows up (order 193n
 * (2025)): a diagnosis of an in-person visit in the card, or one the doctor read in a document, with its source.
 */
export const establishedDiagnosisBodySchema = z
  .discriminatedUnion('source', [
    z.object({ source: z.literal('card'), conclusionId: z.uuid(), code: icdCodeSchema }),
    z.object({
      source: z.literal('entered'),
      code: icdCodeSchema,
      organisation: z.string().trim().min(2, 'name the clinic or hospital').max(200),
      doctor: z.string().trim().min(2, 'name the doctor').max(200),
      date: z.iso.date(),
      document: z.string().trim().min(2, 'name the document').max(200),
    }),
  ])
  .openapi('EstablishedDiagnosisInput');

/** The in-person visit a first-contact consultation recommends: `planned` says within how many days. */
export const inPersonVisitSchema = z
  .object({
    urgency: z.enum(['emergency', 'urgent', 'planned']),
    specialtyCode: z.string().trim().min(1).max(60),
    withinDays: z.number().int().min(1).max(90).nullable().default(null),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.urgency !== 'planned' || v.withinDays !== null, {
    path: ['withinDays'],
    message: 'a planned visit needs the number of days',
  })
  .openapi('InPersonVisit');

/** Everything the doctor edits; omitted fields keep their saved value. */
export const draftBodySchema = z
  .object({
    diagnosisCode: icdCodeSchema.nullable().optional(),
    secondaryDiagnosisCodes: z.array(icdCodeSchema).max(10).optional(),
    complaints: longText.optional(),
    findings: longText.optional(),
    recommendations: longText.optional(),
    prescriptions: z.array(prescriptionSchema).max(30).optional(),
    labTestCodes: z.array(z.string().trim().min(1).max(40)).max(40).optional(),
    followUp: followUpSchema.optional(),
    /** Null unlinks: the remote consultation becomes a first contact. */
    establishedDiagnosis: establishedDiagnosisBodySchema.nullable().optional(),
    inPersonVisit: inPersonVisitSchema.nullable().optional(),
  })
  .openapi('ConclusionDraft');

export const correctionBodySchema = z
  .object({
    reason: z.string().trim().min(3, 'say what is being corrected and why').max(1000),
  })
  .openapi('ConclusionCorrection');

export const pdfQuerySchema = z.object({
  locale: localeSchema
    .optional()
    .openapi({ description: "Defaults to the patient's (or guardian's) language" }),
});

const diagnosisSchema = z.object({ code: z.string(), name: localizedTextSchema }).openapi('Diagnosis');

export const consultationTypeSchema = z
  .enum(['first_contact', 'follow_up', 'in_person'])
  .openapi('ConsultationType', {
    description:
      'Order 193n (2025): a remote first contact (preliminary diagnosis, in-person visit recommended, no ' +
      'prescriptions), a remote follow-up of a diagnosis established in person, or an in-person visit',
  });

export const establishedDiagnosisSchema = z
  .object({
    code: z.string(),
    name: localizedTextSchema,
    source: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('card'),
        conclusionId: z.uuid(),
        appointmentId: z.uuid(),
        date: z.string(),
        doctor: localizedTextSchema,
        organisation: localizedTextSchema.nullable(),
      }),
      z.object({
        kind: z.literal('entered'),
        organisation: z.string(),
        doctor: z.string(),
        date: z.string(),
        document: z.string(),
      }),
    ]),
  })
  .openapi('EstablishedDiagnosis');

const inPersonVisitViewSchema = z
  .object({
    urgency: z.enum(['emergency', 'urgent', 'planned']),
    specialtyCode: z.string(),
    withinDays: z.number().int().nullable(),
    note: z.string().optional(),
  })
  .openapi('InPersonVisitView');

export const versionSummarySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(['draft', 'final']),
    supersedesId: z.uuid().nullable(),
    correctionReason: z.string().nullable(),
    finalisedAt: z.iso.datetime().nullable(),
    superseded: z.boolean(),
  })
  .openapi('ConclusionVersionSummary');

export const conclusionViewSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    appointmentStartsAt: z.iso.datetime(),
    patient: z.object({ id: z.uuid(), fullName: localizedTextSchema, birthDate: z.string() }),
    doctor: z.object({ id: z.uuid(), fullName: localizedTextSchema }),
    specialty: z.object({ code: z.string(), name: localizedTextSchema }),
    clinic: z
      .object({ name: localizedTextSchema, address: localizedTextSchema, timezone: z.string() })
      .nullable(),
    version: z.number().int(),
    status: z.enum(['draft', 'final']),
    supersedesId: z.uuid().nullable(),
    supersededById: z.uuid().nullable(),
    correctionReason: z.string().nullable(),
    diagnosis: diagnosisSchema.nullable(),
    secondaryDiagnoses: z.array(diagnosisSchema),
    complaints: z.string(),
    findings: z.string(),
    recommendations: z.string(),
    prescriptions: z.array(prescriptionSchema),
    labTests: z.array(
      z.object({ code: z.string(), loinc: z.string().nullable(), name: localizedTextSchema }),
    ),
    followUp: followUpSchema,
    /** The name of the specialty a suggested follow-up is with. */
    followUpSpecialtyName: localizedTextSchema.nullable(),
    consultationType: consultationTypeSchema,
    /** True on a first contact: the diagnosis is preliminary (suspected) until an in-person examination. */
    diagnosisPreliminary: z.boolean(),
    establishedDiagnosis: establishedDiagnosisSchema.nullable(),
    inPersonVisit: inPersonVisitViewSchema.nullable(),
    inPersonVisitSpecialtyName: localizedTextSchema.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finalisedAt: z.iso.datetime().nullable(),
  })
  .openapi('Conclusion');

export const conclusionWithVersionsSchema = z
  .object({ conclusion: conclusionViewSchema, versions: z.array(versionSummarySchema) })
  .openapi('ConclusionWithVersions');

export const appointmentConclusionSchema = z
  .object({
    /** The open draft if there is one, otherwise the latest final version; null before anything is saved. */
    current: conclusionViewSchema.nullable(),
    versions: z.array(versionSummarySchema),
    /** When signing opens, while the consultation has not started yet (a draft may be saved); null once open. */
    signOpensAt: z.iso.datetime().nullable(),
  })
  .openapi('AppointmentConclusion');

export const finaliseResultSchema = z
  .object({
    conclusion: conclusionViewSchema,
    versions: z.array(versionSummarySchema),
    /** The order created for newly prescribed tests, if any. */
    labOrder: z.object({ id: z.uuid(), testCodes: z.array(z.string()) }).nullable(),
  })
  .openapi('FinalisedConclusion');

export const archiveSchema = z
  .object({
    conclusions: z.array(
      z.object({
        id: z.uuid(),
        appointmentId: z.uuid(),
        appointmentStartsAt: z.iso.datetime(),
        finalisedAt: z.iso.datetime(),
        version: z.number().int(),
        corrected: z.boolean(),
        doctor: z.object({ id: z.uuid(), fullName: localizedTextSchema }),
        specialty: z.object({ code: z.string(), name: localizedTextSchema }),
        diagnosis: diagnosisSchema.nullable(),
        diagnosisPreliminary: z.boolean(),
      }),
    ),
    answeredRequests: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['second_opinion', 'test_decoding']),
        specialty: z.object({ code: z.string(), name: localizedTextSchema }),
        complaints: z.string(),
        answer: z.string(),
        answeredAt: z.iso.datetime(),
        doctor: z.object({ id: z.uuid(), fullName: localizedTextSchema }).nullable(),
      }),
    ),
  })
  .openapi('PatientArchive');

/** In-person diagnoses in the patient's card a remote consultation may follow up. */
export const establishedCandidatesSchema = z
  .object({
    items: z.array(
      z.object({
        /** A diagnosis of an in-person visit in the card, or one entered with its source at an earlier follow-up. */
        kind: z.enum(['in_person_visit', 'entered_source']),
        conclusionId: z.uuid(),
        appointmentId: z.uuid(),
        date: z.string(),
        code: z.string(),
        name: localizedTextSchema,
        secondary: z.boolean(),
        doctor: localizedTextSchema,
        specialty: localizedTextSchema.nullable(),
        organisation: localizedTextSchema.nullable(),
        document: z.string().nullable(),
      }),
    ),
  })
  .openapi('EstablishedDiagnosisCandidates');

export type DraftBody = z.infer<typeof draftBodySchema>;
export type ConclusionView = z.infer<typeof conclusionViewSchema>;
