import { expect } from 'vitest';
import { parseComplaint } from '../src/parser/parse-complaint.js';

/** The parser's findings for a text, id → value. */
export const parsed = (text: string): Record<string, string | number> =>
  Object.fromEntries(parseComplaint(text).map((f) => [f.findingId, f.value]));

/** Each text gives the finding "yes". */
export const says = (id: string, texts: readonly string[]): void => {
  for (const text of texts) expect(parsed(text), text).toHaveProperty(id, 'yes');
};

/** Not said, or said to be absent: never a "yes". */
export const notYes = (id: string, texts: readonly string[]): void => {
  for (const text of texts) expect(parsed(text)[id], text).not.toBe('yes');
};
