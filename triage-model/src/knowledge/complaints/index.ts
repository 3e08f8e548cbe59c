import { cardiovascularComplaints } from './cardiovascular.js';
import { entComplaints } from './ent.js';
import { environmentalComplaints } from './environmental.js';
import { everydayComplaints } from './everyday.js';
import { eyeComplaints } from './eye.js';
import { gastrointestinalComplaints } from './gastrointestinal.js';
import { generalComplaints } from './general.js';
import { genitourinaryComplaints } from './genitourinary.js';
import { mentalHealthComplaints } from './mental-health.js';
import { musculoskeletalComplaints } from './musculoskeletal.js';
import { neurologicalComplaints } from './neurological.js';
import { obstetricGynaecologyComplaints } from './obstetric-gynaecology.js';
import { paediatricComplaints } from './paediatric.js';
import { respiratoryComplaints } from './respiratory.js';
import { skinComplaints } from './skin.js';
import type { ExtractedFinding } from '../../interview/state.js';
import { inferFromDiscriminators, recogniseIn } from './recognise.js';
import type { PresentingComplaint } from './types.js';

export type { PresentingComplaint } from './types.js';

/** The presenting-complaint list (CEDIS groups), shown to patients to pick from and recognised in free text. */
export const PRESENTING_COMPLAINTS: readonly PresentingComplaint[] = [
  ...cardiovascularComplaints,
  ...entComplaints,
  ...eyeComplaints,
  ...environmentalComplaints,
  ...gastrointestinalComplaints,
  ...genitourinaryComplaints,
  ...mentalHealthComplaints,
  ...neurologicalComplaints,
  ...obstetricGynaecologyComplaints,
  ...respiratoryComplaints,
  ...skinComplaints,
  ...musculoskeletalComplaints,
  ...generalComplaints,
  ...everydayComplaints,
  ...paediatricComplaints,
];

export const complaintById: ReadonlyMap<string, PresentingComplaint> = new Map(
  PRESENTING_COMPLAINTS.map((c) => [c.id, c]),
);

/**
 * Complaint ids recognised in the parser's output (see `recogniseIn`); when none is named outright, the complaints
 * whose discriminators the findings understood belong to (see `inferFromDiscriminators`).
 */
export function recogniseComplaints(extracted: readonly ExtractedFinding[]): string[] {
  return recogniseComplaintsIn(extracted).ids;
}

/**
 * As `recogniseComplaints`, also telling whether the complaints were only inferred: then their charts guide the
 * questions, but their implied findings were not said ("sweaty" leads to the chest-pain chart's questions; it is
 * no chest pain).
 */
export function recogniseComplaintsIn(extracted: readonly ExtractedFinding[]): {
  ids: string[];
  inferred: boolean;
} {
  const named = recogniseIn(PRESENTING_COMPLAINTS, extracted);
  return named.length > 0
    ? { ids: named, inferred: false }
    : { ids: inferFromDiscriminators(PRESENTING_COMPLAINTS, extracted), inferred: true };
}
