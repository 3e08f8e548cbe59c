import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../../auth/middleware.js';
import { createRouter } from '../../../http/router.js';
import { authProblems, jsonContent } from '../../../http/schemas.js';
import { recordSightings } from '../../../auth/listed-sightings.js';
import { population } from './queries.js';
import { populationSchema } from './schemas.js';

const populationRoute = createRoute({
  method: 'get',
  path: '/monitoring/population',
  tags: ['Blood-pressure monitoring'],
  summary:
    'Enrolled hypertension patients by HEARTS/Simple.org status, the monthly control rate, time to control and the lists to act on',
  description:
    'An assistant sees the patients actively enrolled with them; a doctor sees the actively enrolled patients they treat (a non-cancelled appointment with them), whoever monitors them. Patients, admins and coordinators get 403.',
  responses: { 200: jsonContent(populationSchema, 'The population view'), ...authProblems },
});

export const populationRoutes = createRouter().openapi(populationRoute, async (c) => {
  const actor = requireActor(c, 'assistant', 'doctor');
  const db = c.get('deps').database.db;
  const view = await population(
    db,
    actor.role === 'assistant' ? { assistantId: actor.practitionerId! } : { doctorId: actor.practitionerId! },
  );
  // The lists name patients and show their readings: each listed patient is recorded once per session window
  // (the page is polled, as the worklist is).
  await recordSightings(
    { db, redis: c.get('deps').redis },
    actor,
    c.get('requestId'),
    { list: 'population', action: 'monitoring.population', resourceType: 'BpReading' },
    [...view.uncontrolled, ...view.noReading].map((p) => p.patientId),
  );
  return c.json(view, 200);
});
