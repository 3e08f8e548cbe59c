import { bloodAndNeoplasms } from './blood-and-neoplasms.js';
import { circulatory } from './circulatory.js';
import { digestive } from './digestive.js';
import { endocrine } from './endocrine.js';
import { eyeAndEar } from './eye-and-ear.js';
import { genitourinaryAndPregnancy } from './genitourinary-and-pregnancy.js';
import { healthFactors } from './health-factors.js';
import { infections } from './infections.js';
import { injuries } from './injuries.js';
import { mental } from './mental.js';
import { musculoskeletal } from './musculoskeletal.js';
import { nervous } from './nervous.js';
import { perinatalAndCongenital } from './perinatal-and-congenital.js';
import { respiratory } from './respiratory.js';
import { createIcd10Search } from './search.js';
import { skin } from './skin.js';
import { symptoms } from './symptoms.js';
import type { Icd10Code } from './types.js';

export type { Icd10Code } from './types.js';

/** Every catalogued code, in chapter order. */
export const icd10Codes: readonly Icd10Code[] = [
  ...infections,
  ...bloodAndNeoplasms,
  ...endocrine,
  ...mental,
  ...nervous,
  ...eyeAndEar,
  ...circulatory,
  ...respiratory,
  ...digestive,
  ...skin,
  ...musculoskeletal,
  ...genitourinaryAndPregnancy,
  ...perinatalAndCongenital,
  ...symptoms,
  ...injuries,
  ...healthFactors,
];

const byCode = new Map(icd10Codes.map((c) => [c.code, c]));

/** The entry for a code as written in records ("J06.9"); case and surrounding spaces do not matter. */
export function findIcd10(code: string): Icd10Code | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** Code prefix ("J06", "j06.9") or words of the Russian or English name, best matches first. */
export const searchIcd10: (query: string, limit?: number) => Icd10Code[] = createIcd10Search(icd10Codes);
