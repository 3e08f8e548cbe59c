import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_FIELD,
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from './idempotency-key.js';

const posted = (value: string) => {
  const data = new FormData();
  data.set(IDEMPOTENCY_FIELD, value);
  return data;
};

const stillRunning = () => new Response(null, { status: 409, headers: { 'retry-after': '0' } });

describe('form idempotency keys', () => {
  it('makes a fresh UUID for every rendering of a form', () => {
    const [a, b] = [newIdempotencyKey(), newIdempotencyKey()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('reads back only a UUID: anything else means the write goes without a key', () => {
    const key = newIdempotencyKey();
    expect(readIdempotencyKey(posted(key))).toBe(key);
    expect(readIdempotencyKey(posted(key.toUpperCase()))).toBe(key);
    expect(readIdempotencyKey(posted('not-a-key'))).toBeNull();
    expect(readIdempotencyKey(posted(`${key}\r\nx-evil: 1`))).toBeNull();
    expect(readIdempotencyKey(new FormData())).toBeNull();
  });

  it('gives each write of one submission its own header, the same on every repeat', () => {
    const key = newIdempotencyKey();
    expect(idempotencyHeader(key, 'book')).toEqual({ 'idempotency-key': `${key}:book` });
    expect(idempotencyHeader(key, 'attach', 'f1')).toEqual({ 'idempotency-key': `${key}:attach:f1` });
    expect(idempotencyHeader(key, 'book')).toEqual(idempotencyHeader(key, 'book'));
    expect(idempotencyHeader(null, 'book')).toEqual({});
  });
});

describe('sendIdempotent', () => {
  it('asks again while the first copy is still running and ends with its answer', async () => {
    const answers = [stillRunning(), stillRunning(), new Response('{}', { status: 201 })];
    let sent = 0;
    const response = await sendIdempotent(async () => answers[sent++]!);
    expect(sent).toBe(3);
    expect(response.status).toBe(201);
  });

  it('gives up after its tries with the 409, for the "still processing" message', async () => {
    let sent = 0;
    const response = await sendIdempotent(async () => {
      sent++;
      return stillRunning();
    }, 3);
    expect(sent).toBe(3);
    expect(isStillProcessing(response)).toBe(true);
  });

  it('does not repeat any other refusal, such as a slot taken by someone else', async () => {
    let sent = 0;
    const response = await sendIdempotent(async () => {
      sent++;
      return new Response(null, { status: 409 });
    });
    expect(sent).toBe(1);
    expect(isStillProcessing(response)).toBe(false);
  });
});
