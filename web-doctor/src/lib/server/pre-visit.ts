import { error } from '@sveltejs/kit';
import {
  findingFacts,
  readResult,
  readTriageResult,
  unsureAnswers,
  type ApiClient,
} from '@telemed/web-shared/server';
import { unwrap } from './api';

/**
 * What the consultation's doctor reads before and during it: the appointment (with the patient's reason), the
 * patient, the attached questionnaire's summary and why an assistant escalated it, if one did. Shared by the
 * pre-visit page and the call page (guests of a call get none of it).
 */
export async function loadPreVisit(api: ApiClient, appointmentId: string) {
  const param = { id: appointmentId };
  const [appointment, escalation] = await Promise.all([
    api.appointments[':id'].$get({ param }).then(unwrap),
    api.appointments[':id'].escalation.$get({ param }).then(unwrap),
  ]);
  const [patient, questionnaire] = await Promise.all([
    api.patients[':id'].$get({ param: { id: appointment.patient.id } }).then(unwrap),
    api.appointments[':id'].anamnesis.$get({ param: { id: appointment.id } }).then(readResult),
  ]);
  // Most consultations have no questionnaire: the api's 404 means "none attached", anything else is a fault.
  if (!questionnaire.ok && questionnaire.problem.status !== 404)
    error(502, questionnaire.problem.code ?? undefined);
  const anamnesis = questionnaire.ok ? questionnaire.data : null;
  const facts = anamnesis ? await findingFacts(api, anamnesis.modelVersion) : null;
  const result = anamnesis ? readTriageResult(anamnesis.result) : null;
  return {
    appointment,
    patient,
    escalations: escalation.items,
    anamnesis: anamnesis && {
      complaintText: anamnesis.complaintText,
      createdAt: anamnesis.createdAt,
      modelVersion: anamnesis.modelVersion,
      result,
      unsure: unsureAnswers(anamnesis.answered),
    },
    units: Object.fromEntries(
      (result?.findings.measurements ?? []).flatMap((f) => {
        const unit = facts?.measured.get(f.findingId)?.unit;
        return unit ? [[f.findingId, unit]] : [];
      }),
    ),
  };
}

/**
 * The rest of the pre-visit reading, for the summary page only (the call page keeps to the essentials): the
 * clinical summary from the card (insurance cover and use, earlier conclusions, lab values, home pressure)
 * and the documents attached to this consultation.
 */
export async function loadClinicalContext(api: ApiClient, patientId: string, appointmentId: string) {
  const [summary, attachments] = await Promise.all([
    api.patients[':id']['clinical-summary'].$get({ param: { id: patientId } }).then(unwrap),
    api.appointments[':id'].attachments.$get({ param: { id: appointmentId } }).then(unwrap),
  ]);
  return { summary, attachments: attachments.items };
}

export type EscalationContext = Awaited<ReturnType<typeof loadPreVisit>>['escalations'][number];
