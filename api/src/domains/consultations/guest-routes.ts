import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { authProblems, idParamSchema, jsonContent, notFoundProblem } from '../../http/schemas.js';
import { requireParticipant } from './access.js';
import { consultationGuestList, staffGuestCandidates } from './guests.js';
import { guestCandidatesSchema, participantsSchema } from './schemas.js';

const tags = ['Consultations'];

const participants = createRoute({
  method: 'get',
  path: '/appointments/{id}/participants',
  tags,
  summary: "The caller's part in the consultation and the guests the doctor invited, with their roles",
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(participantsSchema, 'Who is in the consultation'),
    ...authProblems,
    ...notFoundProblem,
  },
});

const candidates = createRoute({
  method: 'get',
  path: '/appointments/{id}/guest-candidates',
  tags,
  summary: 'The colleagues (doctors, medical assistants) the consulting doctor can invite into the call',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(guestCandidatesSchema, 'Staff, assistants first'),
    ...authProblems,
    ...notFoundProblem,
  },
});

export const guestRoutes = createRouter()
  .openapi(participants, async (c) => {
    const { appointment, role } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'consultation.participants.read',
    );
    return c.json(
      { you: role, guests: await consultationGuestList(c.get('deps').database.db, appointment.id) },
      200,
    );
  })
  .openapi(candidates, async (c) => {
    const { actor } = await requireParticipant(c, c.req.valid('param').id, 'consultation.invite.candidates', {
      allow: ['doctor'],
      forbidden: 'Only the consulting doctor can invite participants.',
    });
    const items = await staffGuestCandidates(c.get('deps').database.db, actor.accountId);
    return c.json({ items }, 200);
  });
