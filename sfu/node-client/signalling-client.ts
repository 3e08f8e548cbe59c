/** A Node signalling client for the sfu (tests, benchmarks, gateways): typed requests, validated replies. */
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';
import {
  notifications,
  requests,
  serverMessageSchema,
  type NotificationData,
  type NotificationMethod,
  type RequestData,
  type RequestMethod,
  type ResponseData,
} from '../src/protocol.js';

export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RequestError';
  }
}

type NotificationEvents = { [M in NotificationMethod]: [NotificationData<M>] } & { close: [number, string] };

export class SignallingClient extends EventEmitter<NotificationEvents> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  closeCode: number | null = null;

  private constructor(private readonly socket: WebSocket) {
    super();
    socket.on('message', (raw) => this.onMessage(raw.toString()));
    socket.on('close', (code, reason) => {
      this.closeCode = code;
      for (const { reject } of this.pending.values())
        reject(new RequestError('closed', `socket closed (${code})`));
      this.pending.clear();
      this.emit('close', code, reason.toString());
    });
  }

  static connect(url: string): Promise<SignallingClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new SignallingClient(socket)));
      socket.once('error', reject);
    });
  }

  request<M extends RequestMethod>(method: M, data: RequestData<M>): Promise<ResponseData<M>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (value) => resolve(requests[method].response.parse(value) as ResponseData<M>),
        reject,
      });
      this.socket.send(JSON.stringify({ type: 'request', id, method, data }));
    });
  }

  /** Resolves with the next notification of this kind that matches. */
  next<M extends NotificationMethod>(method: M, match: (d: NotificationData<M>) => boolean = () => true) {
    return new Promise<NotificationData<M>>((resolve) => {
      const listener = (data: NotificationData<M>) => {
        if (!match(data)) return;
        (this.off as (m: M, l: typeof listener) => void)(method, listener);
        resolve(data);
      };
      (this.on as (m: M, l: typeof listener) => void)(method, listener);
    });
  }

  /** Resolves with the close code once the server closes the socket. */
  closed(): Promise<number> {
    if (this.closeCode !== null) return Promise.resolve(this.closeCode);
    return new Promise((resolve) => this.once('close', (code) => resolve(code)));
  }

  close() {
    this.socket.close();
  }

  private onMessage(text: string) {
    const message = serverMessageSchema.parse(JSON.parse(text));
    if (message.type === 'response') {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.data);
      else waiter.reject(new RequestError(message.error.code, message.error.message));
      return;
    }
    const method = message.method as NotificationMethod;
    const schema = notifications[method];
    if (!schema) return;
    (this.emit as (m: NotificationMethod, d: unknown) => boolean)(method, schema.parse(message.data));
  }
}
