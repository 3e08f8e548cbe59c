/**
 * When the sfu cannot be reached, the consultation goes on without it: chat through the api (the same
 * messages table, idempotent by the client's id, read back by polling the history), the doctor may call the
 * patient's phone, and the appointment records what happened. Participants only, like the call itself.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { accounts, consultationEvents } from '../../db/schema/index.js';
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
import { recipientAccount } from '../notifications/recipient.js';
import { requireOpenCall } from './access.js';
import { chatMessageSchema } from './schemas.js';
import { persistChatMessage } from './service.js';

const postMessageSchema = z
  .object({
    id: z.uuid().openapi({ description: "The sender's own id for the message: resending it stores it once" }),
    body: z.string().trim().min(1).max(4000),
  })
  .openapi('PostChatMessage');

const callEventSchema = z
  .object({
    type: z.enum(['media_unavailable']).openapi({
      description: "`media_unavailable`: this participant's app could not reach the media server (sfu)",
    }),
  })
  .openapi('CallEvent');

const phoneSchema = z
  .object({
    phone: z.string().nullable().openapi({ description: 'null when the patient gave no phone number' }),
  })
  .openapi('PatientPhone');

const postMessage = createRoute({
  method: 'post',
  path: '/appointments/{id}/messages',
  tags: ['Consultations'],
  summary: 'Send a chat message without the sfu (when it cannot be reached); idempotent by message id',
  request: { params: idParamSchema, body: jsonBody(postMessageSchema) },
  responses: {
    200: jsonContent(chatMessageSchema, 'Already stored'),
    201: jsonContent(chatMessageSchema, 'Stored'),
    ...badRequestProblem,
    ...authProblems,
    ...notFoundProblem,
    409: problem('The consultation is not open, or the id belongs to another message'),
  },
});

const postEvent = createRoute({
  method: 'post',
  path: '/appointments/{id}/call-events',
  tags: ['Consultations'],
  summary: "A participant's app reports what happened to the call (the sfu could not be reached)",
  request: { params: idParamSchema, body: jsonBody(callEventSchema) },
  responses: {
    204: { description: 'Recorded' },
    ...badRequestProblem,
    ...authProblems,
    ...notFoundProblem,
    409: problem('The consultation is not open: cancelled, ended, or its time has not come or has passed'),
  },
});

const phoneCall = createRoute({
  method: 'post',
  path: '/appointments/{id}/phone-call',
  tags: ['Consultations'],
  summary: "The doctor calls the patient by phone instead: the patient's (or guardian's) number, recorded",
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(phoneSchema, 'The number to call'),
    ...authProblems,
    403: problem('Only the consulting doctor'),
    ...notFoundProblem,
    409: problem('The consultation is not open'),
  },
});

export const callFallbackRoutes = createRouter()
  .openapi(postMessage, async (c) => {
    const { actor, appointment, role } = await requireOpenCall(
      c,
      c.req.valid('param').id,
      'consultation.chat.write',
    );
    const { id, body } = c.req.valid('json');
    const { message, created } = await persistChatMessage(c.get('deps').database.db, appointment.id, {
      id,
      senderAccountId: actor.accountId,
      senderRole: role,
      body,
      attachmentFileId: null,
      sentAt: new Date().toISOString(),
    });
    return created ? c.json(message, 201) : c.json(message, 200);
  })
  .openapi(postEvent, async (c) => {
    // What happened to a call: only while there can be one (a cancelled or ended consultation has none).
    const { actor, appointment } = await requireOpenCall(c, c.req.valid('param').id, 'consultation.event');
    await c
      .get('deps')
      .database.db.insert(consultationEvents)
      .values({
        appointmentId: appointment.id,
        type: c.req.valid('json').type,
        accountId: actor.accountId,
        at: new Date(),
      });
    return c.body(null, 204);
  })
  .openapi(phoneCall, async (c) => {
    const { actor, appointment } = await requireOpenCall(c, c.req.valid('param').id, 'consultation.phone', {
      allow: ['doctor'],
      forbidden: 'Only the consulting doctor can call the patient.',
    });
    const db = c.get('deps').database.db;
    // The patient's own number, or a parent's for a child under 15: whoever the news of the consultation goes to.
    const accountId = (await recipientAccount(db, appointment.patientId))?.accountId ?? null;
    const [account] = accountId
      ? await db.select({ phone: accounts.phone }).from(accounts).where(eq(accounts.id, accountId))
      : [];
    await db.insert(consultationEvents).values({
      appointmentId: appointment.id,
      type: 'phone_call',
      accountId: actor.accountId,
      at: new Date(),
    });
    return c.json({ phone: account?.phone ?? null }, 200);
  });
