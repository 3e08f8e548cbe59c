import { fail } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { decideProposal, endMonitoring } from '@telemed/web-shared/server';
import { familyMembers } from '$lib/server/anamnesis';
import { unwrap } from '$lib/server/api';
import { fromMoscowLocal, moscowLocal, problemMessages } from '$lib/server/monitoring';
import { answerQuestionnaire } from '$lib/server/outreach';
import type { Actions, PageServerLoad } from './$types';

const DAYS = 30;

export const load: PageServerLoad = async ({ locals, url }) => {
  const [family, mine] = await Promise.all([
    locals.api.me.family.$get().then(unwrap),
    locals.api.me.monitoring.$get().then(unwrap),
  ]);
  const people = familyMembers(family).filter((p) => mine.enrolledPatientIds.includes(p.id));
  const chosen = people.find((p) => p.id === url.searchParams.get('patientId')) ?? people[0];
  const proposals = mine.proposals;
  if (!chosen)
    return {
      people,
      proposals,
      chosen: null,
      view: null,
      days: DAYS,
      now: new Date().toISOString(),
      defaultTime: moscowLocal(),
    };
  const [view, titration, outreach] = await Promise.all([
    locals.api.patients[':id']['bp-readings']
      .$get({ param: { id: chosen.id }, query: { days: String(DAYS) } })
      .then(unwrap),
    locals.api.monitoring.patients[':id'].titration.$get({ param: { id: chosen.id } }).then(unwrap),
    locals.api.patients[':id']['bp-series'].$get({ param: { id: chosen.id } }).then(unwrap),
  ]);
  return {
    people,
    proposals,
    chosen,
    view,
    titration,
    outreach,
    days: DAYS,
    now: new Date().toISOString(),
    defaultTime: moscowLocal(),
  };
};

/** The symptom codes the api accepts, as the catalogue names them. */
const symptomNames = messages('en').monitoring.symptoms;
type Symptom = keyof typeof symptomNames;

const int = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
};

export const actions: Actions = {
  /** The patient (or parent) accepts or declines an assistant's proposal to monitor them. */
  decide: async ({ locals, request }) => {
    const outcome = await decideProposal(locals.api, await request.formData(), locals.locale);
    return outcome.ok
      ? { done: outcome.done }
      : fail(outcome.status, { action: 'decide' as const, message: outcome.message, errors: [] as string[] });
  },
  /** Stops monitoring: the assistant no longer sees the record; the readings stay. */
  stop: async ({ locals, request }) => {
    const patientId = String((await request.formData()).get('patientId') ?? '');
    const outcome = await endMonitoring(locals.api, patientId, locals.locale);
    return outcome.ok
      ? { done: outcome.done }
      : fail(outcome.status, { action: 'stop' as const, message: outcome.message, errors: [] as string[] });
  },
  /** The symptom and side-effect questionnaire: every question answered, ticked ones "yes". */
  questionnaire: async ({ locals, request }) => {
    const form = await request.formData();
    const outcome = await answerQuestionnaire(locals.api, form, locals.locale);
    return outcome.ok
      ? { answered: outcome.answered }
      : fail(outcome.status, {
          action: 'questionnaire' as const,
          message: outcome.message,
          errors: [] as string[],
        });
  },
  save: async ({ locals, request }) => {
    const form = await request.formData();
    const patientId = String(form.get('patientId') ?? '');
    const values = {
      systolic: String(form.get('systolic') ?? ''),
      diastolic: String(form.get('diastolic') ?? ''),
      pulse: String(form.get('pulse') ?? ''),
      measuredAt: String(form.get('measuredAt') ?? ''),
      arm: String(form.get('arm') ?? ''),
      symptoms: form.getAll('symptoms').map(String),
    };
    const arm = values.arm === 'left' || values.arm === 'right' ? values.arm : null;
    const response = await locals.api.patients[':id']['bp-readings'].$post({
      param: { id: patientId },
      json: {
        systolic: int(values.systolic) ?? Number.NaN,
        diastolic: int(values.diastolic) ?? Number.NaN,
        pulse: int(values.pulse),
        measuredAt: fromMoscowLocal(values.measuredAt) || new Date().toISOString(),
        arm,
        symptoms: values.symptoms.filter((s): s is Symptom => s in symptomNames),
      },
    });
    if (response.status === 201) return { saved: await response.json() };
    return fail(response.status === 400 ? 400 : response.status, {
      action: 'save' as const,
      values,
      ...(await problemMessages(response, locals.locale)),
    });
  },
  import: async ({ locals, request }) => {
    const form = await request.formData();
    const patientId = String(form.get('patientId') ?? '');
    const file = form.get('csv');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { action: 'import' as const, missing: true, message: null, errors: [] as string[] });
    }
    // The api recognises the export (OMRON connect, Withings, FHIR, plain table) by its content.
    const response = await locals.api.patients[':id']['bp-readings']['device-import'].$post({
      param: { id: patientId },
      json: { content: await file.text() },
    });
    if (response.status === 200) return { imported: await response.json() };
    return fail(response.status, {
      action: 'import' as const,
      ...(await problemMessages(response, locals.locale)),
    });
  },
};
