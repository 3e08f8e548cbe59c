import type { Condition } from '../types.js';
import { ACUTE, HOURS, lk } from './presets.js';

/** Signs of a systemic allergic reaction turn any bite or sting into an ambulance call (Resuscitation Council UK Anaphylaxis 2021). */
const ANAPHYLAXIS_SIGNS = [
  { finding: 'lip_tongue_swelling', urgency: 'ambulance' },
  { finding: 'throat_tightness', urgency: 'ambulance' },
  { finding: 'breathlessness', urgency: 'ambulance' },
  { finding: 'wheeze', urgency: 'ambulance' },
  { finding: 'fainting', urgency: 'ambulance' },
] as const;

/** An infected bite (spreading redness or fever) needs antibiotics the same day (NICE NG182 Insect bites and stings 2020). */
const INFECTED_BITE = [
  { finding: 'spreading_redness', urgency: 'within_24h' },
  { finding: 'fever', urgency: 'within_24h' },
] as const;

/** A bite already seen the same day: lymphangitis or high fever means spreading infection (NICE NG184 Human and animal bites 2020). */
const INFECTED_BITE_SYSTEMIC = [
  { finding: 'red_streak', urgency: 'emergency_department' },
  { finding: 'high_fever', urgency: 'emergency_department' },
] as const;

export const bitesStingsConditions: Condition[] = [
  {
    id: 'insect_sting_local',
    name: { ru: 'Укус пчелы или осы (местная реакция)', en: 'Bee or wasp sting (local reaction)' },
    icd10: 'T63.4',
    system: 'bites_stings',
    urgency: 'self_care',
    urgencyIf: [
      ...ANAPHYLAXIS_SIGNS,
      { finding: 'hives', urgency: 'emergency_department' },
      ...INFECTED_BITE,
    ],
    selfCare: {
      advice: {
        ru: 'Удалите жало, соскоблив его ногтем или краем карты. Промойте место водой с мылом, приложите холод на 10 минут, приподнимите конечность. При зуде — антигистаминное средство, при боли — парацетамол или ибупрофен.',
        en: 'Scrape the sting out with a fingernail or card edge. Wash with soap and water, apply a cold pack for 10 minutes and raise the limb. Take an antihistamine for itch and paracetamol or ibuprofen for pain.',
      },
      seekCareIf: {
        ru: 'Сразу вызывайте скорую при отёке губ, языка или горла, затруднении дыхания, слабости или головокружении. Обратитесь к врачу, если укус во рту, покраснение расползается, появилась температура или много укусов.',
        en: 'Call an ambulance at once for swelling of lips, tongue or throat, difficulty breathing, faintness or dizziness. See a doctor if stung in the mouth, redness spreads, fever develops or there are many stings.',
      },
      source:
        'NICE NG182 Insect bites and stings: antimicrobial prescribing (2020); NHS Insect bites and stings (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    likelihoods: {
      ...HOURS,
      ...lk`insect_sting .95 bite_site_swelling .8 allergen_exposure .5 itchy_rash .3 rash .3 large_local_swelling .05
        sudden_onset .6`,
    },
  },
  {
    id: 'large_local_sting_reaction',
    name: { ru: 'Выраженная местная реакция на укус', en: 'Large local reaction to a sting or bite' },
    icd10: 'T63.4',
    system: 'bites_stings',
    urgency: 'self_care',
    // Large local reactions peak at 48 h and are not infection; antibiotics are not needed (NICE NG182 2020).
    urgencyIf: [...ANAPHYLAXIS_SIGNS, ...INFECTED_BITE],
    selfCare: {
      advice: {
        ru: 'Отёк больше 10 см нарастает до 2 суток и спадает за 5–10 дней — это не инфекция. Холод, приподнятое положение, антигистаминное средство внутрь, обезболивающее. Антибиотики не нужны.',
        en: 'Swelling over 10 cm grows for up to 2 days and settles in 5–10 days — it is not infection. Use cold packs, keep the limb raised, take an oral antihistamine and a painkiller. Antibiotics are not needed.',
      },
      seekCareIf: {
        ru: 'Затруднение дыхания, отёк лица или горла — скорая. Врач в течение суток: красная горячая кожа расползается после 2 суток, температура, гной, отёк мешает двигать конечностью.',
        en: 'Breathing difficulty or swelling of face or throat — ambulance. See a doctor within a day if hot red skin keeps spreading after 2 days, fever, pus, or the swelling stops the limb moving.',
      },
      source: 'NICE NG182 Insect bites and stings (2020); EAACI Hymenoptera venom allergy guideline (2018)',
    },
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...ACUTE,
      ...lk`large_local_swelling .9 bite_site_swelling .95 insect_sting .6 insect_bite .35 allergen_exposure .4
        red_hot_swollen_skin .4 itchy_rash .4 allergy_history .3`,
    },
  },
  {
    id: 'insect_bite',
    name: { ru: 'Укусы комаров, мошек, слепней', en: 'Mosquito, midge or horsefly bites' },
    icd10: 'T14.0',
    system: 'bites_stings',
    urgency: 'self_care',
    urgencyIf: [...INFECTED_BITE],
    selfCare: {
      advice: {
        ru: 'Промойте водой с мылом, приложите холод, не расчёсывайте. От зуда — крем с гидрокортизоном 1% (взрослым и детям с 10 лет) или антигистаминное средство внутрь. Используйте репелленты и москитные сетки.',
        en: 'Wash with soap and water, apply something cold and avoid scratching. For itch use 1% hydrocortisone cream (adults and children over 10) or an oral antihistamine. Use repellents and nets.',
      },
      seekCareIf: {
        ru: 'Покраснение расползается, кожа горячая, гной, температура, или укусы были в тропиках и появилась температура.',
        en: 'Redness spreads, the skin is hot, there is pus or fever, or bites were in the tropics and a fever follows.',
      },
      source: 'NICE CKS Insect bites and stings (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    likelihoods: {
      ...ACUTE,
      ...lk`insect_bite .95 itchy_rash .8 rash .7 bite_site_swelling .6 hives .1 large_local_swelling .05`,
    },
  },
  {
    id: 'tick_bite',
    name: { ru: 'Укус клеща без симптомов', en: 'Tick bite without symptoms' },
    icd10: 'T14.0',
    system: 'bites_stings',
    urgency: 'self_care',
    // In TBE-endemic areas unvaccinated people get prophylaxis within 96 h (Минздрав РФ КР «Клещевой энцефалит» 2023; СанПиН 3.3686-21).
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'expanding_red_ring', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Удалите клеща пинцетом: захватите у самой кожи и тяните ровно вверх, без масла и прижигания. Обработайте место антисептиком, вымойте руки. Клеща можно сдать на анализ. Если вы не привиты и регион эндемичен по клещевому энцефалиту, в течение 96 часов обратитесь к врачу за экстренной профилактикой. Наблюдайте за местом укуса 30 дней.',
        en: 'Remove the tick with fine tweezers: grip close to the skin and pull straight up, no oil or burning. Clean the area and wash hands. The tick can be sent for testing. If you are unvaccinated and the area has tick-borne encephalitis, see a doctor within 96 hours for prophylaxis. Watch the bite for 30 days.',
      },
      seekCareIf: {
        ru: 'Клеща не удаётся удалить целиком, в течение 30 дней появилось расширяющееся красное пятно, температура, головная боль, слабость мышц или перекос лица.',
        en: 'The tick cannot be removed whole, or within 30 days an expanding red patch, fever, headache, muscle weakness or facial droop appear.',
      },
      source: 'NICE NG95 Lyme disease (2018); Минздрав РФ КР «Клещевой вирусный энцефалит» (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    likelihoods: {
      ...HOURS,
      ...lk`tick_bite .95 tick_attached .6 bite_site_swelling .2 rash .1 itchy_rash .1 fever .02`,
    },
  },
  {
    id: 'jellyfish_sting',
    name: { ru: 'Ожог медузы', en: 'Jellyfish sting' },
    icd10: 'T63.6',
    system: 'bites_stings',
    urgency: 'self_care',
    urgencyIf: [...ANAPHYLAXIS_SIGNS, { finding: 'chest_pain', urgency: 'ambulance' }],
    selfCare: {
      advice: {
        ru: 'Выйдите из воды. Смойте щупальца морской (не пресной) водой, удалите остатки пинцетом или краем карты. Погрузите место в горячую воду (около 45 °C, терпимо) на 20–45 минут, затем холод. Обезболивающее.',
        en: 'Get out of the water. Rinse off tentacles with sea water (not fresh water) and remove pieces with tweezers or a card. Soak the area in hot water (about 45 °C, as hot as tolerated) for 20–45 minutes, then use cold packs. Take a painkiller.',
      },
      seekCareIf: {
        ru: 'Затруднение дыхания, боль в груди, слабость, судороги — скорая. Обожжено лицо, глаза, большая площадь, или боль не стихает.',
        en: 'Breathing difficulty, chest pain, weakness or a seizure — ambulance. Stings to the face or eyes, a large area, or pain that does not ease.',
      },
      source: 'NHS Jellyfish and other sea creature stings (2022); ILCOR First Aid CoSTR (2020)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`jellyfish_sting .95 rash .7 bite_site_swelling .4 itchy_rash .4 blisters .1 sudden_onset .8`,
    },
  },
  {
    id: 'mammal_bite',
    name: { ru: 'Укус собаки или кошки', en: 'Dog or cat bite' },
    icd10: 'T14.1',
    system: 'bites_stings',
    // Skin-breaking bites: wound care, antibiotics for cats and high-risk sites, and rabies assessment the same day
    // (NICE NG184 Human and animal bites 2020; WHO rabies position 2018; Минздрав РФ «Бешенство» 2021).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'bleeding_wont_stop', urgency: 'emergency_department' },
      { finding: 'wound_gaping', urgency: 'emergency_department' },
      { finding: 'limb_deformity', urgency: 'emergency_department' },
      ...INFECTED_BITE_SYSTEMIC,
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3, toddler_1_4y: 1.5, child_5_11y: 1.5 },
    likelihoods: {
      ...HOURS,
      ...lk`animal_bite .95 wound_or_bite .9 cut_wound .3 bite_site_swelling .5 bleeding_wont_stop .03
        wound_gaping .15 red_hot_swollen_skin .1`,
    },
  },
  {
    id: 'wild_animal_bite',
    name: { ru: 'Укус дикого животного (риск бешенства)', en: 'Wild animal bite (rabies risk)' },
    icd10: 'Z20.3',
    system: 'bites_stings',
    // Rabies post-exposure prophylaxis starts as soon as possible after a wild-animal or bat exposure (WHO rabies position 2018).
    urgency: 'emergency_department',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`wild_animal_bite .95 wound_or_bite .7 cut_wound .3 bite_site_swelling .3`,
    },
  },
  {
    id: 'human_bite',
    name: { ru: 'Укус человека', en: 'Human bite' },
    icd10: 'T14.1',
    system: 'bites_stings',
    // Skin-breaking human bites need antibiotic prophylaxis and blood-borne virus assessment (NICE NG184 2020).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'bleeding_wont_stop', urgency: 'emergency_department' },
      ...INFECTED_BITE_SYSTEMIC,
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`human_bite .95 wound_or_bite .85 cut_wound .3 bite_site_swelling .4 red_hot_swollen_skin .1`,
    },
  },
  {
    id: 'snake_bite',
    name: { ru: 'Укус змеи (гадюки)', en: 'Snake (adder or viper) bite' },
    icd10: 'T63.0',
    system: 'bites_stings',
    // Every venomous snake bite is observed in hospital; vomiting, faintness or breathing trouble = systemic envenoming
    // → ambulance; keep still, no tourniquet or cutting (WHO Guidelines for the management of snakebites 2016).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'vomiting', urgency: 'ambulance' },
      { finding: 'fainting', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'lip_tongue_swelling', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`snake_bite .95 bite_site_swelling .8 wound_or_bite .8 large_local_swelling .4 nausea .3 vomiting .2
        dizziness .3 fainting .1 bruising .3`,
    },
  },
  {
    id: 'angioedema',
    name: { ru: 'Ангиоотёк (отёк Квинке)', en: 'Angioedema' },
    icd10: 'T78.3',
    system: 'bites_stings',
    // Lip or tongue swelling is assessed in an emergency department; airway symptoms → ambulance (NICE CKS Angio-oedema 2023).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'throat_tightness', urgency: 'ambulance' },
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'hoarse_voice', urgency: 'ambulance' },
    ],
    specialist: 'allergist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`lip_tongue_swelling .95 hives .35 new_medication .3 allergen_exposure .35 throat_tightness .15
        hoarse_voice .1 allergy_history .3 hypertension_history .3 abdominal_pain .1`,
    },
  },
  {
    id: 'drug_allergy_rash',
    name: { ru: 'Лекарственная сыпь (аллергия на лекарство)', en: 'Drug allergy rash' },
    icd10: 'L27.0',
    system: 'bites_stings',
    // Stop the drug and review the same day; blistering, mouth sores or fever suggest SJS/TEN or DRESS (NICE CG183 Drug allergy 2014).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'blisters', urgency: 'emergency_department' },
      { finding: 'mouth_ulcers', urgency: 'emergency_department' },
      { finding: 'high_fever', urgency: 'emergency_department' },
      ...ANAPHYLAXIS_SIGNS,
    ],
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...ACUTE,
      ...lk`new_medication .9 rash .95 itchy_rash .7 hives .3 fever .15 high_fever .03 blisters .04 mouth_ulcers .04
        allergen_exposure .4`,
    },
  },
  {
    id: 'food_allergy_reaction',
    name: { ru: 'Пищевая аллергическая реакция (лёгкая)', en: 'Mild food allergic reaction' },
    icd10: 'T78.1',
    system: 'bites_stings',
    // A first IgE-type reaction is referred to an allergy service; any airway or breathing sign → ambulance (NICE CG116 Food allergy in under 19s 2011, rev. 2018).
    urgency: 'planned',
    urgencyIf: [...ANAPHYLAXIS_SIGNS, { finding: 'repeated_vomiting', urgency: 'emergency_department' }],
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.3, infant_3_12m: 2, toddler_1_4y: 2, elderly_65y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`itchy_mouth .7 hives .6 itchy_rash .6 rash .6 allergen_exposure .8 vomiting .2 abdominal_pain .15
        allergy_history .5 runny_nose .2`,
    },
  },
];
