import { createRoute } from '@hono/zod-openapi';
import { signJoinToken } from '@telemed/sfu/join-token';
import { requireInternalCaller } from '../../auth/internal.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../http/schemas.js';
import { findAccount, findAccountByLogin } from '../accounts/queries.js';
import type { OnlineFormat } from '../appointments/schemas.js';
import { consultationOverProblem, findAppointment, requireOpenCall, requireParticipant } from './access.js';
import { inviteGuest } from './guests.js';
import { placeRoom } from './placement.js';
import { iceServersFor } from './turn.js';
import {
  chatHistorySchema,
  chatMessageSchema,
  internalEventSchema,
  internalMessageSchema,
  inviteGuestSchema,
  joinResponseSchema,
} from './schemas.js';
import { chatHistory, persistChatMessage, recordRoomEvent } from './service.js';

const join = createRoute({
  method: 'post',
  path: '/appointments/{id}/join',
  tags: ['Consultations'],
  summary: 'Get a short-lived token to join the consultation room',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(joinResponseSchema, 'A join grant for the sfu'),
    ...authProblems,
    ...notFoundProblem,
    409: problem('The room is not open now (too early, ended, cancelled, or still in the queue)'),
  },
});

const history = createRoute({
  method: 'get',
  path: '/appointments/{id}/messages',
  tags: ['Consultations'],
  summary: "The consultation's chat history, oldest first",
  request: { params: idParamSchema },
  responses: { 200: jsonContent(chatHistorySchema, 'Messages'), ...authProblems, ...notFoundProblem },
});

const invite = createRoute({
  method: 'post',
  path: '/appointments/{id}/guests',
  tags: ['Consultations'],
  summary: 'The doctor invites a third participant (a parent, an assistant, an interpreter)',
  request: { params: idParamSchema, body: jsonBody(inviteGuestSchema) },
  responses: {
    204: { description: 'Invited' },
    ...badRequestProblem,
    ...authProblems,
    ...notFoundProblem,
    409: problem('The consultation was cancelled or has ended: there is no call to bring anybody into'),
  },
});

const internalMessage = createRoute({
  method: 'post',
  path: '/internal/consultations/{id}/messages',
  tags: ['Internal'],
  summary: 'The sfu persists a chat message before acknowledging it (idempotent by message id)',
  middleware: [requireInternalCaller] as const,
  request: { params: idParamSchema, body: jsonBody(internalMessageSchema) },
  responses: {
    200: jsonContent(chatMessageSchema, 'Already stored'),
    201: jsonContent(chatMessageSchema, 'Stored'),
    ...badRequestProblem,
    401: problem('Not a Telemed service'),
    ...notFoundProblem,
    409: problem('The id belongs to another message'),
  },
});

const internalEvent = createRoute({
  method: 'post',
  path: '/internal/consultations/{id}/events',
  tags: ['Internal'],
  summary: 'The sfu reports a room event (joined, left, started, ended)',
  middleware: [requireInternalCaller] as const,
  request: { params: idParamSchema, body: jsonBody(internalEventSchema) },
  responses: {
    204: { description: 'Recorded' },
    ...badRequestProblem,
    401: problem('Not a Telemed service'),
    ...notFoundProblem,
  },
});

export const consultationRoutes = createRouter()
  .openapi(join, async (c) => {
    // Refuses in-person visits too, so the format below is an online one.
    const { actor, appointment, role } = await requireOpenCall(
      c,
      c.req.valid('param').id,
      'consultation.join',
    );
    const media = appointment.format as OnlineFormat;
    const { config, redis } = c.get('deps');
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + config.JOIN_TOKEN_TTL_SECONDS;
    const account = await findAccount(c.get('deps').database.db, actor.accountId);
    const name = account ? account.displayName[account.locale] : '';
    const token = signJoinToken(
      {
        room: appointment.id,
        sub: actor.accountId,
        name,
        role,
        media,
        iat,
        exp,
      },
      config.JOIN_TOKEN_SECRET,
    );
    return c.json(
      {
        token,
        sfuUrl: await placeRoom(redis, appointment.id, config.SFU_PUBLIC_URL),
        expiresAt: new Date(exp * 1000).toISOString(),
        role,
        media,
        iceServers: media === 'chat' ? [] : iceServersFor(config, actor.accountId),
      },
      200,
    );
  })
  .openapi(history, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'consultation.chat.read');
    return c.json({ items: await chatHistory(c.get('deps').database.db, appointment.id) }, 200);
  })
  .openapi(invite, async (c) => {
    const { actor, appointment } = await requireParticipant(
      c,
      c.req.valid('param').id,
      'consultation.invite',
      {
        allow: ['doctor'],
        forbidden: 'Only the consulting doctor can invite participants.',
      },
    );
    // A guest comes for the call: none is brought into a consultation that will have none (and could then read
    // its questionnaire and documents after the fact).
    const over = consultationOverProblem(appointment);
    if (over) throw over;
    const db = c.get('deps').database.db;
    const { login, accountId } = c.req.valid('json');
    const guest = accountId ? await findAccount(db, accountId) : await findAccountByLogin(db, login!);
    // Admins and coordinators see no consultation content, and a disabled account joins nothing.
    if (!guest || guest.role === 'admin' || guest.role === 'coordinator' || guest.disabledAt)
      throw notFound();
    if (guest.id === actor.accountId) {
      throw new ProblemError(400, 'You are already in this consultation.', {
        code: 'validation.invalid',
        params: { field: 'accountId' },
      });
    }
    const inviter = (await findAccount(db, actor.accountId))!;
    await inviteGuest(db, c.get('deps').queues.notifications, {
      appointmentId: appointment.id,
      guest: { id: guest.id, role: guest.role },
      inviter: { id: inviter.id, name: inviter.displayName },
    });
    return c.body(null, 204);
  })
  .openapi(internalMessage, async (c) => {
    const db = c.get('deps').database.db;
    const id = c.req.valid('param').id;
    if (!(await findAppointment(db, id))) throw notFound();
    const { message, created } = await persistChatMessage(db, id, c.req.valid('json'));
    return created ? c.json(message, 201) : c.json(message, 200);
  })
  .openapi(internalEvent, async (c) => {
    const db = c.get('deps').database.db;
    const id = c.req.valid('param').id;
    if (!(await findAppointment(db, id))) throw notFound();
    await recordRoomEvent(db, id, c.req.valid('json'));
    return c.body(null, 204);
  });
