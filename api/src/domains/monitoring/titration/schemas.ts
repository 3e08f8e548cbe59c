import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../../http/schemas.js';
import { QUESTIONS } from '../outreach/questionnaire.js';

export const attachBodySchema = z
  .object({ protocolCode: z.string().trim().min(1).max(60), step: z.number().int().min(1).max(10) })
  .openapi('AttachTitrationProtocol');

export const approveBodySchema = z
  .object({ step: z.number().int().min(1).max(10).optional() })
  .openapi('ApproveTitrationProposal');

export const declineBodySchema = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .openapi('DeclineTitrationProposal');

const stepSchema = z.object({
  step: z.number(),
  drugClass: localizedTextSchema,
  example: localizedTextSchema,
  intervalDays: z.number(),
  contraindications: localizedTextSchema,
  labTestCodes: z.array(z.string()),
  labCheckDays: z.number().nullable(),
});

export const protocolSchema = z
  .object({ code: z.string(), name: localizedTextSchema, source: z.string(), steps: z.array(stepSchema) })
  .openapi('TitrationProtocol');

export const planSchema = z
  .object({
    id: z.uuid(),
    protocolCode: z.string(),
    protocolName: localizedTextSchema,
    step: z.number(),
    steps: z.number(),
    drugClass: localizedTextSchema,
    prescription: localizedTextSchema,
    contraindications: localizedTextSchema,
    since: z.string(),
    nextCheckAt: z.string(),
    labCheckAt: z.string().nullable(),
  })
  .openapi('TitrationPlan');

/** Why a step was proposed, as `proposeNextStep` (proposals.ts) stores it. */
export const proposalEvidenceSchema = z
  .object({
    /** The 7-day home average at the review date, and how many readings it averaged. */
    averageSystolic: z.number(),
    averageDiastolic: z.number(),
    averageReadings: z.number(),
    /** The patient's own target (the enrolment's). */
    targetSystolic: z.number(),
    targetDiastolic: z.number(),
    intervalDays: z.number(),
    /** Readings over the step's interval, the readings expected (two a day) and their ratio, at most 1. */
    readings: z.number(),
    expectedReadings: z.number(),
    adherence: z.number(),
    /**
     * The patient's latest questionnaire answers, the current drug class's side effects flagged
     * (outreach/questionnaire.ts `sideEffectEvidence`); null when never answered.
     */
    sideEffects: z
      .object({ answeredAt: z.string(), reported: z.array(z.enum(QUESTIONS)), flags: z.array(z.string()) })
      .nullable()
      .optional(),
  })
  .openapi('TitrationProposalEvidence');

export type ProposalEvidence = z.infer<typeof proposalEvidenceSchema>;

export const titrationProposalSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: z.enum(['open', 'approved', 'declined']),
    fromStep: z.number(),
    proposedStep: z.number(),
    proposedDrugClass: localizedTextSchema,
    proposedPrescription: localizedTextSchema,
    evidence: proposalEvidenceSchema,
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    approvedStep: z.number().nullable(),
    declineReason: z.string().nullable(),
    labOrderId: z.uuid().nullable(),
  })
  .openapi('TitrationProposal');

export const patientTitrationSchema = z
  .object({
    plan: planSchema.nullable(),
    proposal: titrationProposalSchema.nullable(),
    /** The lab checks ordered with the latest approved step. */
    labOrderId: z.uuid().nullable(),
  })
  .openapi('PatientTitration');

export const doctorProposalSchema = titrationProposalSchema
  .extend({ patientName: localizedTextSchema, plan: planSchema, protocolSteps: z.array(stepSchema) })
  .openapi('DoctorTitrationProposal');
