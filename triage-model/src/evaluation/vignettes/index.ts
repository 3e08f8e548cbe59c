import { ambulanceVignettes } from './ambulance.js';
import type { Vignette } from './define.js';
import { emergencyDepartmentVignettes } from './emergency-department.js';
import { interviewV2Vignettes } from './interview-v2.js';
import { plannedVignettes } from './planned.js';
import { selfCareVignettes } from './self-care.js';
import { within24hVignettes } from './within-24h.js';

export const VIGNETTES: readonly Vignette[] = [
  ...ambulanceVignettes,
  ...emergencyDepartmentVignettes,
  ...within24hVignettes,
  ...plannedVignettes,
  ...selfCareVignettes,
  ...interviewV2Vignettes,
];

export type { Vignette };
