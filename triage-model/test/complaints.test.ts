import { describe, expect, it } from 'vitest';
import { PRESENTING_COMPLAINTS, complaintById } from '../src/knowledge/complaints/index.js';
import { FINDINGS } from '../src/knowledge/findings/index.js';
import type { Finding } from '../src/knowledge/types.js';

const findingById = new Map<string, Finding>(FINDINGS.map((f) => [f.id, f]));
const CEDIS_GROUPS = [
  'cardiovascular',
  'ent',
  'eye',
  'environmental',
  'gastrointestinal',
  'genitourinary',
  'mental_health',
  'neurological',
  'obstetric_gynaecology',
  'respiratory',
  'skin',
  'musculoskeletal',
  'general',
  'paediatric',
];

type AgeLimited = { minAgeMonths?: number; maxAgeMonths?: number };
/** Numeric findings have no age limits. */
const range = (x: AgeLimited | Finding): [number, number] =>
  'minAgeMonths' in x || 'maxAgeMonths' in x
    ? [x.minAgeMonths ?? 0, x.maxAgeMonths ?? Infinity]
    : [0, Infinity];

describe('presenting complaints', () => {
  it('list at least 100 complaints with unique ids, in both languages, in the CEDIS groups', () => {
    expect(PRESENTING_COMPLAINTS.length).toBeGreaterThanOrEqual(100);
    expect(complaintById.size).toBe(PRESENTING_COMPLAINTS.length);
    for (const c of PRESENTING_COMPLAINTS) {
      expect(c.id).toMatch(/^[a-z][a-z0-9_]*$/u);
      expect(c.name.ru, c.id).toMatch(/\p{Script=Cyrillic}/u);
      expect(c.name.en, c.id).toMatch(/^[\x20-\x7e]+$/u);
      expect(CEDIS_GROUPS, c.id).toContain(c.group);
    }
    expect(new Set(PRESENTING_COMPLAINTS.map((c) => c.group))).toEqual(new Set(CEDIS_GROUPS));
  });

  it('refer only to existing findings, imply at least one yes/no finding and do not ask it again', () => {
    for (const c of PRESENTING_COMPLAINTS) {
      expect(c.implies.length, c.id).toBeGreaterThan(0);
      expect(c.discriminators.length, c.id).toBeGreaterThan(0);
      for (const id of c.implies) expect(findingById.get(id)?.kind, `${c.id} → ${id}`).toBe('boolean');
      for (const id of c.discriminators) expect(findingById.has(id), `${c.id} → ${id}`).toBe(true);
      expect(new Set(c.discriminators).size, c.id).toBe(c.discriminators.length);
      for (const id of c.implies) expect(c.discriminators, `${c.id} asks its own ${id}`).not.toContain(id);
    }
  });

  it('respect age and sex: implied findings hold for every patient the complaint allows; questions can apply', () => {
    for (const c of PRESENTING_COMPLAINTS) {
      const [lo, hi] = range(c);
      expect(lo, c.id).toBeLessThanOrEqual(hi);
      for (const id of c.implies) {
        const f = findingById.get(id)!;
        const [flo, fhi] = range(f);
        expect(flo <= lo && fhi >= hi, `${c.id} implies ${id} outside its ages`).toBe(true);
        if (f.kind === 'boolean' && f.sex) expect(c.sex, `${c.id} implies ${id} (${f.sex} only)`).toBe(f.sex);
      }
      for (const id of c.discriminators) {
        const f = findingById.get(id)!;
        const [flo, fhi] = range(f);
        expect(flo <= hi && fhi >= lo, `${c.id} asks ${id}, never applicable at its ages`).toBe(true);
        if (f.kind === 'boolean' && f.sex && c.sex) expect(f.sex, `${c.id} asks ${id}`).toBe(c.sex);
        if (f.kind === 'boolean') expect(f.derivedOnly ?? false, `${c.id} asks derived ${id}`).toBe(false);
      }
    }
  });
});
