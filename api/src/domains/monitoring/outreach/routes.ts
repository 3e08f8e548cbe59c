import { createRoute, z } from '@hono/zod-openapi';
import { requirePatientAccess } from '../../../auth/middleware.js';
import { ProblemError } from '../../../http/problem.js';
import { createRouter } from '../../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../../http/schemas.js';
import { requireAssistantFor } from '../access.js';
import { requireEnrolment } from '../readings.js';
import {
  questionnaireView,
  recentQuestionnaires,
  saveQuestionnaire,
  URGENT_ADVICE,
  URGENT_SOURCE,
  urgentIn,
} from './questionnaire.js';
import {
  contactAttemptBodySchema,
  contactAttemptSchema,
  patientSeriesSchema,
  questionnaireBodySchema,
  questionnaireResultSchema,
  scheduleBodySchema,
  staffOutreachSchema,
} from './schemas.js';
import { addDays, moscowDate } from './series.js';
import { raiseSymptomAlert } from './symptom-alert.js';
import {
  addContactAttempt,
  contactAttempts,
  findSchedule,
  openTask,
  progressOf,
  resolveTask,
  scheduleView,
  setSchedule,
  taskView,
} from './store.js';

const tags = ['Blood-pressure outreach'];
const conflict = { 409: problem('The patient is not enrolled in monitoring') } as const;
/** A series may be planned up to 60 days ahead, or back-dated by up to 28 days (a series already running). */
const START_BACK_DAYS = 28;
const START_AHEAD_DAYS = 60;

const routes = {
  staffView: createRoute({
    method: 'get',
    path: '/monitoring/patients/{id}/outreach',
    tags,
    summary: 'The measurement series, its task, contact attempts and questionnaire answers of a patient',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(staffOutreachSchema, 'Outreach'), ...authProblems, ...notFoundProblem },
  }),
  setSchedule: createRoute({
    method: 'put',
    path: '/monitoring/patients/{id}/measurement-schedule',
    tags,
    summary:
      'Set the home-measurement series (assistant or treating doctor); defaults to the ESH 2023 series',
    request: { params: idParamSchema, body: jsonBody(scheduleBodySchema) },
    responses: {
      200: jsonContent(staffOutreachSchema, 'Set'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
  contact: createRoute({
    method: 'post',
    path: '/monitoring/patients/{id}/contact-attempts',
    tags,
    summary: 'Log a contact attempt with the patient: channel, outcome, an optional note',
    request: { params: idParamSchema, body: jsonBody(contactAttemptBodySchema) },
    responses: {
      201: jsonContent(contactAttemptSchema, 'Logged'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  resolveTask: createRoute({
    method: 'post',
    path: '/monitoring/patients/{id}/series-task/resolve',
    tags,
    summary: 'Close the "series incomplete" task after dealing with it',
    request: { params: idParamSchema },
    responses: {
      200: jsonContent(z.object({ resolved: z.number().int() }), 'Closed'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  patientSeries: createRoute({
    method: 'get',
    path: '/patients/{id}/bp-series',
    tags,
    summary: 'The patient’s own measurement series and their latest questionnaire answers',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(patientSeriesSchema, 'Series'), ...authProblems, ...notFoundProblem },
  }),
  questionnaire: createRoute({
    method: 'post',
    path: '/patients/{id}/bp-questionnaire',
    tags,
    summary: 'Answer the symptom and side-effect questionnaire (the patient or their guardian)',
    request: { params: idParamSchema, body: jsonBody(questionnaireBodySchema) },
    responses: {
      201: jsonContent(questionnaireResultSchema, 'Stored'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflict,
    },
  }),
};

type Db = Parameters<typeof findSchedule>[0];

async function seriesOf(db: Db, patientId: string) {
  const schedule = await findSchedule(db, patientId);
  return {
    schedule: schedule ? scheduleView(schedule) : null,
    series: schedule ? await progressOf(db, schedule) : null,
  };
}

async function staffOutreach(db: Db, patientId: string) {
  const [current, task, attempts, answers] = await Promise.all([
    seriesOf(db, patientId),
    openTask(db, patientId),
    contactAttempts(db, patientId),
    recentQuestionnaires(db, patientId),
  ]);
  return {
    ...current,
    task: task ? taskView(task) : null,
    contactAttempts: attempts,
    questionnaires: answers.map(questionnaireView),
  };
}

export const outreachRoutes = createRouter()
  .openapi(routes.staffView, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'outreach.read',
      resourceType: 'MeasurementSchedule',
      allow: ['monitoring_assistant', 'treating_doctor', 'consulted_doctor'],
      forbidden: 'Patients see their measurement series on their blood-pressure page.',
    });
    return c.json(await staffOutreach(c.get('deps').database.db, id), 200);
  })
  .openapi(routes.setSchedule, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'outreach.schedule.set',
      resourceType: 'MeasurementSchedule',
      allow: ['monitoring_assistant', 'treating_doctor'],
      forbidden: 'Only the responsible assistant or the treating doctor sets the measurement series.',
    });
    const db = c.get('deps').database.db;
    await requireEnrolment(db, id);
    const body = c.req.valid('json');
    const today = moscowDate(new Date());
    if (
      body.startDate < addDays(today, -START_BACK_DAYS) ||
      body.startDate > addDays(today, START_AHEAD_DAYS)
    ) {
      throw new ProblemError(
        400,
        `The series must start between ${START_BACK_DAYS} days ago and ${START_AHEAD_DAYS} days ahead.`,
        { code: 'outreach.series_start_out_of_range' },
      );
    }
    await setSchedule(db, actor, { patientId: id, ...body });
    return c.json(await staffOutreach(db, id), 200);
  })
  .openapi(routes.contact, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requireAssistantFor(c, id, {
      action: 'outreach.contact.create',
      resourceType: 'MonitoringNote',
    });
    return c.json(await addContactAttempt(c.get('deps').database.db, actor, id, c.req.valid('json')), 201);
  })
  .openapi(routes.resolveTask, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requireAssistantFor(c, id, {
      action: 'outreach.task.resolve',
      resourceType: 'SeriesTask',
    });
    return c.json({ resolved: await resolveTask(c.get('deps').database.db, actor, id) }, 200);
  })
  .openapi(routes.patientSeries, async (c) => {
    const { id } = c.req.valid('param');
    await requirePatientAccess(c, id, {
      action: 'outreach.series.read',
      resourceType: 'MeasurementSchedule',
      allow: ['self', 'guardian'],
    });
    const db = c.get('deps').database.db;
    const [latest] = await recentQuestionnaires(db, id, 1);
    return c.json(
      { ...(await seriesOf(db, id)), questionnaire: latest ? questionnaireView(latest) : null },
      200,
    );
  })
  .openapi(routes.questionnaire, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await requirePatientAccess(c, id, {
      action: 'outreach.questionnaire.submit',
      resourceType: 'SymptomQuestionnaire',
      allow: ['self', 'guardian'],
      forbidden: 'Only the patient or their guardian answers the questionnaire.',
    });
    const db = c.get('deps').database.db;
    const enrolment = await requireEnrolment(db, id);
    const { answers } = c.req.valid('json');
    const row = await db.transaction(async (tx) => {
      const saved = await saveQuestionnaire(tx, id, actor.accountId, answers);
      await raiseSymptomAlert(tx, c.get('deps').queues.notifications, enrolment, saved.id, answers);
      return saved;
    });
    return c.json(
      {
        questionnaire: questionnaireView(row),
        urgentAdvice: urgentIn(answers) ? { text: URGENT_ADVICE, source: URGENT_SOURCE } : null,
      },
      201,
    );
  });
