import { z } from '@hono/zod-openapi';
import { onlineFormatSchema } from '../appointments/schemas.js';
import { isoDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';

export const iceServerSchema = z
  .object({
    urls: z.array(z.string()),
    username: z.string().optional(),
    credential: z.string().optional(),
  })
  .openapi('IceServer');

export const joinResponseSchema = z
  .object({
    token: z
      .string()
      .openapi({ description: 'Signed, short-lived; present it to the sfu on every (re)connect' }),
    sfuUrl: z.string(),
    expiresAt: z.iso.datetime(),
    role: z.enum(['patient', 'doctor', 'guest']),
    media: onlineFormatSchema,
    iceServers: z.array(iceServerSchema).openapi({
      description:
        'TURN/STUN servers for the WebRTC transports (RTCIceServer). TURN credentials are time-limited ' +
        '(username `<expiry unix seconds>:<account id>`); empty when the deployment runs no TURN server.',
    }),
  })
  .openapi('JoinGrant');

export const chatMessageSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    senderAccountId: z.uuid(),
    senderRole: z.string(),
    body: z.string(),
    attachmentFileId: z.uuid().nullable(),
    sentAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ChatMessage');

export const chatHistorySchema = z.object({ items: z.array(chatMessageSchema) }).openapi('ChatHistory');

/** What the sfu posts for each chat message before acknowledging it to the sender. */
export const internalMessageSchema = z
  .object({
    id: z.uuid(),
    senderAccountId: z.uuid(),
    senderRole: z.enum(['patient', 'doctor', 'guest']),
    body: z.string().trim().max(4000),
    attachmentFileId: z.uuid().nullable().default(null),
    sentAt: isoDateTimeSchema(),
  })
  .refine((m) => m.body.length > 0 || m.attachmentFileId, {
    message: 'A message needs text or an attachment',
    path: ['body'],
  })
  .openapi('InternalChatMessage');

export const internalEventSchema = z
  .object({
    type: z.enum(['joined', 'left', 'started', 'ended']),
    accountId: z.uuid().nullable().default(null),
    at: isoDateTimeSchema(),
  })
  .openapi('InternalRoomEvent');

/** A colleague picked from the list (`accountId`), or a registered person by e-mail or phone (a parent). */
export const inviteGuestSchema = z
  .object({
    login: z.string().trim().min(3).max(200).optional(),
    accountId: z.uuid().optional(),
  })
  .refine((b) => (b.login === undefined) !== (b.accountId === undefined), {
    message: 'give either login or accountId',
    path: ['accountId'],
  })
  .openapi('InviteGuest');

export const participantsSchema = z
  .object({
    you: z.enum(['patient', 'doctor', 'guest']),
    guests: z.array(
      z.object({
        accountId: z.uuid(),
        role: z.enum(['patient', 'doctor', 'assistant']).openapi({
          description: "The guest's account role, shown in the room: a patient account is a relative",
        }),
        fullName: localizedTextSchema,
        invitedAt: z.iso.datetime(),
        invitedBy: localizedTextSchema,
      }),
    ),
  })
  .openapi('ConsultationParticipants');

export const guestCandidatesSchema = z
  .object({
    items: z.array(
      z.object({ accountId: z.uuid(), fullName: localizedTextSchema, kind: z.enum(['doctor', 'assistant']) }),
    ),
  })
  .openapi('GuestCandidates');
