/**
 * One WebSocket = one participant. The first request must be `join` with a join token; the socket is then bound
 * to that token's room and account for its whole life, so nothing it sends can reach another room.
 */
import type { types as ms } from 'mediasoup';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { SfuConfig } from './config.js';
import { SfuError } from './errors.js';
import { JoinTokenError, verifyJoinToken } from './join-token.js';
import { logger } from './logger.js';
import type { Peer, PeerChannel } from './peer.js';
import {
  closeCodes,
  requestEnvelopeSchema,
  requests,
  type NotificationData,
  type NotificationMethod,
  type RequestMethod,
} from './protocol.js';
import type { Room } from './room.js';
import type { RoomRegistry } from './rooms.js';
import { nestedDeeperThan, socketLimits, TokenBucket } from './socket-limits.js';

/** RFC 6455 §7.4.1: the endpoint received a message that violates its policy. */
const POLICY_VIOLATION = 1008;

type Session = { room: Room; peer: Peer };
type Handler = (session: Session, data: unknown, registry: RoomRegistry) => Promise<unknown> | unknown;

/** Parses a request's data with its schema (z.output, so defaults are applied). */
const input = <M extends RequestMethod>(method: M, data: unknown) =>
  requests[method].request.parse(data ?? {}) as z.output<(typeof requests)[M]['request']>;

// join and leave change the connection's session, so the connection handles them itself.
const handlers: { [M in Exclude<RequestMethod, 'join' | 'leave'>]: Handler } = {
  ready: ({ room, peer }, data) =>
    room.ready(peer, input('ready', data).rtpCapabilities as ms.RtpCapabilities).then(() => ({})),
  createWebRtcTransport: ({ room, peer }, data) =>
    room.createWebRtcTransport(peer, input('createWebRtcTransport', data).direction),
  connectWebRtcTransport: ({ room, peer }, data) =>
    room.connectWebRtcTransport(peer, input('connectWebRtcTransport', data)).then(() => ({})),
  createPlainTransport: ({ room, peer }, data) =>
    room.createPlainTransport(peer, input('createPlainTransport', data)),
  connectPlainTransport: ({ room, peer }, data) =>
    room.connectPlainTransport(peer, input('connectPlainTransport', data)).then(() => ({})),
  produce: ({ room, peer }, data) => room.produce(peer, input('produce', data)),
  closeProducer: ({ room, peer }, data) => {
    room.closeProducer(peer, input('closeProducer', data).producerId);
    return {};
  },
  pauseProducer: ({ peer }, data) =>
    peer
      .producer(input('pauseProducer', data).producerId)
      .pause()
      .then(() => ({})),
  resumeProducer: ({ peer }, data) =>
    peer
      .producer(input('resumeProducer', data).producerId)
      .resume()
      .then(() => ({})),
  pauseConsumer: ({ peer }, data) =>
    peer
      .consumer(input('pauseConsumer', data).consumerId)
      .pause()
      .then(() => ({})),
  resumeConsumer: ({ peer }, data) =>
    peer
      .consumer(input('resumeConsumer', data).consumerId)
      .resume()
      .then(() => ({})),
  restartIce: ({ room, peer }, data) => room.restartIce(peer, input('restartIce', data).transportId),
  setConsumerPreferredLayers: async ({ peer }, data) => {
    const { consumerId, spatialLayer, temporalLayer } = input('setConsumerPreferredLayers', data);
    const consumer = peer.consumer(consumerId);
    if (consumer.type !== 'simulcast' && consumer.type !== 'svc')
      throw new SfuError('bad_request', 'Not a layered video');
    await consumer.setPreferredLayers({
      spatialLayer,
      ...(temporalLayer === undefined ? {} : { temporalLayer }),
    });
    return {};
  },
  chat: ({ room, peer }, data) => room.chat(peer, input('chat', data)),
  ping: (_, data) => {
    input('ping', data);
    return {};
  },
  closeRoom: ({ room, peer }, data, registry) => {
    input('closeRoom', data);
    if (peer.claims.role !== 'doctor')
      throw new SfuError('forbidden', 'Only the doctor can end the consultation');
    registry.end(room.id);
    return {};
  },
};

/** RFC 6455 §7.4.1: normal closure, the purpose of the connection is fulfilled. */
const NORMAL_CLOSURE = 1000;

export function handleConnection(socket: WebSocket, config: SfuConfig, registry: RoomRegistry) {
  let session: Session | null = null;
  let joining = false;
  const send = (message: unknown) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const channel: PeerChannel = {
    notify<M extends NotificationMethod>(method: M, data: NotificationData<M>) {
      send({ type: 'notification', method, data });
    },
    close(code, reason) {
      session = null;
      // Let the closing notification flush before the close frame.
      setImmediate(() => socket.close(code, reason));
    },
  };

  const joinTimer = setTimeout(() => {
    if (!session) socket.close(closeCodes.unauthorized, 'join timeout');
  }, socketLimits.joinTimeoutMs).unref();
  const bucket = new TokenBucket(socketLimits.burst, socketLimits.refillPerSecond);
  let preJoinMessages = 0;

  const violation = (reason: string) => {
    logger.warn({ reason, peerId: session?.peer.id }, 'closing an abusive signalling socket');
    socket.close(POLICY_VIOLATION, reason);
  };

  async function join(data: unknown) {
    if (session || joining) throw new SfuError('bad_request', 'Already joined');
    joining = true;
    try {
      const { token } = input('join', data);
      let claims;
      try {
        claims = verifyJoinToken(token, config.JOIN_TOKEN_SECRET);
      } catch (error) {
        if (error instanceof JoinTokenError) {
          channel.close(closeCodes.unauthorized, error.code);
          throw new SfuError('unauthorized', error.code);
        }
        throw error;
      }
      if (registry.hasEnded(claims.room)) {
        channel.close(closeCodes.roomClosed, 'ended');
        throw new SfuError('forbidden', 'The consultation has ended');
      }
      const room = registry.getOrCreate(claims.room);
      const { peer, response } = await room.join(claims, channel);
      if (socket.readyState !== socket.OPEN) {
        room.leave(peer);
        throw new SfuError('bad_request', 'Socket closed while joining');
      }
      session = { room, peer };
      clearTimeout(joinTimer);
      return response;
    } finally {
      joining = false;
    }
  }

  /**
   * The participant leaves for good: the socket is done (the client closes it too). Until the close, the socket
   * has no session, so nothing it still sends reaches the room it left.
   */
  function leave(current: Session, data: unknown) {
    input('leave', data);
    session = null;
    current.room.leave(current.peer);
    setImmediate(() => socket.close(NORMAL_CLOSURE, 'left'));
    return {};
  }

  async function dispatch(method: string, data: unknown): Promise<unknown> {
    if (method === 'join') return join(data);
    if (method !== 'leave' && !Object.hasOwn(handlers, method))
      throw new SfuError('bad_request', `Unknown method ${method}`);
    if (!session) throw new SfuError('not_joined', 'Join first');
    if (nestedDeeperThan(data, socketLimits.maxDataDepth))
      throw new SfuError('bad_request', `data nests deeper than ${socketLimits.maxDataDepth} levels`);
    if (method === 'leave') return leave(session, data);
    return handlers[method as keyof typeof handlers](session, data, registry);
  }

  // `ws` emits 'error' for a frame that breaks RFC 6455 (over maxPayload, invalid UTF-8, reserved bits or
  // opcodes, an unmasked or fragmented control frame…) and has already begun closing the socket with the
  // matching code (1009, 1007, 1002). Unhandled, the event would be thrown and end the process, and with it
  // every consultation on this node.
  socket.on('error', (error: Error & { code?: string }) => {
    logger.warn(
      { code: error.code, message: error.message },
      'closing a socket that broke the WebSocket protocol',
    );
    if (socket.readyState === socket.OPEN) socket.close(1002, 'protocol error');
  });

  socket.on('message', (raw, isBinary) => {
    // Frames already in flight after a close started are dropped.
    if (socket.readyState !== socket.OPEN) return;
    if (!bucket.take()) return violation('rate limit exceeded');
    if (!session && ++preJoinMessages > socketLimits.preJoinMessages) return violation('join first');
    void (async () => {
      let id = -1;
      const peer = session?.peer;
      try {
        if (isBinary) throw new SfuError('bad_request', 'Text frames only');
        const envelope = requestEnvelopeSchema.parse(JSON.parse(raw.toString()));
        id = envelope.id;
        const result = await dispatch(envelope.method, envelope.data);
        send({ type: 'response', id, ok: true, data: result });
      } catch (error) {
        // The participant left (or was replaced, or the room closed) while this request was in flight: whatever
        // the worker said about the transports that closed with them is no fault of ours.
        const wire = peer?.closed
          ? { code: 'not_joined' as const, message: 'You have left the consultation' }
          : toWireError(error);
        send({ type: 'response', id, ok: false, error: wire });
      }
    })();
  });

  socket.on('close', () => {
    clearTimeout(joinTimer);
    if (session) session.room.leave(session.peer);
    session = null;
  });
}

function toWireError(error: unknown) {
  if (error instanceof SfuError) return { code: error.code, message: error.message };
  if (error instanceof z.ZodError || error instanceof SyntaxError) {
    return {
      code: 'bad_request' as const,
      message: error instanceof z.ZodError ? z.prettifyError(error) : 'Invalid JSON',
    };
  }
  // mediasoup rejects bad parameters with TypeError / UnsupportedError: the client's fault, not ours.
  if (error instanceof Error && (error.name === 'TypeError' || error.name === 'UnsupportedError')) {
    return { code: 'bad_request' as const, message: error.message };
  }
  logger.error({ err: error }, 'request failed');
  return { code: 'internal' as const, message: 'Internal error' };
}
