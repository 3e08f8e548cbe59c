import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/**
 * JSON serialised and UTF-8 encoded once to be sent many times, typed with the value it encodes. Kept as bytes:
 * a string would be measured and encoded again for every answer (most of a cached slot list's cost).
 */
export type JsonText<T> = Uint8Array<ArrayBuffer> & { readonly encodes?: T };

const encoder = new TextEncoder();

export const toJsonText = <T>(value: T) => encoder.encode(JSON.stringify(value)) as JsonText<T>;

/** Sends JSON serialised earlier, typed as `c.json(value, 200)` would be, so the typed client still knows it. */
export function jsonTextResponse<T>(c: Context, text: JsonText<T>) {
  const response: Response = c.body(text, 200, { 'content-type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
