/** A specific finding mentioned positively also means its general form is present ("dry cough" → "cough"). */
export const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  dry_cough: ['cough'],
  productive_cough: ['cough'],
  night_cough: ['cough'],
  barking_cough: ['cough'],
  severe_breathlessness: ['breathlessness'],
  pleuritic_pain: ['chest_pain'],
  chest_pain_pressing: ['chest_pain'],
  thunderclap_headache: ['headache'],
  band_headache: ['headache'],
  headache_on_waking: ['headache'],
  penetrating_wound: ['wound_or_bite'],
  upper_abdominal_pain: ['abdominal_pain'],
  sudden_one_sided_pelvic_pain: ['lower_abdominal_pain', 'abdominal_pain'],
  // Pain on swallowing is a sore throat to the patient, and picks the sore-throat questions.
  painful_swallowing: ['sore_throat'],
  right_lower_pain: ['abdominal_pain'],
  right_upper_pain: ['abdominal_pain'],
  pain_migrated_navel: ['abdominal_pain'],
  lower_abdominal_pain: ['abdominal_pain'],
  repeated_vomiting: ['vomiting'],
  projectile_vomiting: ['vomiting'],
  vomiting_blood: ['vomiting'],
  non_blanching_rash: ['rash'],
  hives: ['rash'],
  sandpaper_rash: ['rash'],
  hand_foot_mouth_spots: ['rash'],
  back_pain_leg_radiation: ['back_pain'],
};

const aroundPregnancy = (present: ReadonlySet<string>): boolean =>
  present.has('pregnant') || present.has('pregnant_possible') || present.has('recently_gave_birth');

/** Words that say an arm is weak or numb, not only that it will not go up. */
const WEAKNESS_WORDS = /weak|numb|dead|heavy|слаб|онемел|отнял|отнима|обмяк|не слушается/u;

/**
 * Findings that count only beside what they qualify, or that another finding explains away: "при ходьбе" is
 * exertional chest pain only when the chest hurts (a knee that hurts on walking is not), "throbbing" is a
 * one-sided headache only in a headache, lifting weights hurt the back only if the back hurts, bleeding gums
 * in pregnancy are not vaginal bleeding, a baby's "soft spot" is no rash, "pus" on its own is a pus collection only beside a nail, and an arm that will not go up beside a painful shoulder is the
 * shoulder, not a stroke's weakness (words of weakness or numbness still count). `present` holds the findings
 * mentioned positively; `matched` is this finding's own words, `text` the whole complaint.
 */
export const KEPT_ONLY_IF: Readonly<
  Record<string, (present: ReadonlySet<string>, matched: string, text: string) => boolean>
> = {
  chest_pain_exertion: (present) => present.has('chest_pain'),
  one_sided_headache: (present) => present.has('headache'),
  back_pain_after_lifting: (present) => present.has('back_pain'),
  vaginal_bleeding: (_, matched) => !/gum|nose|десн|нос/u.test(matched),
  rash: (present, matched) => !(present.has('bulging_fontanelle') && /^spots?$/u.test(matched)),
  pus_lump: (present, matched) =>
    !/^(?:pus|гно\p{L}*)$/u.test(matched) || present.has('toenail_fold_swelling'),
  // A neck stiff after sleeping awkwardly or in a draught is a crick, not meningism (unless there is a fever).
  neck_stiffness: (present, _, text) =>
    present.has('fever') ||
    !/slept|sleeping|woke|waking|pillow|awkward|funny|draught|draft|продуло|сквозняк|отлежал|спал/u.test(
      text,
    ),
  // A face swollen beside a toothache is the tooth's swelling, not angioedema (lips or tongue named still are).
  lip_tongue_swelling: (present, matched) =>
    /lip|tongue|губ|язык/u.test(matched) ||
    !(present.has('tooth_pain') || (present.has('face_hand_swelling') && aroundPregnancy(present))),
  // Swelling of the face and hands is a pre-eclampsia sign only in pregnancy or just after it, and there it is that
  // sign rather than a swollen face of another cause.
  face_hand_swelling: (present) => aroundPregnancy(present),
  facial_swelling: (present) => !(present.has('face_hand_swelling') && aroundPregnancy(present)),
  arm_weakness: (present, matched) =>
    WEAKNESS_WORDS.test(matched) || !(present.has('shoulder_pain') || present.has('pain_lifting_arm')),
};
