import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SEED_DIR = new URL('../src/seed/', import.meta.url);
const CYRILLIC_WORD = /[А-Яа-яЁё]{2,}/;
const ENGLISH_PHRASE = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;

/** Every string and template literal of a seed file. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(new URL(file, SEED_DIR), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    if (ts.isTemplateExpression(node)) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the demo seed', () => {
  it('writes each text in one language ("Текст / Text" shows both to every reader)', () => {
    const files = readdirSync(SEED_DIR).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('requests.ts');
    const bilingual = files.flatMap((file) =>
      literals(file)
        .filter((text) => CYRILLIC_WORD.test(text) && ENGLISH_PHRASE.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(bilingual).toEqual([]);
  });
});
