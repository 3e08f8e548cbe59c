import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import { appointmentStatusSchema, formatSchema, urgencySchema } from '../appointments/schemas.js';
import { patientSummarySchema } from '../patients/schemas.js';

const serviceSchema = z.enum(['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person']);
const diagnosisSchema = z.object({ code: z.string(), name: localizedTextSchema });
const nameSchema = z.object({ id: z.uuid(), fullName: localizedTextSchema });
const specialtySchema = z.object({ code: z.string(), name: localizedTextSchema });

export const serviceUsageSchema = z
  .object({
    service: serviceSchema,
    status: z.enum(['included', 'franchise', 'not_covered']),
    franchisePercent: z.number().int(),
    annualLimit: z.number().int().nullable(),
    used: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Used this calendar year; null where the platform does not see the service' }),
    remaining: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Left of the annual limit; null: no limit' }),
  })
  .openapi('HistoryServiceUsage');

export const insuranceUsageSchema = z
  .object({
    number: z.string(),
    insurer: z.string(),
    validTo: z.string(),
    programme: z.object({
      name: localizedTextSchema,
      kind: z.enum(['dms', 'oms']),
      franchisePercent: z.number(),
    }),
    year: z.number().int(),
    services: z.array(serviceUsageSchema),
  })
  .openapi('HistoryInsuranceUsage');

export const conclusionBriefSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    version: z.number().int(),
    finalisedAt: z.iso.datetime().nullable(),
    practitioner: nameSchema,
    diagnosis: diagnosisSchema.nullable(),
    secondaryDiagnoses: z.array(diagnosisSchema),
    recommendations: z.string(),
  })
  .openapi('HistoryConclusion');

export const labValueSchema = z
  .object({
    loinc: z.string(),
    name: localizedTextSchema,
    value: z.number(),
    unit: z.string(),
    referenceLow: z.number().nullable(),
    referenceHigh: z.number().nullable(),
    flag: z.enum(['low', 'normal', 'high']),
    effectiveAt: z.iso.datetime(),
  })
  .openapi('HistoryLabValue');

export const bpSummarySchema = z
  .object({
    target: z.object({ systolic: z.number().int(), diastolic: z.number().int() }),
    days: z.number().int(),
    readings: z.number().int(),
    averageSystolic: z.number().int().nullable(),
    averageDiastolic: z.number().int().nullable(),
    lastMeasuredAt: z.iso.datetime().nullable(),
  })
  .openapi('HistoryHomeBloodPressure');

export const clinicalSummarySchema = z
  .object({
    patient: patientSummarySchema,
    guardian: nameSchema.nullable(),
    insurance: insuranceUsageSchema.nullable(),
    priorConclusions: z.array(conclusionBriefSchema),
    recentLabs: z.array(labValueSchema),
    bloodPressure: bpSummarySchema.nullable(),
  })
  .openapi('ClinicalSummary');

export const historyConsultSchema = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  status: appointmentStatusSchema,
  format: formatSchema,
  urgency: urgencySchema,
  specialty: specialtySchema,
  practitioner: nameSchema.nullable(),
  conclusion: conclusionBriefSchema.nullable(),
});

export const historyLabReportSchema = z.object({
  id: z.uuid(),
  issuedAt: z.iso.datetime(),
  observations: z.array(labValueSchema),
});

export const historyRequestSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['second_opinion', 'test_decoding']),
  status: z.enum(['submitted', 'in_review', 'answered', 'consult_booked', 'cancelled']),
  specialty: specialtySchema,
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
});

export const patientHistorySchema = z
  .object({
    patient: patientSummarySchema,
    consults: z.array(historyConsultSchema),
    labReports: z.array(historyLabReportSchema),
    requests: z.array(historyRequestSchema),
  })
  .openapi('PatientHistory');

export const myPatientsQuerySchema = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: 'Part of the name, Russian or English' }),
});

export const myPatientsSchema = z
  .object({
    items: z.array(
      patientSummarySchema.extend({
        consults: z.number().int(),
        lastConsultAt: z.iso.datetime().nullable(),
        nextConsultAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .openapi('DoctorPatients');
