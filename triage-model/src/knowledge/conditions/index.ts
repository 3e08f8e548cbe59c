import type { Condition } from '../types.js';
import { cardiovascularConditions } from './cardiovascular.js';
import { digestiveConditions } from './digestive.js';
import { entEyeConditions } from './ent-eye.js';
import { generalConditions } from './general.js';
import { mentalConditions } from './mental.js';
import { musculoskeletalConditions } from './musculoskeletal.js';
import { neurologicalConditions } from './neurological.js';
import { paediatricConditions } from './paediatric.js';
import { respiratoryConditions } from './respiratory.js';
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
];
