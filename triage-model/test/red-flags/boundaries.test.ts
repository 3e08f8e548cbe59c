import { CASE_GROUPS } from './all-cases.js';
import { describeCases } from './table.js';

// Each rule at its boundaries: just below / at / above each threshold, age limits and sex limits.
for (const [title, cases] of CASE_GROUPS) describeCases(`red-flag rules: ${title}`, cases);
