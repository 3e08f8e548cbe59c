import { anyYes, type RedFlagRule } from './types.js';

// NICE NG12 Suspected cancer (2015, updated 2023) counts children (0–15) and young people (16–24) together.
const UNDER_25_YEARS = 300;
const MINOR_BLEEDING = ['bleeding_gums', 'nosebleed', 'blood_in_urine', 'bruising', 'new_purple_spots'];

/**
 * Petechiae or purpura without fever (with fever see `meningitis_signs`), and bleeding on an anticoagulant.
 * Fired only by what the patient reports: the questions belong to the rules that already ask about rashes.
 */
// Injuries that explain a bruise.
const INJURIES = [
  'trauma_fall',
  'high_energy_injury',
  'head_injury',
  'twisted_ankle',
  'twisted_knee',
  'finger_injury',
];
// Signs that, beside unexplained bruising, point to leukaemia: NICE NG12 (2015, updated 2023), 1.11.1.
const LEUKAEMIA_SIGNS = [
  'pale_skin',
  'fatigue',
  'lethargy',
  'bone_pain',
  'swollen_lymph_nodes',
  'night_sweats',
];

export const bleedingRules: RedFlagRule[] = [
  {
    // Unexplained petechiae in a child or young person = immediate specialist assessment for leukaemia:
    // NICE NG12 Suspected cancer: recognition and referral (2015, updated 2023), 1.11.1.
    id: 'petechiae_child',
    urgency: 'emergency_department',
    name: {
      ru: 'Мелкие точечные кровоизлияния, не бледнеющие при надавливании, у ребёнка или молодого человека',
      en: 'Tiny spots that do not fade under pressure in a child or young person',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение: нужен анализ крови. При температуре или вялости — 103/112.',
      en: 'Go to the emergency department today: a blood test is needed. With fever or drowsiness call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.ageMonths < UNDER_25_YEARS && ctx.yes('non_blanching_rash'),
  },
  {
    // Unexplained bruising with pallor, tiredness, bone pain or swollen glands in a child or young person = very
    // urgent full blood count (within 48 hours) for leukaemia: NICE NG12 Suspected cancer (2015, updated 2023),
    // 1.11.1. Bruising after an injury is explained.
    id: 'child_bruising_with_pallor',
    urgency: 'within_24h',
    name: {
      ru: 'Синяки без причины вместе с бледностью, усталостью, болью в костях или увеличенными лимфоузлами у ребёнка или молодого человека',
      en: 'Unexplained bruising with paleness, tiredness, bone pain or swollen glands in a child or young person',
    },
    advice: {
      ru: 'Покажитесь врачу сегодня или завтра: нужен общий анализ крови. При температуре, кровотечении или мелкой сыпи, не бледнеющей при надавливании, — в приёмное отделение.',
      en: 'See a doctor today or tomorrow: a full blood count is needed. With a fever, bleeding or a rash that does not fade under pressure, go to the emergency department.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_25_YEARS && ctx.yes('bruising') && !anyYes(ctx, INJURIES),
    questions: () => ['pale_skin', 'fatigue', 'bone_pain'],
    fires: (ctx) =>
      ctx.ageMonths < UNDER_25_YEARS &&
      ctx.yes('bruising') &&
      !anyYes(ctx, INJURIES) &&
      anyYes(ctx, LEUKAEMIA_SIGNS),
  },
  {
    // Unexplained petechiae in an adult = very urgent full blood count (within 48 hours):
    // NICE NG12 Suspected cancer: recognition and referral (2015, updated 2023), 1.10.1.
    id: 'petechiae_adult',
    urgency: 'within_24h',
    name: {
      ru: 'Мелкие точечные кровоизлияния, не бледнеющие при надавливании',
      en: 'Tiny spots that do not fade under pressure',
    },
    advice: {
      ru: 'Сегодня же обратитесь к врачу: нужен общий анализ крови. При температуре или слабости — 103/112.',
      en: 'See a doctor today: a full blood count is needed. With fever or feeling very unwell call 103/112.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.ageMonths >= UNDER_25_YEARS && ctx.yes('non_blanching_rash'),
  },
  {
    // Minor bleeding (gums, nose, urine, bruising) on an anticoagulant = check INR/clotting the same day:
    // NICE CKS Anticoagulation – oral (2023); BSH guideline on warfarin (2011, updated 2012).
    id: 'bleeding_on_anticoagulant',
    urgency: 'within_24h',
    name: {
      ru: 'Кровоточивость на фоне препаратов, разжижающих кровь',
      en: 'Bleeding while taking a blood thinner',
    },
    advice: {
      ru: 'Сегодня же обратитесь к врачу (проверить МНО/свёртываемость). Не пропускайте и не удваивайте дозу сами.',
      en: 'See a doctor today (INR/clotting check). Do not skip or double a dose on your own.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('takes_anticoagulants') && anyYes(ctx, MINOR_BLEEDING),
  },
  {
    // Fresh blood from the mouth or throat after an operation (a tonsillectomy above all, up to 2 weeks after) can
    // turn into a torrential bleed: NICE IPG150 Electrosurgery for tonsillectomy (2005); Scott-Brown's
    // Otorhinolaryngology, 8th ed. (2018), post-tonsillectomy haemorrhage.
    id: 'bleeding_after_operation',
    urgency: 'ambulance',
    name: {
      ru: 'Сплёвывает свежую кровь после недавней операции (например, удаления миндалин)',
      en: 'Spitting fresh blood after a recent operation (such as having tonsils out)',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Усадите, наклонив вперёд, пусть сплёвывает кровь, а не глотает.',
      en: 'Call an ambulance (103/112). Sit them up leaning forward and let them spit the blood out rather than swallow it.',
    },
    specialist: 'ent',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, ['recent_procedure', 'recent_immobility']) && ctx.yes('spitting_blood'),
  },
];
