import { childrenGutCases } from './cases/children-gut.js';
import { exposureCases } from './cases/exposures.js';
import { generalCases } from './cases/general.js';
import { neuroEyeCases } from './cases/neuro-eye.js';
import { persistentSymptomCases } from './cases/persistent-symptoms.js';
import { pregnancyMentalCases } from './cases/pregnancy-mental.js';
import { respiratoryCardioCases } from './cases/respiratory-cardio.js';
import type { Cases } from './table.js';

export const CASE_GROUPS: ReadonlyArray<readonly [string, Cases]> = [
  ['consciousness, environment, sepsis and vital signs', generalCases],
  ['breathing, allergy and circulation', respiratoryCardioCases],
  ['brain, head injury and eyes', neuroEyeCases],
  ['children, stools, jaundice and abdomen', childrenGutCases],
  ['pregnancy and mental-health crisis', pregnancyMentalCases],
  ['poisoning, injuries, bites, infections and metabolic', exposureCases],
  ['persistent warning signs', persistentSymptomCases],
];
