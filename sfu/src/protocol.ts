/**
 * The sfu's WebSocket signalling protocol, shared by the server and the browser client (zod only, no Node APIs).
 *
 * Envelopes: the client sends `{type: 'request', id, method, data}`, the server answers each with
 * `{type: 'response', id, ok: true, data}` or `{type: 'response', id, ok: false, error: {code, message}}`, and
 * pushes `{type: 'notification', method, data}`. The first request on every socket must be `join` with a join
 * token; everything after acts only inside that token's room.
 */
import { z } from 'zod';

// mediasoup's own objects (RTP parameters, DTLS/ICE parameters) are checked for shape here and in depth by
// the worker; loose objects keep fields newer library versions add.
/** RTP payload types are 7 bits (RFC 3550); the worker would silently truncate a larger number. */
const payloadType = z.number().int().min(0).max(127);
/** SSRCs are 32-bit unsigned (RFC 3550). */
const ssrc = z.number().int().min(0).max(0xffff_ffff);
const rtpCodec = z.looseObject({
  mimeType: z.string(),
  payloadType,
  clockRate: z.number().int().positive(),
});
export const rtpParametersSchema = z.looseObject({
  mid: z.string().optional(),
  codecs: z.array(rtpCodec).min(1),
  encodings: z
    .array(z.looseObject({ ssrc: ssrc.optional(), rtx: z.looseObject({ ssrc }).optional() }))
    .optional(),
  headerExtensions: z.array(z.looseObject({ uri: z.string(), id: z.number().int() })).optional(),
  rtcp: z.looseObject({}).optional(),
});
export const rtpCapabilitiesSchema = z.looseObject({
  codecs: z.array(z.looseObject({ mimeType: z.string(), kind: z.enum(['audio', 'video']) })).optional(),
  headerExtensions: z.array(z.looseObject({})).optional(),
});
export const dtlsParametersSchema = z.looseObject({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z.array(z.object({ algorithm: z.string(), value: z.string() })).min(1),
});
export const iceParametersSchema = z.looseObject({ usernameFragment: z.string(), password: z.string() });
export const srtpParametersSchema = z.object({
  cryptoSuite: z.enum([
    'AEAD_AES_256_GCM',
    'AEAD_AES_128_GCM',
    'AES_CM_128_HMAC_SHA1_80',
    'AES_CM_128_HMAC_SHA1_32',
  ]),
  keyBase64: z.string().min(1),
});
export const iceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

export const roleSchema = z.enum(['patient', 'doctor', 'guest']);
export const mediaSchema = z.enum(['video', 'audio', 'chat']);
export const kindSchema = z.enum(['audio', 'video']);
/** What a producer carries; only a doctor may share a screen. */
export const sourceSchema = z.enum(['mic', 'camera', 'screen']);

export const peerInfoSchema = z.object({
  peerId: z.string(),
  accountId: z.uuid(),
  name: z.string(),
  role: roleSchema,
  media: mediaSchema,
});

export const chatMessageSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  senderAccountId: z.uuid(),
  senderRole: roleSchema,
  senderName: z.string(),
  body: z.string(),
  attachmentFileId: z.uuid().nullable(),
  sentAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

const empty = z.object({});
// What a client sends is strict: a field the sfu does not know (say a `room` next to `token`) is refused with
// bad_request rather than silently dropped, so a client never believes it asked for something it did not get.
const emptyRequest = z.strictObject({});
const id = z.string().max(64);
const transportRef = z.strictObject({ transportId: id });
const producerRef = z.strictObject({ producerId: id });
const consumerRequestRef = z.strictObject({ consumerId: id });
/** In the sfu's own notifications (the client keeps fields a newer sfu adds). */
const consumerRef = z.object({ consumerId: z.string() });

/** Every request: its `data` schema and its successful response's `data` schema. */
export const requests = {
  join: {
    request: z.strictObject({ token: z.string().min(1).max(4096) }),
    response: z.object({
      peerId: z.string(),
      roomId: z.uuid(),
      self: peerInfoSchema,
      peers: z.array(peerInfoSchema),
      /** null in chat-format rooms, which have no media at all. */
      routerRtpCapabilities: rtpCapabilitiesSchema.nullable(),
      iceServers: z.array(iceServerSchema),
      activeSpeakerPeerId: z.string().nullable(),
    }),
  },
  /** Sent once the client's device is loaded and its receive transport exists: the sfu starts consuming. */
  ready: { request: z.strictObject({ rtpCapabilities: rtpCapabilitiesSchema }), response: empty },
  createWebRtcTransport: {
    request: z.strictObject({ direction: z.enum(['send', 'recv']) }),
    response: z.object({
      id: z.string(),
      iceParameters: iceParametersSchema,
      iceCandidates: z.array(z.looseObject({})),
      dtlsParameters: dtlsParametersSchema,
    }),
  },
  connectWebRtcTransport: {
    request: transportRef.extend({ dtlsParameters: dtlsParametersSchema }),
    response: empty,
  },
  /** RTP over UDP with SRTP for non-browser peers (gateways, tests, benchmarks); off unless the sfu enables it. */
  createPlainTransport: {
    request: z.strictObject({
      direction: z.enum(['send', 'recv']),
      /** Default AES_CM_128_HMAC_SHA1_80; the peer connects with keys for the same suite. */
      cryptoSuite: srtpParametersSchema.shape.cryptoSuite.optional(),
    }),
    response: z.object({
      id: z.string(),
      ip: z.string(),
      port: z.number().int(),
      srtpParameters: srtpParametersSchema,
    }),
  },
  connectPlainTransport: {
    request: transportRef.extend({
      ip: z.string().optional(),
      port: z.number().int().min(1).max(65535).optional(),
      srtpParameters: srtpParametersSchema,
    }),
    response: empty,
  },
  produce: {
    request: transportRef.extend({
      kind: kindSchema,
      source: sourceSchema,
      rtpParameters: rtpParametersSchema,
      paused: z.boolean().default(false),
    }),
    response: z.object({ producerId: z.string() }),
  },
  closeProducer: { request: producerRef, response: empty },
  pauseProducer: { request: producerRef, response: empty },
  resumeProducer: { request: producerRef, response: empty },
  pauseConsumer: { request: consumerRequestRef, response: empty },
  resumeConsumer: { request: consumerRequestRef, response: empty },
  /** New ICE credentials for a transport whose path broke (network change): the client restarts ICE with them. */
  restartIce: { request: transportRef, response: z.object({ iceParameters: iceParametersSchema }) },
  /**
   * The highest simulcast layer this participant wants of a video it receives (0 = lowest resolution); the sfu
   * still drops below it when bandwidth estimation says so. Only for the caller's own simulcast consumers.
   */
  setConsumerPreferredLayers: {
    request: consumerRequestRef.extend({
      spatialLayer: z.number().int().min(0).max(2),
      temporalLayer: z.number().int().min(0).max(2).optional(),
    }),
    response: empty,
  },
  /** Acknowledged only after the api has stored the message; resending the same id is safe. */
  chat: {
    request: z
      .strictObject({
        id: z.uuid(),
        body: z.string().trim().max(4000).default(''),
        attachmentFileId: z.uuid().nullable().default(null),
      })
      .refine(
        (m) => m.body.length > 0 || m.attachmentFileId !== null,
        'A message needs text or an attachment',
      ),
    response: chatMessageSchema,
  },
  /**
   * A joined client asks every few seconds: a frozen sfu or a half-open connection (a NAT that forgot it) otherwise
   * looks like a quiet call for ever. No answer in time and the client reconnects.
   */
  ping: { request: emptyRequest, response: empty },
  /** The doctor ends the consultation for everyone. */
  closeRoom: { request: emptyRequest, response: empty },
  leave: { request: emptyRequest, response: empty },
} as const;

export type RequestMethod = keyof typeof requests;
export type RequestData<M extends RequestMethod> = z.input<(typeof requests)[M]['request']>;
export type ResponseData<M extends RequestMethod> = z.infer<(typeof requests)[M]['response']>;

export const notifications = {
  peerJoined: peerInfoSchema,
  peerLeft: z.object({ peerId: z.string() }),
  newConsumer: z.object({
    consumerId: z.string(),
    producerId: z.string(),
    peerId: z.string(),
    kind: kindSchema,
    source: sourceSchema,
    rtpParameters: rtpParametersSchema,
    /** The sfu creates consumers paused; the client resumes each once it has set it up. */
    producerPaused: z.boolean(),
  }),
  consumerClosed: consumerRef,
  /** The remote producer was paused or resumed (mute, camera off). */
  consumerPaused: consumerRef,
  consumerResumed: consumerRef,
  activeSpeaker: z.object({ peerId: z.string().nullable() }),
  /** 0 (unusable) … 10 (perfect), from mediasoup's RTP stream scores; null while nothing flows that way. */
  networkQuality: z.object({
    peerId: z.string(),
    uplink: z.number().min(0).max(10).nullable(),
    downlink: z.number().min(0).max(10).nullable(),
  }),
  /**
   * A received stream's score changed: `score` 0–10 for the sfu → this participant leg (loss, from receiver
   * reports), `producerScore` for the sender → sfu leg.
   */
  consumerScore: consumerRef.extend({
    score: z.number().min(0).max(10),
    producerScore: z.number().min(0).max(10),
  }),
  /** The simulcast layer the sfu forwards of a video changed; null: none fits the bandwidth (or paused). */
  consumerLayers: consumerRef.extend({
    spatialLayer: z.number().int().min(0).nullable(),
    temporalLayer: z.number().int().min(0).nullable(),
  }),
  chatMessage: chatMessageSchema,
  /** Sent just before the sfu closes the socket; see closeCodes for what the client should do. */
  closing: z.object({ code: z.number().int(), reason: z.string() }),
} as const;

export type NotificationMethod = keyof typeof notifications;
export type NotificationData<M extends NotificationMethod> = z.infer<(typeof notifications)[M]>;

export const requestEnvelopeSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  data: z.unknown().optional(),
});

export const errorCodeSchema = z.enum([
  'unauthorized',
  'forbidden',
  'bad_request',
  'not_found',
  'not_joined',
  'persist_failed',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('response'), id: z.number().int(), ok: z.literal(true), data: z.unknown() }),
  z.object({
    type: z.literal('response'),
    id: z.number().int(),
    ok: z.literal(false),
    error: z.object({ code: errorCodeSchema, message: z.string() }),
  }),
]);
export const notificationEnvelopeSchema = z.object({
  type: z.literal('notification'),
  method: z.string(),
  data: z.unknown(),
});
export const serverMessageSchema = z.union([responseEnvelopeSchema, notificationEnvelopeSchema]);

/** WebSocket close codes (4000-4999 are for applications) and whether the client should reconnect. */
export const closeCodes = {
  /** The token was malformed, forged, expired or for another room: get a new one from the api. */
  unauthorized: 4001,
  /** The same account joined from another tab or device. */
  replaced: 4002,
  /** The consultation has ended. */
  roomClosed: 4003,
  /** The media worker restarted: rejoin at once (with a fresh token if this one has expired). */
  reconnect: 4004,
} as const;

/** Texts the web apps show for each close code. */
export const closeTexts: Record<keyof typeof closeCodes, { ru: string; en: string }> = {
  unauthorized: {
    ru: 'Доступ к консультации не подтверждён. Обновите страницу.',
    en: 'Access to the consultation could not be confirmed. Please reload the page.',
  },
  replaced: {
    ru: 'Вы подключились к консультации с другого устройства или вкладки.',
    en: 'You joined the consultation from another device or tab.',
  },
  roomClosed: { ru: 'Консультация завершена.', en: 'The consultation has ended.' },
  reconnect: { ru: 'Восстанавливаем соединение…', en: 'Reconnecting…' },
};
