import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingById } from '../../src/knowledge/catalogue.js';
import { SPECIALISTS, URGENCY_LEVELS } from '../../src/knowledge/types.js';
import { ABC_FINDINGS, REASK } from '../../src/red-flags/doubt.js';
import { RED_FLAG_RULES } from '../../src/red-flags/index.js';
import type { RedFlagContext } from '../../src/red-flags/types.js';
import { fired } from '../helpers.js';
import { CASE_GROUPS } from './all-cases.js';
import { ADULT, y } from './table.js';

const DIR = join(import.meta.dirname, '..', '..', 'src', 'red-flags');
const SOURCES = readdirSync(DIR).map((f) => readFileSync(join(DIR, f), 'utf8'));
const RULE_IDS = new Set(RED_FLAG_RULES.map((r) => r.id));

/** A context where every yes/no finding is `answer` and nothing is measured. */
const uniform = (ageMonths: number, sex: 'female' | 'male', answer: boolean): RedFlagContext => ({
  ageMonths,
  sex,
  yes: () => answer,
  known: () => answer,
  value: () => undefined,
});

describe('red-flag rule set', () => {
  it('has at least 80 rules with unique ids, RU and EN names and advice', () => {
    expect(RED_FLAG_RULES.length).toBeGreaterThanOrEqual(80);
    expect(RULE_IDS.size).toBe(RED_FLAG_RULES.length);
    for (const r of RED_FLAG_RULES) {
      for (const text of [r.name, r.advice]) {
        expect(text.ru, r.id).toMatch(/[а-яё]/i);
        expect(text.en, r.id).toMatch(/^[^а-яё]*[a-z][^а-яё]*$/i);
      }
      expect(URGENCY_LEVELS).toContain(r.urgency);
      expect(SPECIALISTS).toContain(r.specialist);
    }
  });

  it('every rule cites a guideline with a year in its own comment', () => {
    const uncited = RED_FLAG_RULES.filter((rule) => {
      const file = SOURCES.find((s) => s.includes(`id: '${rule.id}'`))!;
      const at = file.indexOf(`id: '${rule.id}'`);
      const previous = file.lastIndexOf("id: '", at - 1);
      // The rule's own block: from the previous rule's id (or the file start) to this id.
      const block = file.slice(previous < 0 ? 0 : previous, at);
      const comments = [...block.matchAll(/\/\/[^\n]*/g)].map((m) => m[0]).join(' ');
      return !/(19|20)\d\d/.test(comments);
    });
    expect(uncited.map((r) => r.id)).toEqual([]);
  });

  it('reads only findings that exist in the knowledge base', () => {
    const skip = new Set<string>([
      ...RULE_IDS,
      ...URGENCY_LEVELS,
      ...SPECIALISTS,
      'female',
      'male',
      'yes',
      'no',
      'boolean',
      'numeric',
      'fires',
    ]);
    const used = new Set(
      SOURCES.flatMap((s) => [...s.matchAll(/'([a-z][a-z0-9_]*)'/g)].map((m) => m[1]!)).filter(
        (id) => !skip.has(id),
      ),
    );
    expect([...used].filter((id) => !findingById.has(id))).toEqual([]);
  });

  it('asks only askable findings', () => {
    for (const rule of RED_FLAG_RULES) {
      for (const age of [0, 4, 10, 30, 100, 200, ADULT, 800]) {
        for (const sex of ['female', 'male'] as const) {
          for (const answer of [true, false]) {
            for (const id of rule.questions(uniform(age, sex, answer))) {
              const f = findingById.get(id);
              expect(f, `${rule.id} asks ${id}`).toBeDefined();
              if (f?.kind === 'boolean') expect(f.derivedOnly ?? false, `${rule.id} asks ${id}`).toBe(false);
            }
          }
        }
      }
    }
  });

  it('has boundary cases that fire and that do not fire for every rule', () => {
    const cases = Object.assign({}, ...CASE_GROUPS.map(([, c]) => c)) as Record<
      string,
      ReadonlyArray<readonly unknown[]>
    >;
    const missing = RED_FLAG_RULES.filter(
      (r) => !cases[r.id]?.some((c) => c[3] === true) || !cases[r.id]?.some((c) => c[3] === false),
    ).map((r) => r.id);
    expect(missing).toEqual([]);
    expect(Object.keys(cases).filter((id) => !RULE_IDS.has(id))).toEqual([]);
  });

  it('fires nothing else for a few minimal patients', () => {
    expect(fired(600, 'female', { bp_systolic: 180, bp_diastolic: 120 })).toEqual(['severe_hypertension']);
    expect(fired(24, 'male', y('seizure', 'fever'))).toEqual(['febrile_seizure']);
    expect(fired(300, 'male', y('suicidal_thoughts', 'suicide_plan'))).toEqual([
      'suicide_plan',
      'suicidal_thoughts',
    ]);
    expect(fired(ADULT, 'male', y('chest_pain'))).toEqual([]);
    expect(fired(ADULT, 'female', y('headache'))).toEqual([]);
  });

  it('names crisis lines in every suicide and self-harm rule', () => {
    for (const id of ['suicide_plan', 'suicidal_thoughts', 'recent_self_harm', 'intentional_overdose']) {
      const rule = RED_FLAG_RULES.find((r) => r.id === id)!;
      expect(rule.advice.ru, id).toContain('8-800-2000-122');
      expect(rule.advice.en, id).toContain('8-800-2000-122');
    }
  });
});

describe('doubt handling data', () => {
  it('re-asks a simpler askable yes/no finding for a danger sign', () => {
    for (const [sign, { finding, reassuringAnswer }] of Object.entries(REASK)) {
      expect(findingById.get(sign)?.kind, sign).toBe('boolean');
      const reask = findingById.get(finding);
      expect(reask?.kind, finding).toBe('boolean');
      expect(reask?.kind === 'boolean' && reask.derivedOnly, finding).toBeFalsy();
      expect(finding).not.toBe(sign);
      expect(['yes', 'no']).toContain(reassuringAnswer);
    }
  });

  it('lists airway, breathing and consciousness findings that exist', () => {
    expect([...ABC_FINDINGS].filter((id) => findingById.get(id)?.kind !== 'boolean')).toEqual([]);
    for (const id of ['stridor', 'severe_breathlessness', 'blue_lips', 'unresponsive', 'confusion']) {
      expect(ABC_FINDINGS.has(id), id).toBe(true);
    }
    // A re-ask of an ABC sign is itself an ABC finding, so doubt on it escalates the same way.
    for (const [sign, { finding }] of Object.entries(REASK)) {
      if (ABC_FINDINGS.has(sign)) expect(ABC_FINDINGS.has(finding), finding).toBe(true);
    }
  });
});
