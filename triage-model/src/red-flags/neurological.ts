import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

const FAST = ['face_droop', 'arm_weakness', 'speech_difficulty'];
// Infantile spasms start between 2 months and 2 years, most often at 3–12 months (NICE NG217 2022; ILAE 2022).
const INFANT_JERKS_FROM_MONTHS = 2;
const INFANT_JERKS_UNTIL_MONTHS = 24;
// Giant cell arteritis almost never starts before 50: ACR/EULAR classification criteria 2022; BSR guideline 2020.
const GCA_MIN_AGE_MONTHS = 600;
// Febrile seizures occur from 6 months to 5 years: NICE CKS Febrile seizure (2023).
const febrileSeizureAge = (ageMonths: number): boolean => ageMonths >= 6 && ageMonths < 60;
/**
 * Someone with known epilepsy who is back to normal after a seizure (answered, not assumed: responsive, not
 * confused, not hurt its head, not pregnant) does not need an ambulance; the first seizure, one without recovery,
 * an injury or pregnancy do: NICE NG217 Epilepsies (2022) and its emergency advice (call 999 for a first seizure,
 * one over 5 minutes, repeated seizures without recovery, injury or trouble breathing).
 */
const AFTER_SEIZURE_CHECKS = ['unresponsive', 'confusion', 'head_injury'];
/** Known epilepsy, not pregnant, and no check answered "yes" so far: the checks can still clear the seizure. */
const mayHaveRecovered = (ctx: RedFlagContext): boolean =>
  ctx.yes('epilepsy_history') && !ctx.yes('pregnant') && !anyYes(ctx, AFTER_SEIZURE_CHECKS);
const recoveredKnownEpilepsy = (ctx: RedFlagContext): boolean =>
  mayHaveRecovered(ctx) && AFTER_SEIZURE_CHECKS.every((id) => ctx.known(id));

export const neurologicalRules: RedFlagRule[] = [
  {
    // FAST signs (face, arm, speech) or sudden loss of vision = suspected stroke/TIA:
    // NICE NG128 Stroke and TIA in over 16s (2019, updated 2022).
    id: 'stroke_fast_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Признаки инсульта: перекос лица, слабость руки, нарушение речи',
      en: 'Stroke signs: face drooping, arm weakness, speech problems',
    },
    advice: {
      ru: 'Немедленно вызовите скорую (103/112) и запомните время начала симптомов.',
      en: 'Call an ambulance now (103/112) and note the time the symptoms started.',
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, [
        ...FAST,
        'vision_loss_sudden',
        'numbness_tingling',
        'confusion',
        'dizziness',
        'headache',
        'bp_very_high',
      ]),
    questions: () => [...FAST, 'vision_loss_sudden'],
    fires: (ctx) => anyYes(ctx, [...FAST, 'vision_loss_sudden']),
  },
  {
    // Sudden vertigo with double vision = posterior-circulation stroke until proven otherwise; FAST misses it:
    // NICE NG128 Stroke and TIA (2019, updated 2022); NICE CKS Vertigo (2023, admit sudden vertigo with new
    // neurological signs); BE-FAST (Aroor et al., Stroke 2017).
    id: 'stroke_posterior_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Внезапное головокружение с двоением в глазах: возможен инсульт',
      en: 'Sudden dizziness with double vision: possible stroke',
    },
    advice: {
      ru: 'Немедленно вызовите скорую (103/112) и запомните время начала симптомов.',
      en: 'Call an ambulance now (103/112) and note the time the symptoms started.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('sudden_onset') && anyYes(ctx, ['vertigo', 'dizziness']),
    questions: () => ['double_vision'],
    fires: (ctx) =>
      ctx.yes('sudden_onset') && anyYes(ctx, ['vertigo', 'dizziness']) && ctx.yes('double_vision'),
  },
  {
    // Sudden "thunderclap" worst-ever headache = possible subarachnoid haemorrhage:
    // NICE CG150 Headaches in over 12s (2012, updated 2021); NICE NG228 Subarachnoid haemorrhage (2022).
    id: 'thunderclap_headache',
    urgency: 'ambulance',
    name: { ru: 'Внезапная сильнейшая головная боль', en: 'Sudden, worst-ever headache' },
    advice: { ru: 'Вызовите скорую (103/112).', en: 'Call an ambulance (103/112).' },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('headache'),
    questions: () => ['thunderclap_headache', 'neck_stiffness', 'confusion'],
    fires: (ctx) => ctx.yes('thunderclap_headache'),
  },
  {
    // Fever with a stiff neck, or a non-blanching rash in an unwell patient, or a bulging fontanelle with fever =
    // suspected meningitis/meningococcal disease: NICE NG240 Meningitis and meningococcal disease (2024).
    id: 'meningitis_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Признаки менингита: температура с ригидностью шеи или сыпью, не бледнеющей при надавливании',
      en: 'Meningitis signs: fever with a stiff neck or a rash that does not fade under pressure',
    },
    advice: { ru: 'Немедленно вызовите скорую (103/112).', en: 'Call an ambulance now (103/112).' },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, ['fever', 'headache', 'rash', 'neck_stiffness', 'lethargy', 'light_sensitivity']),
    questions: (ctx) => [
      'neck_stiffness',
      'non_blanching_rash',
      ...(ctx.ageMonths < 18 ? ['bulging_fontanelle'] : []),
      ...(ctx.yes('neck_stiffness') || ctx.yes('non_blanching_rash') ? ['fever'] : []),
    ],
    fires: (ctx) =>
      (ctx.yes('non_blanching_rash') &&
        anyYes(ctx, ['fever', 'feeling_very_unwell', 'lethargy', 'headache'])) ||
      (ctx.yes('fever') && anyYes(ctx, ['neck_stiffness', 'bulging_fontanelle'])),
  },
  {
    // A seizure needs emergency care; a first febrile seizure in a young child needs same-day hospital assessment:
    // NICE NG217 Epilepsies (2022); NICE CKS Febrile seizure (2023, age 6 months to 5 years).
    id: 'seizure',
    urgency: 'ambulance',
    name: { ru: 'Судорожный приступ', en: 'A seizure' },
    advice: {
      ru: 'Вызовите скорую (103/112), если приступ длится больше 5 минут, повторяется или это первый приступ.',
      en: 'Call an ambulance (103/112) if the seizure lasts over 5 minutes, repeats, or is the first one.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['seizure', 'fever', 'confusion', 'head_injury']),
    // In the febrile-seizure age band the fever question decides between this rule and the next one.
    questions: (ctx) => [
      'seizure',
      ...(febrileSeizureAge(ctx.ageMonths) && ctx.yes('seizure') ? ['fever'] : []),
      ...(ctx.yes('seizure') && ctx.yes('epilepsy_history') ? AFTER_SEIZURE_CHECKS : []),
    ],
    fires: (ctx) =>
      ctx.yes('seizure') &&
      (!febrileSeizureAge(ctx.ageMonths) || (ctx.known('fever') && !ctx.yes('fever'))) &&
      !recoveredKnownEpilepsy(ctx),
    withdrawnBy: (ctx) => (mayHaveRecovered(ctx) ? AFTER_SEIZURE_CHECKS : []),
  },
  {
    // Repeated jerks in a baby past the newborn weeks (arms flung up, head dropping, often in clusters on waking)
    // may be infantile spasms, an epileptic encephalopathy whose outcome depends on treatment within days: same-day
    // paediatric assessment (NICE NG217 Epilepsies in children, young people and adults 2022: suspected infantile
    // spasms are discussed with a paediatric neurologist at once). Newborns' sleep jerks are benign.
    id: 'infant_jerks',
    urgency: 'within_24h',
    name: {
      ru: 'Повторяющиеся вздрагивания или подёргивания у малыша',
      en: 'Repeated jerks or twitches in a baby',
    },
    advice: {
      ru: 'Снимите эпизод на видео и сегодня же покажите ребёнка педиатру или неврологу. Если приступ длится дольше 5 минут или ребёнок не приходит в себя — 103/112.',
      en: 'Film an episode and have the baby seen by a paediatrician today. If an episode lasts over 5 minutes or the baby does not come round, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= INFANT_JERKS_FROM_MONTHS &&
      ctx.ageMonths < INFANT_JERKS_UNTIL_MONTHS &&
      ctx.yes('muscle_jerks'),
  },
  {
    // See AFTER_SEIZURE_CHECKS: a seizure in known epilepsy with full recovery is reviewed the same day (a change in
    // pattern or missed doses need the treatment looked at): NICE NG217 Epilepsies (2022).
    id: 'seizure_known_epilepsy',
    urgency: 'within_24h',
    name: {
      ru: 'Приступ при известной эпилепсии, сейчас в сознании',
      en: 'A seizure in known epilepsy, now back to normal',
    },
    advice: {
      ru: 'Свяжитесь с врачом сегодня. Вызовите скорую (103/112), если приступ длится больше 5 минут, приступы идут один за другим без восстановления, есть травма или трудно дышать.',
      en: 'Contact a doctor today. Call an ambulance (103/112) if a seizure lasts over 5 minutes, seizures follow one another without recovery, there is an injury or trouble breathing.',
    },
    specialist: 'neurologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('seizure') && recoveredKnownEpilepsy(ctx),
  },
  {
    // See "seizure" above: febrile seizure age band from NICE CKS Febrile seizure (2023).
    id: 'febrile_seizure',
    urgency: 'emergency_department',
    name: { ru: 'Судороги на фоне температуры у ребёнка', en: 'A seizure with fever in a young child' },
    advice: {
      ru: 'Сегодня же покажите ребёнка врачу в приёмном отделении; при приступе дольше 5 минут — 103/112.',
      en: 'Take the child to the emergency department today; if a seizure lasts over 5 minutes, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('seizure') && ctx.yes('fever') && febrileSeizureAge(ctx.ageMonths),
  },
  {
    // Saddle numbness or new incontinence with back pain = suspected cauda equina syndrome:
    // NICE NG59 Low back pain and sciatica (2016, updated 2020); GIRFT national suspected CES pathway 2023.
    id: 'cauda_equina',
    urgency: 'emergency_department',
    name: {
      ru: 'Боль в спине с онемением промежности или недержанием',
      en: 'Back pain with groin numbness or loss of bladder/bowel control',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение.',
      en: 'Go to the emergency department today.',
    },
    specialist: 'neurologist',
    // Weakness of the legs is itself a cauda equina symptom: NICE CKS Sciatica / Back pain — red flags (2023);
    // GIRFT National suspected cauda equina syndrome pathway (2023).
    relevant: (ctx) => anyYes(ctx, ['back_pain', 'back_pain_leg_radiation', 'leg_weakness_both']),
    questions: () => ['saddle_numbness', 'bladder_control_loss', 'bowel_control_loss'],
    fires: (ctx) => anyYes(ctx, ['saddle_numbness', 'bladder_control_loss', 'bowel_control_loss']),
  },
  {
    // Suspected giant cell arteritis with any visual disturbance (blurring, a passing curtain, double vision) can
    // progress to permanent blindness within hours: BSR guideline on giant cell arteritis 2020 — same-day
    // emergency assessment and high-dose steroids.
    id: 'giant_cell_arteritis_vision',
    urgency: 'emergency_department',
    name: {
      ru: 'Признаки гигантоклеточного артериита с нарушением зрения',
      en: 'Giant cell arteritis signs with a change in vision',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение: без лечения в ближайшие часы можно потерять зрение.',
      en: 'Go to the emergency department now: without treatment within hours, sight can be lost.',
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      ctx.ageMonths >= GCA_MIN_AGE_MONTHS && anyYes(ctx, ['jaw_pain_chewing', 'scalp_tenderness']),
    questions: () => ['blurred_vision', 'vision_loss_sudden', 'double_vision'],
    fires: (ctx) =>
      ctx.ageMonths >= GCA_MIN_AGE_MONTHS &&
      ctx.yes('headache') &&
      anyYes(ctx, ['jaw_pain_chewing', 'scalp_tenderness']) &&
      anyYes(ctx, ['blurred_vision', 'vision_loss_sudden', 'double_vision']),
  },
  {
    // New headache over 50 with jaw pain on chewing or scalp tenderness = giant cell arteritis (risk of sudden
    // blindness): same-day assessment and steroids: BSR guideline on giant cell arteritis 2020; NICE CKS GCA (2022).
    id: 'giant_cell_arteritis',
    urgency: 'within_24h',
    name: {
      ru: 'Головная боль после 50 лет с болью в челюсти при жевании или болезненностью кожи головы',
      en: 'Headache over 50 with jaw pain on chewing or a tender scalp',
    },
    advice: {
      ru: 'Сегодня же обратитесь к врачу. При ухудшении зрения — сразу в приёмное отделение.',
      en: 'See a doctor today. If your vision gets worse, go to the emergency department straight away.',
    },
    specialist: 'therapist',
    relevant: (ctx) => ctx.ageMonths >= GCA_MIN_AGE_MONTHS && ctx.yes('headache'),
    questions: () => ['jaw_pain_chewing', 'scalp_tenderness'],
    fires: (ctx) =>
      ctx.ageMonths >= GCA_MIN_AGE_MONTHS &&
      ctx.yes('headache') &&
      anyYes(ctx, ['jaw_pain_chewing', 'scalp_tenderness']),
  },
  {
    // Weakness in both legs, or weakness spreading down from the face, = possible cord compression, Guillain–Barré
    // syndrome or botulism: NICE NG234 Spinal metastases and metastatic spinal cord compression (2023); EAN/PNS
    // Guillain–Barré syndrome guideline 2023.
    id: 'progressive_weakness',
    urgency: 'emergency_department',
    name: {
      ru: 'Слабость в обеих ногах или слабость, распространяющаяся сверху вниз',
      en: 'Weakness in both legs, or weakness spreading down from the face',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; при затруднении дыхания или глотания — 103/112.',
      en: 'Go to the emergency department now; if breathing or swallowing becomes difficult, call 103/112.',
    },
    specialist: 'neurologist',
    // Any complaint of weakness needs the spreading/both-legs question (Guillain–Barré, cord compression): NICE CKS
    // Guillain–Barré syndrome (2022); NICE NG234 Spinal metastases and metastatic spinal cord compression (2023).
    relevant: (ctx) =>
      anyYes(ctx, [
        'back_pain',
        'numbness_tingling',
        'double_vision',
        'fatigue',
        'arm_weakness',
        'leg_weakness_both',
      ]),
    questions: () => ['leg_weakness_both', 'muscle_weakness_spreading'],
    fires: (ctx) => anyYes(ctx, ['leg_weakness_both', 'muscle_weakness_spreading']),
  },
  {
    // Headache that wakes from sleep or is worst on waking, with vomiting, or with a new squint or clumsiness =
    // raised intracranial pressure (a brain tumour, hydrocephalus): HeadSmart, RCPCH/The Brain Tumour Charity
    // guideline on diagnosing brain tumours in children (2017); NICE CKS Headache – assessment (2024).
    id: 'headache_raised_pressure',
    urgency: 'emergency_department',
    name: {
      ru: 'Головная боль по утрам с рвотой или с новым косоглазием, неловкостью',
      en: 'Headache on waking with vomiting, or with a new squint or clumsiness',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сегодня: нужен осмотр невролога и снимок головного мозга.',
      en: 'Go to the emergency department today: a neurological examination and a brain scan are needed.',
    },
    specialist: 'neurologist',
    relevant: (ctx) => ctx.yes('headache'),
    questions: (ctx) => [
      'headache_on_waking',
      ...(ctx.yes('headache_on_waking') ? ['vomiting'] : []),
      'new_squint_or_clumsiness',
    ],
    fires: (ctx) =>
      ctx.yes('headache') &&
      ((ctx.yes('headache_on_waking') && ctx.yes('vomiting')) ||
        anyYes(ctx, ['new_squint_or_clumsiness', 'double_vision'])),
  },
];
