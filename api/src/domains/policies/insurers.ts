/**
 * The insurers whose policies the app accepts, and how each one's policy numbers look. Reference data like
 * the lab-test catalogue: the compulsory (OMS) insurers are the medical insurance organisations of the
 * regions we serve; the voluntary (DMS) insurer is the one that runs Telemed, whose numbers the seed and
 * its policy office issue as `DMS-<year>-<8 hex digits>`.
 */
export type Insurer = {
  code: string;
  /** A proper name, the same in both languages; stored on the policy as written here. */
  name: string;
  kind: 'dms' | 'oms';
  /** What a number looks like, shown as the field's hint. */
  numberExample: string;
};

export const insurers: readonly Insurer[] = [
  { code: 'telemed', name: 'Telemed Insurance', kind: 'dms', numberExample: 'DMS-2026-1A2B3C4D' },
  { code: 'sogaz-med', name: 'СОГАЗ-Мед', kind: 'oms', numberExample: '7700 0000 0000 0008' },
  { code: 'kapital-ms', name: 'Капитал МС', kind: 'oms', numberExample: '7700 0000 0000 0008' },
  { code: 'ingosstrakh-m', name: 'Ингосстрах-М', kind: 'oms', numberExample: '7700 0000 0000 0008' },
];

export const findInsurer = (code: string) => insurers.find((insurer) => insurer.code === code) ?? null;
