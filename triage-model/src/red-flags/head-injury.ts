import { anyYes, type RedFlagRule } from './types.js';

// NICE NG232 Head injury: assessment and early management (2023). Pre-hospital/community: GCS ≤ 8, seizures or focal
// deficit → ambulance; any loss of consciousness, amnesia, persistent headache, vomiting, signs of skull-base fracture,
// blood thinners, high-energy injury, intoxication → emergency department; under-5s with irritability/altered
// behaviour, or under-1s with a bruise/swelling over 5 cm → emergency department.
const SEVERE = ['unresponsive', 'seizure', 'arm_weakness', 'face_droop', 'speech_difficulty'];
const ED_SIGNS = [
  'vomiting',
  'confusion',
  'knocked_out',
  'amnesia_injury',
  'headache_since_injury',
  'clear_fluid_from_nose',
  'clear_fluid_from_ear',
  'takes_anticoagulants',
  'high_energy_injury',
  'drank_alcohol_heavily',
];
const UNDER_5_YEARS = 60;
const UNDER_1_YEAR = 12;

export const headInjuryRules: RedFlagRule[] = [
  {
    // Seizure, focal deficit or not waking after a head injury: NICE NG232 Head injury (2023).
    id: 'head_injury_severe',
    urgency: 'ambulance',
    name: {
      ru: 'Травма головы: не приходит в сознание, судороги или слабость в руке или ноге',
      en: 'Head injury with unresponsiveness, a seizure or weakness',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Не двигайте шею без необходимости; если без сознания, но дышит — уложите на бок.',
      en: 'Call an ambulance (103/112). Do not move the neck unless you must; if unconscious but breathing, use the recovery position.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('head_injury'),
    questions: () => ['unresponsive', 'seizure', 'arm_weakness'],
    fires: (ctx) => ctx.yes('head_injury') && anyYes(ctx, SEVERE),
  },
  {
    // ED referral criteria after a head injury: NICE NG232 Head injury (2023).
    id: 'head_injury_danger_signs',
    urgency: 'emergency_department',
    name: {
      ru: 'Травма головы с рвотой, потерей сознания, провалом в памяти или на фоне антикоагулянтов',
      en: 'Head injury with vomiting, loss of consciousness, memory loss or on blood thinners',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас (может понадобиться КТ). Не оставайтесь одни в ближайшие сутки.',
      en: 'Go to the emergency department now (a CT scan may be needed). Do not stay alone for the next 24 hours.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('head_injury'),
    questions: () => [
      'knocked_out',
      'vomiting',
      'confusion',
      'amnesia_injury',
      'headache_since_injury',
      'takes_anticoagulants',
      'high_energy_injury',
      'clear_fluid_from_nose',
      'clear_fluid_from_ear',
    ],
    fires: (ctx) => ctx.yes('head_injury') && anyYes(ctx, ['fainting', ...ED_SIGNS]),
  },
  {
    // Under-5 behaviour change; under-1 bruise/swelling over 5 cm: NICE NG232 Head injury (2023).
    id: 'head_injury_young_child',
    urgency: 'emergency_department',
    name: {
      ru: 'Травма головы у малыша: беспокойство, необычное поведение или большая шишка у младенца',
      en: 'Head injury in a young child: irritable, not themselves, or a large swelling in a baby',
    },
    advice: {
      ru: 'Покажите ребёнка врачу в приёмном отделении сейчас.',
      en: 'Take the child to the emergency department now.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.yes('head_injury') && ctx.ageMonths < UNDER_5_YEARS,
    questions: (ctx) => [
      'irritability',
      'lethargy',
      ...(ctx.ageMonths < UNDER_1_YEAR ? ['scalp_swelling_large'] : []),
    ],
    // A fall that left a large swelling on a baby's head is a head injury even if the parent denies a "blow".
    fires: (ctx) =>
      (ctx.yes('head_injury') &&
        ctx.ageMonths < UNDER_5_YEARS &&
        anyYes(ctx, ['irritability', 'lethargy'])) ||
      (anyYes(ctx, ['head_injury', 'trauma_fall']) &&
        ctx.ageMonths < UNDER_1_YEAR &&
        ctx.yes('scalp_swelling_large')),
  },
];
