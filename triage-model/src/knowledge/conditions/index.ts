import type { Condition } from '../types.js';
import { bitesStingsConditions } from './bites-stings.js';
import { cardiovascularConditions } from './cardiovascular.js';
import { childrenConditions } from './children.js';
import { commonPresentationConditions } from './common-presentations.js';
import { chronicFlareConditions } from './chronic-flares.js';
import { digestiveConditions } from './digestive.js';
import { entConditions } from './ent.js';
import { entEyeConditions } from './ent-eye.js';
import { genitourinaryMoreConditions } from './genitourinary-more.js';
import { eyeConditions } from './eye.js';
import { everydaySelfCareConditions } from './everyday-self-care.js';
import { generalConditions } from './general.js';
import { infectionConditions } from './infections.js';
import { injuryConditions } from './injuries.js';
import { mentalConditions } from './mental.js';
import { mentalCrisisConditions } from './mental-crisis.js';
import { mouthTeethConditions } from './mouth-teeth.js';
import { musculoskeletalConditions } from './musculoskeletal.js';
import { musculoskeletalMoreConditions } from './musculoskeletal-more.js';
import { neurologicalConditions } from './neurological.js';
import { paediatricConditions } from './paediatric.js';
import { poisoningConditions } from './poisoning.js';
import { pregnancyConditions } from './pregnancy.js';
import { respiratoryConditions } from './respiratory.js';
import { skinConditions } from './skin.js';
import { skinAllergyConditions } from './skin-allergy.js';
import { urinaryReproductiveConditions } from './urinary-reproductive.js';

export const CONDITIONS: readonly Condition[] = [
  ...respiratoryConditions,
  ...entEyeConditions,
  ...cardiovascularConditions,
  ...neurologicalConditions,
  ...digestiveConditions,
  ...urinaryReproductiveConditions,
  ...skinAllergyConditions,
  ...musculoskeletalConditions,
  ...mentalConditions,
  ...paediatricConditions,
  ...generalConditions,
  ...childrenConditions,
  ...mentalCrisisConditions,
  ...chronicFlareConditions,
  ...musculoskeletalMoreConditions,
  ...genitourinaryMoreConditions,
  ...infectionConditions,
  ...poisoningConditions,
  ...bitesStingsConditions,
  ...injuryConditions,
  ...eyeConditions,
  ...entConditions,
  ...mouthTeethConditions,
  ...skinConditions,
  ...pregnancyConditions,
  ...commonPresentationConditions,
  ...everydaySelfCareConditions,
];
