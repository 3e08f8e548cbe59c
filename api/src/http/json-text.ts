import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** JSON serialised once to be sent many times, typed with the value it encodes. */
export type JsonText<T> = string & { readonly encodes?: T };

export const toJsonText = <T>(value: T) => JSON.stringify(value) as JsonText<T>;

/** Sends JSON serialised earlier, typed as `c.json(value, 200)` would be, so the typed client still knows it. */
export function jsonTextResponse<T>(c: Context, text: JsonText<T>) {
  const response: Response = c.body(text, 200, { 'content-type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
