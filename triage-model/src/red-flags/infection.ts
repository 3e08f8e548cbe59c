import { anyYes, type RedFlagRule } from './types.js';

const UNDER_1_MONTH = 1;
const UNDER_16_YEARS = 192;
// Temperature below 36 °C in a baby under 4 weeks is a red flag for late-onset neonatal infection:
// NICE NG195 Neonatal infection: antibiotics for prevention and treatment (2021).
const NEONATAL_LOW_C = 36.0;

/** A week of ear pain despite treatment: NICE CKS Otitis externa (2023). */
const NECROTISING_OE_DAYS = 7;

const WOUNDS = ['wound_or_bite', 'cut_wound', 'recent_procedure'];
const STINGS = ['insect_bite', 'insect_sting', 'tick_bite', 'tick_attached', 'jellyfish_sting'];

export const infectionRules: RedFlagRule[] = [
  {
    // Fever within a year of visiting a malaria area: a malaria blood test the same day (falciparum can kill within
    // days): UKHSA/PHE Guidelines for malaria prevention in travellers and ACP/BIA UK malaria treatment guidelines 2016
    // (updated 2023); WHO Guidelines for malaria 2023; Минздрав РФ клинические рекомендации «Малярия» 2024.
    id: 'fever_after_malaria_travel',
    urgency: 'emergency_department',
    name: {
      ru: 'Температура в течение года после поездки в страну с малярией',
      en: 'Fever within a year of travel to a malaria area',
    },
    advice: {
      ru: 'Сегодня же, сейчас, обратитесь в приёмное отделение (инфекционная больница) и скажите, куда ездили: нужен анализ крови на малярию.',
      en: 'Go to the emergency department now and say where you travelled: a malaria blood test is needed today.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['fever', 'chills', 'recent_travel_tropics']),
    questions: () => ['malaria_area_travel_past_year'],
    fires: (ctx) =>
      anyYes(ctx, ['fever', 'chills']) &&
      anyYes(ctx, ['malaria_area_travel_past_year', 'recent_travel_tropics']),
  },
  {
    // Fever in someone with weakened immunity (chemotherapy, transplant, high-dose steroids) = suspected neutropenic
    // sepsis, antibiotics within 1 hour: NICE CG151 Neutropenic sepsis (2012, updated 2020); NICE NG51 (2024).
    id: 'fever_immunosuppressed',
    urgency: 'emergency_department',
    name: {
      ru: 'Температура на фоне ослабленного иммунитета (химиотерапия, трансплантация)',
      en: 'Fever with weakened immunity (chemotherapy, transplant)',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение или по экстренному телефону вашего онкоцентра; антибиотики нужны в течение часа.',
      en: 'Go to the emergency department or call your cancer centre’s emergency line now; antibiotics are needed within an hour.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('immunosuppressed'),
    questions: () => ['temperature_c', 'fever'],
    fires: (ctx) => ctx.yes('immunosuppressed') && ctx.yes('fever'),
  },
  {
    // Rapidly spreading redness with fever or feeling very unwell, or a red streak from a wound = severe cellulitis,
    // lymphangitis or necrotising infection: NICE NG141 Cellulitis and erysipelas (2019); NICE CKS (2023).
    id: 'spreading_skin_infection',
    urgency: 'emergency_department',
    name: {
      ru: 'Быстро распространяющееся покраснение кожи с температурой или красной полосой от раны',
      en: 'Fast-spreading red skin with fever, or a red line spreading from a wound',
    },
    advice: {
      ru: 'Обведите край покраснения ручкой и обратитесь в приёмное отделение сейчас.',
      en: 'Mark the edge of the redness with a pen and go to the emergency department now.',
    },
    specialist: 'surgeon',
    relevant: (ctx) =>
      anyYes(ctx, ['red_hot_swollen_skin', 'spreading_redness', 'cut_wound', 'wound_or_bite']),
    questions: () => ['spreading_redness', 'red_streak', 'fever', 'feeling_very_unwell'],
    fires: (ctx) =>
      (ctx.yes('spreading_redness') && anyYes(ctx, ['fever', 'feeling_very_unwell'])) ||
      (ctx.yes('red_streak') && ctx.yes('fever')),
  },
  {
    // Red, hot, swollen skin with fever in a person with diabetes = at least a moderate-to-severe (diabetic foot)
    // infection needing same-day hospital care: IWGDF/IDSA guideline on diabetes-related foot infections (2023);
    // NICE NG19 Diabetic foot problems (2015, updated 2019).
    id: 'skin_infection_fever_diabetes',
    urgency: 'emergency_department',
    name: {
      ru: 'Покраснение, отёк и жар кожи с температурой при сахарном диабете',
      en: 'Red, hot, swollen skin with a fever in someone with diabetes',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сегодня: может понадобиться антибиотик в вену.',
      en: 'Go to the emergency department today: antibiotics through a drip may be needed.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.yes('diabetes') && anyYes(ctx, ['red_hot_swollen_skin', 'spreading_redness']),
    questions: () => ['fever'],
    fires: (ctx) =>
      ctx.yes('diabetes') && anyYes(ctx, ['red_hot_swollen_skin', 'spreading_redness']) && ctx.yes('fever'),
  },
  {
    // A wound, an operation scar or a leg ulcer that turns red, hot and swollen or discharges pus is infected and
    // needs antibiotics and often a wound review the same day: NICE NG125 Surgical site infections (2019, updated
    // 2020); NICE NG141 Cellulitis and erysipelas (2019). A sting's or insect bite's red swelling is an allergic
    // local reaction, not an infection.
    id: 'wound_infection',
    urgency: 'within_24h',
    name: {
      ru: 'Покраснение, жар, отёк или гной вокруг раны, послеоперационного шва или язвы',
      en: 'A wound, operation scar or ulcer that is red, hot and swollen or discharging pus',
    },
    advice: {
      ru: 'Покажитесь врачу (хирургу) сегодня: может понадобиться антибиотик и обработка раны. Если краснота быстро расползается, поднялась температура или стало очень плохо — в приёмное отделение.',
      en: 'See a doctor (a surgeon) today: you may need antibiotics and a wound review. If the redness spreads fast, you get a fever or feel very unwell, go to the emergency department.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, WOUNDS) && !anyYes(ctx, STINGS),
    questions: () => ['red_hot_swollen_skin', 'pus_lump'],
    fires: (ctx) =>
      anyYes(ctx, WOUNDS) && !anyYes(ctx, STINGS) && anyYes(ctx, ['red_hot_swollen_skin', 'pus_lump']),
  },
  {
    // Sore throat, mouth ulcers or new bruising on a marrow-suppressing medicine (methotrexate and other DMARDs,
    // chemotherapy) = possible bone-marrow suppression: stop the drug and have a full blood count urgently
    // (BSR and BHPR guideline for the prescription and monitoring of non-biologic DMARDs, 2017); with a fever see
    // `fever_immunosuppressed`.
    id: 'marrow_suppression_warning',
    urgency: 'within_24h',
    name: {
      ru: 'Боль в горле, язвочки во рту или синяки на фоне метотрексата, химиотерапии или других иммунодепрессантов',
      en: 'A sore throat, mouth ulcers or bruising while on methotrexate, chemotherapy or another immunosuppressant',
    },
    advice: {
      ru: 'Сегодня же обратитесь к врачу: нужен общий анализ крови. Не принимайте следующую дозу препарата, пока не поговорите с врачом. При температуре — в приёмное отделение.',
      en: 'See a doctor today: you need a full blood count. Do not take the next dose until you have spoken to a doctor. With a fever go to the emergency department.',
    },
    specialist: 'therapist',
    relevant: (ctx) => ctx.yes('immunosuppressed'),
    questions: () => ['sore_throat', 'mouth_ulcers', 'bruising'],
    fires: (ctx) => ctx.yes('immunosuppressed') && anyYes(ctx, ['sore_throat', 'mouth_ulcers', 'bruising']),
  },
  {
    // Painful red swelling behind the ear, pushing it forward = mastoiditis: NICE CKS Otitis media – acute (2022)
    // — emergency admission.
    id: 'mastoiditis_signs',
    urgency: 'emergency_department',
    name: { ru: 'Болезненная припухлость за ухом', en: 'Painful swelling behind the ear' },
    advice: {
      ru: 'Обратитесь в приёмное отделение (ЛОР) сейчас.',
      en: 'Go to the emergency department (ENT) now.',
    },
    specialist: 'ent',
    relevant: (ctx) => anyYes(ctx, ['ear_pain', 'ear_discharge', 'ear_pulling']),
    questions: () => ['swelling_behind_ear'],
    fires: (ctx) => ctx.yes('swelling_behind_ear'),
  },
  {
    // Below 36 °C under 4 weeks: NICE NG195 Neonatal infection (2021).
    id: 'newborn_low_temperature',
    urgency: 'emergency_department',
    name: {
      ru: 'Температура ниже 36 °C у новорождённого до 1 месяца',
      en: 'Temperature below 36 °C in a baby under 1 month',
    },
    advice: {
      ru: 'Согрейте малыша (кожа к коже, укройте) и сейчас же покажите врачу в приёмном отделении; при вялости — 103/112.',
      en: 'Warm the baby (skin to skin, covered) and go to the emergency department now; if floppy, call 103/112.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) => ctx.ageMonths < UNDER_1_MONTH,
    questions: () => ['temperature_c'],
    fires: (ctx) =>
      ctx.ageMonths < UNDER_1_MONTH && (ctx.value('temperature_c') ?? Infinity) < NEONATAL_LOW_C,
  },
  {
    // A child with fever who cannot bear weight or refuses to use a limb = septic arthritis/osteomyelitis until
    // proven otherwise: NICE CKS Acute childhood limp (2023) — same-day hospital assessment.
    id: 'child_limp_with_fever',
    urgency: 'emergency_department',
    name: {
      ru: 'Ребёнок с температурой не наступает на ногу или не двигает конечностью',
      en: 'A child with fever who will not bear weight or move a limb',
    },
    advice: {
      ru: 'Покажите ребёнка врачу в приёмном отделении сейчас.',
      en: 'Take the child to the emergency department now.',
    },
    specialist: 'surgeon',
    relevant: (ctx) =>
      ctx.ageMonths < UNDER_16_YEARS && anyYes(ctx, ['fever', 'joint_pain', 'limp', 'hip_pain']),
    questions: (ctx) => (ctx.yes('fever') ? ['limp', 'cannot_bear_weight', 'cannot_use_arm'] : ['fever']),
    fires: (ctx) =>
      ctx.ageMonths < UNDER_16_YEARS &&
      ctx.yes('fever') &&
      anyYes(ctx, ['limp', 'cannot_bear_weight', 'cannot_use_arm']),
  },
  {
    // Fever within 6 weeks of an operation or invasive procedure (biopsy, endoscopy, catheter, childbirth) is a
    // sepsis risk factor that needs same-day hospital assessment: NICE NG51 Suspected sepsis (2016, updated 2024).
    id: 'fever_after_procedure',
    urgency: 'emergency_department',
    name: {
      ru: 'Температура после операции или процедуры (до 6 недель)',
      en: 'A fever within 6 weeks of an operation or procedure',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение или в больницу, где делали процедуру, сегодня. При спутанности, мраморной коже или одышке — 103/112.',
      en: 'Go to the emergency department, or the hospital that did the procedure, today. If confused, mottled or breathless, call 103/112.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.yes('fever') || ctx.yes('recent_procedure'),
    questions: () => ['recent_procedure'],
    fires: (ctx) => ctx.yes('fever') && ctx.yes('recent_procedure'),
  },
  {
    // A hot, swollen joint with a fever, or in an artificial joint, = septic arthritis or prosthetic joint infection
    // until proven otherwise (joint aspiration the same day): BSR/BHPR/BOA guideline for the management of the hot
    // swollen joint in adults (2006); International Consensus Meeting on Periprosthetic Joint Infection 2018.
    id: 'hot_joint_infection',
    urgency: 'emergency_department',
    name: {
      ru: 'Горячий опухший сустав с температурой или в эндопротезе',
      en: 'A hot, swollen joint with a fever, or an artificial joint',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сегодня: нужна пункция сустава до начала антибиотиков.',
      en: 'Go to the emergency department today: the joint needs to be tested before any antibiotics.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['hot_swollen_joint', 'joint_replacement']),
    questions: (ctx) => [
      ...(ctx.yes('joint_replacement') ? ['hot_swollen_joint', 'red_hot_swollen_skin'] : []),
      'fever',
      ...(ctx.ageMonths >= 216 ? ['joint_replacement'] : []),
    ],
    // Red, hot, swollen skin over an artificial joint counts as the joint itself.
    fires: (ctx) =>
      (ctx.yes('hot_swollen_joint') && anyYes(ctx, ['fever', 'joint_replacement'])) ||
      (ctx.yes('joint_replacement') && ctx.yes('red_hot_swollen_skin')),
  },
  {
    // Persistent ear pain with discharge in someone with diabetes or weak immunity = possible necrotising (malignant)
    // otitis externa, a skull-base infection: NICE CKS Otitis externa (2023) — same-day ENT referral; pain lasting a
    // week despite treatment is the usual prompt.
    id: 'necrotising_otitis_externa',
    urgency: 'emergency_department',
    name: {
      ru: 'Долгая боль и выделения из уха при диабете или ослабленном иммунитете',
      en: 'Lasting ear pain with discharge in someone with diabetes or weak immunity',
    },
    advice: {
      ru: 'Сегодня же обратитесь к ЛОР-врачу или в приёмное отделение: нужен осмотр и, возможно, антибиотики в вену.',
      en: 'See an ENT doctor or go to the emergency department today: you may need antibiotics through a drip.',
    },
    specialist: 'ent',
    relevant: (ctx) => ctx.yes('ear_pain') && anyYes(ctx, ['diabetes', 'immunosuppressed']),
    questions: () => ['ear_discharge'],
    fires: (ctx) =>
      ctx.yes('ear_pain') &&
      ctx.yes('ear_discharge') &&
      anyYes(ctx, ['diabetes', 'immunosuppressed']) &&
      (ctx.value('duration_days') ?? 0) >= NECROTISING_OE_DAYS,
  },
  {
    // Back pain with a fever in someone with a recent skin infection, diabetes, weak immunity or a recent procedure =
    // possible spinal epidural abscess or vertebral osteomyelitis, before weakness appears: NICE CKS Back pain - low
    // (without radiculopathy), red flags for spinal infection (2023); IDSA native vertebral osteomyelitis (2015).
    id: 'possible_spinal_infection',
    urgency: 'emergency_department',
    name: {
      ru: 'Боль в спине с температурой на фоне недавней гнойной инфекции, диабета или сниженного иммунитета',
      en: 'Back pain with a fever after a recent skin infection, or with diabetes or weak immunity',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение: нужно исключить гнойную инфекцию позвоночника. При слабости в ногах или нарушении мочеиспускания — 103/112.',
      en: 'Go to the emergency department today: an infection of the spine must be ruled out. If legs get weak or bladder control changes, call 103/112.',
    },
    specialist: 'neurologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.yes('back_pain') &&
      ctx.yes('fever') &&
      anyYes(ctx, [
        'pus_lump',
        'boil_large_or_many_heads',
        'diabetes',
        'immunosuppressed',
        'recent_procedure',
      ]),
  },
  {
    // Eczema with punched-out erosions or clustered blisters that burst = eczema herpeticum: start aciclovir and get
    // same-day specialist care: NICE CG57 Atopic eczema in under 12s (2007, updated 2023); NICE CKS Eczema -
    // atopic (2023).
    id: 'eczema_herpeticum_signs',
    urgency: 'emergency_department',
    name: {
      ru: 'Экзема с «выбитыми» язвочками или лопнувшими пузырьками (герпетическая экзема?)',
      en: 'Eczema with punched-out sores or burst blisters (eczema herpeticum?)',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение: нужно противовирусное лечение. Не мажьте гормональными кремами. Если поражены веки или глаза — срочно.',
      en: 'Go to the emergency department today: antiviral treatment is needed. Stop steroid creams on those areas. Urgent if eyelids or eyes are affected.',
    },
    specialist: 'dermatologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, ['dry_itchy_skin', 'usual_skin_flare']) && ctx.yes('punched_out_sores'),
  },
];
