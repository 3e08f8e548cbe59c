import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(full);
    return entry.name.endsWith('.svelte') ? [full] : [];
  });
}

/**
 * Svelte 5 drops the whitespace at the start of a block, so `{name}{#if x}⏎ · {more}{/if}` renders "Name· more".
 * The space has to stand outside the block: `{name}⏎{#if x}· {more}{/if}`.
 */
const glued = /\S(\{#(?:if|each|key|await)\b[^}]*\})[ \t]*\n/g;

describe('Svelte markup', () => {
  it('never opens a block right after inline content with its body on the next line (the space is lost)', () => {
    const offenders = ['web-doctor/src', 'web-patient/src', 'web-shared/src'].flatMap((dir) =>
      svelteFiles(path.join(root, dir)).flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        return [...source.matchAll(glued)].map(
          (m) => `${path.relative(root, file)}:${source.slice(0, m.index).split('\n').length}: ${m[1]}`,
        );
      }),
    );
    expect(offenders).toEqual([]);
  });
});
