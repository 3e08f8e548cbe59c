import { error } from '@sveltejs/kit';
import { findingFacts, readResult, readTriageResult } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id, or somebody else's consultation: the same "no such page".
  if (!UUID.test(params.id)) error(404);
  const appointment = await locals.api.appointments[':id'].$get({ param: { id: params.id } }).then(unwrap);
  const [patient, questionnaire] = await Promise.all([
    locals.api.patients[':id'].$get({ param: { id: appointment.patient.id } }).then(unwrap),
    locals.api.appointments[':id'].anamnesis.$get({ param: { id: appointment.id } }).then(readResult),
  ]);
  // Most consultations have no questionnaire: the api's 404 means "none attached", anything else is a fault.
  if (!questionnaire.ok && questionnaire.problem.status !== 404) error(502, questionnaire.problem.detail);
  const anamnesis = questionnaire.ok ? questionnaire.data : null;
  const facts = anamnesis ? await findingFacts(locals.api, anamnesis.modelVersion) : null;
  const result = anamnesis ? readTriageResult(anamnesis.result) : null;
  return {
    appointment,
    patient,
    anamnesis: anamnesis && {
      complaintText: anamnesis.complaintText,
      createdAt: anamnesis.createdAt,
      modelVersion: anamnesis.modelVersion,
      result,
    },
    units: Object.fromEntries(
      (result?.findings.measurements ?? []).flatMap((f) => {
        const unit = facts?.measured.get(f.findingId)?.unit;
        return unit ? [[f.findingId, unit]] : [];
      }),
    ),
  };
};
