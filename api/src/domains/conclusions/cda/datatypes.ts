import { type Child, el, type Xml } from './xml.js';

/** HL7 TS (point in time): `YYYYMMDDHHMMSS+0000`, in UTC. */
export function ts(iso: string) {
  const d = new Date(iso);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}+0000`
  );
}

/** A calendar date (YYYY-MM-DD) as an HL7 TS of day precision, without a time zone shift. */
export const tsDate = (ymd: string) => ymd.slice(0, 10).replaceAll('-', '');

/** An instance identifier (II). */
export const ii = (root: string, extension?: string) => el('id', { root, extension });

export type Coding = { code: string; codeSystem: string; codeSystemName?: string; displayName?: string };

const codingAttrs = (c: Coding) => ({
  code: c.code,
  codeSystem: c.codeSystem,
  codeSystemName: c.codeSystemName,
  displayName: c.displayName,
});

/** A coded element (CE/CD) named `name`, with optional translations into other code systems. */
export function coded(
  name: string,
  c: Coding,
  translations: Coding[] = [],
  extra: Record<string, string> = {},
) {
  return el(
    name,
    { ...extra, ...codingAttrs(c) },
    translations.map((t) => el('translation', codingAttrs(t))),
  );
}

/** A CD value of an observation (`xsi:type="CD"`), with qualifiers before translations as CD orders them. */
export function cdValue(c: Coding, opts: { qualifiers?: [Coding, Coding][]; translations?: Coding[] } = {}) {
  return el(
    'value',
    { 'xsi:type': 'CD', ...codingAttrs(c) },
    (opts.qualifiers ?? []).map(([n, v]) =>
      el('qualifier', {}, el('name', codingAttrs(n)), el('value', codingAttrs(v))),
    ),
    (opts.translations ?? []).map((t) => el('translation', codingAttrs(t))),
  );
}

/**
 * A person's name (PN). Russian names in the record are "Family Given Patronymic": the family name goes to
 * `family`, the rest to `given` (the patronymic is the second given name, as HL7 PN allows); a name of one
 * word stays plain text.
 */
export function personName(fullName: string) {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return el('name', {}, fullName.trim());
  const [family, ...given] = parts;
  return el(
    'name',
    {},
    el('family', {}, family),
    given.map((g) => el('given', {}, g)),
  );
}

/** Free text as narrative paragraphs, one per line; an empty text says so. */
export function paragraphs(text: string, empty: string): Xml[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length ? lines : [empty]).map((l) => el('paragraph', {}, l));
}

/** A section of the structured body: `<component><section>…</section></component>`. */
export function section(opts: { code?: Coding; title: string; text: Child; entries?: Xml[]; id?: Xml }) {
  return el(
    'component',
    {},
    el(
      'section',
      {},
      opts.id,
      opts.code && coded('code', opts.code),
      el('title', {}, opts.title),
      el('text', {}, opts.text),
      (opts.entries ?? []).map((e) => el('entry', {}, e)),
    ),
  );
}
