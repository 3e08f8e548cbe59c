import type { Finding } from '../types.js';
import { cardiovascularFindings } from './cardiovascular.js';
import { childrenMentalChronicFindings } from './children-mental-chronic.js';
import { commonPresentationFindings } from './common-presentations.js';
import { dangerSignFindings } from './danger-signs.js';
import { everydaySelfCareFindings } from './everyday-self-care.js';
import { digestiveFindings } from './digestive.js';
import { entEyeFindings } from './ent-eye.js';
import { eyeEntMouthSkinPregnancyFindings } from './eye-ent-mouth-skin-pregnancy.js';
import { generalFindings } from './general.js';
import { historyFindings } from './history.js';
import { infectionsInjuriesFindings } from './infections-injuries.js';
import { mentalFindings } from './mental.js';
import { musculoskeletalFindings } from './musculoskeletal.js';
import { neurologicalFindings } from './neurological.js';
import { paediatricFindings } from './paediatric.js';
import { respiratoryFindings } from './respiratory.js';
import { skinFindings } from './skin.js';
import { urinaryReproductiveFindings } from './urinary-reproductive.js';
import { numericFindings } from './vitals.js';

export const FINDINGS: readonly Finding[] = [
  ...generalFindings,
  ...respiratoryFindings,
  ...entEyeFindings,
  ...cardiovascularFindings,
  ...neurologicalFindings,
  ...digestiveFindings,
  ...urinaryReproductiveFindings,
  ...skinFindings,
  ...musculoskeletalFindings,
  ...mentalFindings,
  ...paediatricFindings,
  ...historyFindings,
  ...infectionsInjuriesFindings,
  ...childrenMentalChronicFindings,
  ...numericFindings,
  ...dangerSignFindings,
  ...eyeEntMouthSkinPregnancyFindings,
  ...commonPresentationFindings,
  ...everydaySelfCareFindings,
];
