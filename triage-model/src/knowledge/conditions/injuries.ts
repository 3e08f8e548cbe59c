import type { Condition } from '../types.js';
import { ACUTE, ADULTS, HOURS, OLDER_ADULTS, SUBACUTE, YOUNG_CHILDREN, lk } from './presets.js';

/** Head injury signs for referral from the community (NICE NG232 Head injury 2023; as in red-flags/head-injury.ts). */
const HEAD_INJURY_REFERRAL = [
  { finding: 'vomiting', urgency: 'emergency_department' },
  { finding: 'confusion', urgency: 'emergency_department' },
  { finding: 'knocked_out', urgency: 'emergency_department' },
  { finding: 'amnesia_injury', urgency: 'emergency_department' },
  { finding: 'headache_since_injury', urgency: 'emergency_department' },
  { finding: 'clear_fluid_from_nose', urgency: 'emergency_department' },
  { finding: 'clear_fluid_from_ear', urgency: 'emergency_department' },
  { finding: 'takes_anticoagulants', urgency: 'emergency_department' },
  { finding: 'high_energy_injury', urgency: 'emergency_department' },
  { finding: 'drank_alcohol_heavily', urgency: 'emergency_department' },
  { finding: 'unresponsive', urgency: 'ambulance' },
  { finding: 'lethargy', urgency: 'ambulance' },
  { finding: 'seizure', urgency: 'ambulance' },
  { finding: 'arm_weakness', urgency: 'ambulance' },
  { finding: 'speech_difficulty', urgency: 'ambulance' },
] as const;

/**
 * Burns referred to emergency/burns care (NICE CKS Burns and scalds 2024; NNBC National Burn Care Referral Guidance
 * 2012). Burns of the face, hands, feet or genitals are referred unless superficial (red, no blisters): that needs
 * two answers, so the red flag `burn_needs_hospital` decides it rather than a single finding here.
 */
const BURN_REFERRAL = [
  { finding: 'burn_large', urgency: 'within_24h' },
  { finding: 'burn_deep', urgency: 'emergency_department' },
  { finding: 'electric_shock', urgency: 'emergency_department' },
  { finding: 'smoke_inhalation', urgency: 'emergency_department' },
  { finding: 'hoarse_voice', urgency: 'ambulance' },
  { finding: 'stridor', urgency: 'ambulance' },
] as const;

/** Ottawa ankle/knee rules: unable to bear weight → X-ray (Stiell et al., Ottawa rules; NICE CKS Sprains and strains 2020). */
const OTTAWA = [
  { finding: 'cannot_bear_weight', urgency: 'emergency_department' },
  { finding: 'limb_deformity', urgency: 'emergency_department' },
] as const;

const SPRAIN_ADVICE = {
  ru: 'Первые 2–3 дня: покой, холод по 15–20 минут каждые 2–3 часа (через ткань), эластичная повязка, нога приподнята. Парацетамол или ибупрофен. Затем постепенно возвращайтесь к обычной нагрузке; большинство растяжений проходят за 2–6 недель.',
  en: 'For the first 2–3 days: rest, ice for 15–20 minutes every 2–3 hours (wrapped in cloth), a compression bandage and keep the leg raised. Paracetamol or ibuprofen. Then return to normal activity gradually; most sprains heal in 2–6 weeks.',
};

export const injuryConditions: Condition[] = [
  {
    id: 'minor_burn',
    name: { ru: 'Небольшой ожог', en: 'Minor burn or scald' },
    icd10: 'T30.0',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [...BURN_REFERRAL, { finding: 'blisters', urgency: 'within_24h' }],
    // Any burn in an infant is assessed in person (NICE CKS Burns and scalds 2024; NICE CG89 Child maltreatment 2017).
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Сразу охлаждайте ожог прохладной проточной водой 20 минут (не лёд). Снимите кольца и часы. Прикройте чистой плёнкой или стерильной повязкой, не прокалывайте пузыри, не мажьте маслом. Парацетамол или ибупрофен при боли.',
        en: 'Cool the burn under cool running water for 20 minutes straight away (no ice). Remove rings and watches. Cover with cling film or a sterile dressing, do not pop blisters or apply butter or oil. Paracetamol or ibuprofen for pain.',
      },
      seekCareIf: {
        ru: 'Пузыри, ожог больше ладони, на лице, кистях, стопах, половых органах, белая или обугленная кожа, ожог током или химией, вдыхание дыма, ребёнок до года, признаки инфекции или не заживает 2 недели.',
        en: 'Blisters, a burn bigger than the patient’s palm, burns to the face, hands, feet or genitals, white or charred skin, electrical or chemical burns, smoke inhalation, a baby under 1, signs of infection, or not healing in 2 weeks.',
      },
      source: 'NICE CKS Burns and scalds (2024); British Red Cross / ILCOR first aid (2020)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.2, infant_3_12m: 1.5, toddler_1_4y: 2.5 },
    likelihoods: {
      ...HOURS,
      ...lk`burn_injury .98 blisters .25 burn_large .1 burn_face .04 burn_hand .3 burn_foot .05 burn_deep .02
        smoke_inhalation .01
        sudden_onset .8`,
    },
  },
  {
    id: 'major_burn',
    name: { ru: 'Обширный или глубокий ожог', en: 'Major or deep burn' },
    icd10: 'T31.1',
    system: 'injury',
    // Burns over 10 % (adults) / 5 % (children), full-thickness or with inhalation injury are transferred by ambulance (BBA 2012).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { toddler_1_4y: 1.5, elderly_65y: 1.3 },
    likelihoods: {
      ...HOURS,
      ...lk`burn_injury .98 burn_large .85 burn_deep .5 blisters .6 burn_face .3 burn_hand .4 smoke_inhalation .25
        hoarse_voice .08 breathlessness .1 fainting .1`,
    },
  },
  {
    id: 'sunburn',
    name: { ru: 'Солнечный ожог', en: 'Sunburn' },
    icd10: 'L55.9',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'blisters', urgency: 'within_24h' },
      { finding: 'burn_large', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'ambulance' },
    ],
    // Babies with sunburn are seen the same day (NHS Sunburn 2023; AAP sun safety 2022).
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Уйдите из-под солнца. Прохладный душ или компрессы, увлажняющий крем или гель с алоэ, пейте больше воды. Парацетамол или ибупрофен при боли. Не прокалывайте пузыри, закрывайте обожжённую кожу от солнца, пока не заживёт.',
        en: 'Get out of the sun. Cool showers or compresses, moisturiser or aloe gel, drink plenty of water. Paracetamol or ibuprofen for pain. Do not pop blisters; keep the burnt skin covered from the sun until it heals.',
      },
      seekCareIf: {
        ru: 'Пузыри или отёк на большой площади, температура, озноб, головокружение, спутанность сознания, рвота, или обгорел ребёнок до года.',
        en: 'Blistering or swelling over a large area, fever, chills, dizziness, confusion, vomiting, or a baby under 1 is sunburnt.',
      },
      source: 'NHS Sunburn (2023); NICE CKS Burns and scalds (2024)',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.2,
      ...lk`sun_exposure .95 sunburnt_skin .95 rash .5 blisters .1 burn_large .2 itchy_rash .2 fever .05 high_fever .01 headache .2
        chills .1 heat_exposure .4`,
    },
  },
  {
    id: 'minor_head_injury',
    name: { ru: 'Лёгкая травма головы (ушиб)', en: 'Minor head injury' },
    icd10: 'S09.9',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [...HEAD_INJURY_REFERRAL, { finding: 'scalp_swelling_large', urgency: 'within_24h' }],
    // Under 1 year a bruise, swelling or cut > 5 cm on the head needs assessment (NICE NG232 Head injury 2023).
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Холод на место ушиба по 10–20 минут, покой, парацетамол при боли. Первые 24 часа рядом должен быть взрослый. Не употреблять алкоголь, не садиться за руль, меньше экранов, постепенно возвращаться к учёбе и спорту.',
        en: 'Cold pack on the bump for 10–20 minutes, rest, paracetamol for pain. An adult should stay with the person for the first 24 hours. No alcohol or driving, limit screens, and return to school and sport gradually.',
      },
      seekCareIf: {
        ru: 'Сразу в приёмный покой или скорая: потеря сознания, рвота больше одного раза, сонливость, спутанность, сильная или нарастающая головная боль, судороги, слабость конечностей, кровь или жидкость из носа или уха, приём антикоагулянтов, травма при ДТП или падении с высоты.',
        en: 'Go to an emergency department or call an ambulance for: loss of consciousness, vomiting more than once, drowsiness, confusion, a severe or worsening headache, a seizure, weakness of a limb, blood or fluid from the nose or ear, blood thinners, or a road crash or fall from height.',
      },
      source: 'NICE NG232 Head injury: assessment and early management (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_3_12m: 1.5, toddler_1_4y: 2, child_5_11y: 1.5, elderly_65y: 1.3 },
    likelihoods: {
      ...HOURS,
      ...lk`head_injury .98 trauma_fall .6 headache .5 scalp_swelling_large .3 bruising .3 cut_wound .15
        dizziness .15 nausea .1 vomiting .05 knocked_out .02`,
    },
  },
  {
    id: 'head_injury_danger_signs',
    name: { ru: 'Травма головы с признаками опасности', en: 'Head injury with danger signs' },
    icd10: 'S06.9',
    system: 'injury',
    // Any NICE NG232 (2023) referral criterion → emergency department; unresponsive, seizure or focal deficit → ambulance.
    urgency: 'emergency_department',
    urgencyIf: HEAD_INJURY_REFERRAL.filter((u) => u.urgency === 'ambulance'),
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { toddler_1_4y: 1.3, elderly_65y: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`head_injury .98 trauma_fall .6 knocked_out .45 amnesia_injury .35 repeated_vomiting .35 vomiting .5
        headache .8 confusion .3 lethargy .15 seizure .05 takes_anticoagulants .15 high_energy_injury .25 headache_since_injury .6
        scalp_swelling_large .4 arm_weakness .05`,
    },
  },
  {
    id: 'ankle_sprain',
    name: { ru: 'Растяжение связок голеностопа', en: 'Sprained ankle' },
    icd10: 'S93.4',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [...OTTAWA, { finding: 'numbness_tingling', urgency: 'within_24h' }],
    selfCare: {
      advice: SPRAIN_ADVICE,
      seekCareIf: {
        ru: 'Не может встать на ногу и сделать 4 шага, боль при надавливании на косточку, нога деформирована, онемела или посинела, или нет улучшения за 5–7 дней.',
        en: 'Cannot stand or take 4 steps, pain when pressing on the ankle bone, a misshapen, numb or blue foot, or no improvement in 5–7 days.',
      },
      source: 'NICE CKS Sprains and strains (2020); Ottawa ankle rules (Stiell 1992)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.3, teen_12_17y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`twisted_ankle .95 injury_swelling .8 bruising .5 joint_pain .7 cannot_bear_weight .15 trauma_fall .4
        limb_deformity .01`,
    },
  },
  {
    id: 'knee_injury',
    name: { ru: 'Растяжение или ушиб колена', en: 'Knee sprain or bruise' },
    icd10: 'S83.6',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [...OTTAWA],
    selfCare: {
      advice: SPRAIN_ADVICE,
      seekCareIf: {
        ru: 'Не может наступить на ногу, колено сильно отекло в первые часы, «заклинивает» или подкашивается, деформация, или нет улучшения за неделю.',
        en: 'Cannot put weight on the leg, the knee swelled a lot within hours, locks or gives way, looks misshapen, or is not better within a week.',
      },
      source: 'NICE CKS Sprains and strains (2020); Ottawa knee rule (Stiell 1996)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.3, teen_12_17y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`knee_locking .08 twisted_knee .95 joint_pain .85 injury_swelling .6 bruising .3 cannot_bear_weight .1 trauma_fall .4`,
    },
  },
  {
    id: 'suspected_fracture',
    name: {
      ru: 'Подозрение на перелом (запястья, руки, ноги)',
      en: 'Suspected broken bone (wrist, arm or leg)',
    },
    icd10: 'T14.2',
    system: 'injury',
    // Suspected fractures are X-rayed now (травмпункт/ED); a cold pale limb → ambulance (NICE NG38 Fractures (non-complex) 2016).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'cold_pale_limb', urgency: 'ambulance' },
      { finding: 'mottled_skin', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3, child_5_11y: 1.5, elderly_65y: 1.5 },
    likelihoods: {
      ...HOURS,
      ...lk`finger_injury .1 trauma_fall .8 injury_swelling .85 bruising .5 cannot_use_arm .5 cannot_bear_weight .3 limb_deformity .15
        joint_pain .4 numbness_tingling .05`,
    },
  },
  {
    id: 'hip_fracture',
    name: { ru: 'Перелом шейки бедра', en: 'Hip fracture' },
    icd10: 'S72.0',
    system: 'injury',
    // An older person who cannot stand after a fall is taken to hospital by ambulance (NICE CG124 Hip fracture 2023).
    urgency: 'ambulance',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_40_64y: 0.3, elderly_65y: 3 },
    sex: { male: 0.5 },
    likelihoods: {
      ...HOURS,
      ...lk`trauma_fall .95 cannot_bear_weight .9 joint_pain .7 limb_deformity .4 bruising .3 injury_swelling .3`,
    },
  },
  {
    id: 'joint_dislocation',
    name: { ru: 'Вывих сустава', en: 'Dislocated joint' },
    icd10: 'T14.3',
    system: 'injury',
    // Dislocations are reduced under imaging and analgesia; numb or pale limb → ambulance (NICE NG38 2016).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'mottled_skin', urgency: 'ambulance' },
      { finding: 'cold_pale_limb', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`limb_deformity .85 cannot_use_arm .6 joint_pain .9 trauma_fall .7 injury_swelling .5 numbness_tingling .15`,
    },
  },
  {
    id: 'rib_injury',
    name: { ru: 'Ушиб или трещина ребра', en: 'Bruised or cracked rib' },
    icd10: 'S20.2',
    system: 'injury',
    urgency: 'self_care',
    // Breathlessness or coughing blood after chest trauma suggests pneumothorax or contusion (NICE CKS Rib fracture / NHS 2022).
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'coughing_blood', urgency: 'emergency_department' },
      { finding: 'severe_breathlessness', urgency: 'ambulance' },
      { finding: 'high_energy_injury', urgency: 'emergency_department' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    urgencyOverrides: [{ minAgeMonths: 780, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Регулярно принимайте обезболивающее (парацетамол, ибупрофен), чтобы нормально дышать и кашлять. Каждый час делайте 10 медленных глубоких вдохов, при кашле прижимайте подушку к груди. Не стягивайте грудную клетку бинтом. Заживает 3–6 недель.',
        en: 'Take regular painkillers (paracetamol, ibuprofen) so you can breathe and cough normally. Take 10 slow deep breaths every hour and hold a pillow to the chest when coughing. Do not strap the chest. Healing takes 3–6 weeks.',
      },
      seekCareIf: {
        ru: 'Одышка, кровь при кашле, боль в животе или плече, температура и кашель с мокротой, возраст 65+, или боль не даёт дышать несмотря на обезболивание.',
        en: 'Breathlessness, coughing blood, pain in the abdomen or shoulder, fever with a productive cough, age 65+, or pain stops you breathing despite painkillers.',
      },
      source: 'NHS Broken or bruised ribs (2022); BTS/SCTS chest trauma guidance (2021)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.2 },
    likelihoods: {
      ...ACUTE,
      ...lk`chest_wall_injury .9 chest_pain .9 chest_pain_reproducible .8 pleuritic_pain .7 trauma_fall .5 bruising .4
        breathlessness .1 coughing_blood .01`,
    },
  },
  {
    id: 'whiplash',
    name: { ru: 'Хлыстовая травма шеи', en: 'Whiplash neck injury' },
    icd10: 'S13.4',
    system: 'injury',
    urgency: 'self_care',
    // Canadian C-spine rule: neurological signs, high-risk mechanism or age ≥ 65 need imaging (NICE NG41 Spinal injury 2016).
    urgencyIf: [
      { finding: 'numbness_tingling', urgency: 'emergency_department' },
      { finding: 'arm_weakness', urgency: 'ambulance' },
      { finding: 'high_energy_injury', urgency: 'emergency_department' },
    ],
    urgencyOverrides: [{ minAgeMonths: 780, urgency: 'emergency_department' }],
    selfCare: {
      advice: {
        ru: 'Сохраняйте обычную активность, мягко двигайте шеей — воротник не нужен. Парацетамол или ибупрофен, тепло или холод. Большинство проходит за 2–3 недели.',
        en: 'Keep active and move the neck gently — no collar is needed. Paracetamol or ibuprofen, warmth or cold packs. Most people recover in 2–3 weeks.',
      },
      seekCareIf: {
        ru: 'Онемение или слабость рук и ног, сильная боль в середине шеи сзади, возраст 65+, травма при опасном механизме, или боль не уменьшается через 6 недель.',
        en: 'Numbness or weakness in arms or legs, severe pain in the back middle of the neck, age 65+, a dangerous mechanism, or pain not easing after 6 weeks.',
      },
      source: 'NICE NG41 Spinal injury (2016); Canadian C-spine rule (Stiell 2001); NHS Whiplash (2022)',
    },
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`neck_jolt .95 neck_pain .95 headache .4 back_pain .2 numbness_tingling .05 high_energy_injury .4`,
    },
  },
  {
    id: 'bruise_contusion',
    name: { ru: 'Ушиб мягких тканей', en: 'Bruise (soft tissue injury)' },
    icd10: 'T14.0',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [
      ...OTTAWA,
      { finding: 'cannot_use_arm', urgency: 'emergency_department' },
      { finding: 'takes_anticoagulants', urgency: 'within_24h' },
    ],
    // Bruising in a baby who is not yet mobile is a safeguarding concern (NICE CG89 Child maltreatment 2017).
    urgencyOverrides: [{ maxAgeMonths: 6, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Холод через ткань по 15–20 минут несколько раз в первые сутки, приподнятое положение, покой. Парацетамол при боли. Синяк проходит за 1–2 недели, меняя цвет.',
        en: 'Cold pack wrapped in cloth for 15–20 minutes several times on the first day, raise the area, rest. Paracetamol for pain. The bruise fades over 1–2 weeks, changing colour.',
      },
      seekCareIf: {
        ru: 'Нельзя опереться на ногу или пользоваться рукой, деформация, нарастающий отёк и сильная боль, синяки без причины, приём антикоагулянтов, синяк у грудного ребёнка.',
        en: 'Cannot bear weight or use the arm, deformity, increasing swelling and severe pain, bruises without a cause, blood thinners, or a bruise on a baby.',
      },
      source: 'NHS Bruises (2022); NICE CKS Sprains and strains (2020)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    likelihoods: {
      ...ACUTE,
      ...lk`bruising .95 trauma_fall .7 injury_swelling .5 joint_pain .2 cannot_bear_weight .03`,
    },
  },
  {
    id: 'laceration',
    name: { ru: 'Глубокая или зияющая рана', en: 'Deep or gaping cut (laceration)' },
    icd10: 'T14.1',
    system: 'injury',
    // Gaping wounds are closed within hours; uncontrolled bleeding → ambulance (NICE CKS Lacerations 2021; ERC First aid 2021).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'fainting', urgency: 'ambulance' },
      { finding: 'mottled_skin', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    likelihoods: {
      ...HOURS,
      ...lk`cut_wound .95 wound_gaping .85 bleeding_wont_stop .25 wound_contaminated .2 trauma_fall .3
        numbness_tingling .1 wound_or_bite .6`,
    },
  },
  {
    id: 'minor_cut_graze',
    name: { ru: 'Небольшой порез или ссадина', en: 'Minor cut or graze' },
    icd10: 'T14.0',
    system: 'injury',
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'wound_gaping', urgency: 'emergency_department' },
      { finding: 'bleeding_wont_stop', urgency: 'emergency_department' },
      // Soil or rust: tetanus-prone wound, check immunisation (UKHSA Green Book ch. 30 Tetanus 2023).
      { finding: 'wound_contaminated', urgency: 'within_24h' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Прижмите рану чистой тканью до остановки кровотечения. Промойте проточной водой, удалите грязь, закройте пластырем или стерильной повязкой. Меняйте повязку ежедневно, держите сухой. Проверьте, когда была последняя прививка от столбняка.',
        en: 'Press on the wound with a clean cloth until the bleeding stops. Rinse under running water, remove dirt and cover with a plaster or sterile dressing. Change it daily and keep it dry. Check when you last had a tetanus vaccine.',
      },
      seekCareIf: {
        ru: 'Края раны расходятся, кровь не останавливается за 10 минут давления, в ране грязь или осколки, онемение пальцев, рана на лице, или покраснение, отёк, гной, температура.',
        en: 'Wound edges gape, bleeding continues after 10 minutes of pressure, dirt or glass in the wound, numb fingers, a cut on the face, or redness, swelling, pus or fever.',
      },
      source: 'NHS Cuts and grazes (2022); UKHSA Green Book ch. 30 Tetanus (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    likelihoods: {
      ...ACUTE,
      ...lk`cut_wound .95 wound_or_bite .7 trauma_fall .4 wound_gaping .03 bleeding_wont_stop .01
        wound_contaminated .15`,
    },
  },
  {
    id: 'frostbite',
    name: { ru: 'Отморожение', en: 'Frostbite' },
    icd10: 'T35.7',
    system: 'injury',
    // Rewarm in 37–39 °C water only if refreezing is impossible; deep frostbite is treated in hospital (WMS Frostbite guideline 2019).
    urgency: 'emergency_department',
    urgencyIf: [{ finding: 'low_temperature', urgency: 'ambulance' }],
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`cold_exposure .95 skin_white_hard_after_cold .85 numbness_tingling .8 blisters .3 alcohol_excess .2
        low_temperature .1`,
    },
  },
  {
    id: 'hypothermia',
    name: { ru: 'Переохлаждение', en: 'Hypothermia' },
    icd10: 'T68',
    system: 'injury',
    // Core temperature < 35 °C; confusion or drowsiness means moderate hypothermia → ambulance (ERC Guidelines 2021, special circumstances).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'lethargy', urgency: 'ambulance' },
      { finding: 'slow_breathing', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 1.5, elderly_65y: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`cold_exposure .95 low_temperature .9 chills .7 confusion .35 lethargy .3 fatigue .6 speech_difficulty .2
        alcohol_excess .2 mottled_skin .2`,
    },
  },
  {
    id: 'heat_exhaustion',
    name: { ru: 'Тепловое истощение', en: 'Heat exhaustion' },
    icd10: 'T67.5',
    system: 'injury',
    urgency: 'self_care',
    // Not better within 30 minutes of cooling, confusion or no sweating means heatstroke (NHS Heat exhaustion and heatstroke 2022; WHO Heat-health 2021).
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'fainting', urgency: 'within_24h' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
    ],
    urgencyOverrides: [
      { maxAgeMonths: 12, urgency: 'within_24h' },
      { minAgeMonths: 900, urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Перейдите в прохладное место, лягте, приподнимите ноги. Пейте воду или регидратационный раствор. Охлаждайте кожу: мокрая ткань, вентилятор, холод на подмышки и шею. Должно стать лучше за 30 минут.',
        en: 'Move to a cool place, lie down and raise the feet. Drink water or a rehydration drink. Cool the skin: wet cloth, fan, cold packs to armpits and neck. They should feel better within 30 minutes.',
      },
      seekCareIf: {
        ru: 'Вызывайте скорую, если через 30 минут не лучше, спутанность, судороги, потеря сознания, кожа горячая и сухая, температура 40 °C и выше. Ребёнку до года и пожилым — врач в тот же день.',
        en: 'Call an ambulance if not better after 30 minutes, or there is confusion, a seizure, loss of consciousness, hot dry skin, or a temperature of 40 °C or more. Babies and older people should see a doctor the same day.',
      },
      source: 'NHS Heat exhaustion and heatstroke (2022); WHO Heat and health (2021)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'audio',
    prevalence: 2,
    likelihoods: {
      ...HOURS,
      ...lk`heat_exposure .95 sun_exposure .5 sweating .6 headache .7 dizziness .7 nausea .5 fatigue .7 thirst .6
        fainting .15 fever .3 high_fever .05 body_aches .3`,
    },
  },
  {
    id: 'heatstroke',
    name: { ru: 'Тепловой удар', en: 'Heatstroke' },
    icd10: 'T67.0',
    system: 'injury',
    // Core temperature > 40 °C with CNS dysfunction: cool immediately and call an ambulance (ERC Guidelines 2021; NHS 2022).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 1.5, infant_3_12m: 1.3, elderly_65y: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`heat_exposure .95 fever .95 high_fever .9 confusion .8 seizure .15 fainting .3 headache .5 vomiting .3
        lethargy .3 sun_exposure .5`,
    },
  },
  {
    id: 'electric_injury',
    name: { ru: 'Электротравма', en: 'Electric shock injury' },
    icd10: 'T75.4',
    system: 'injury',
    // Every electric shock gets an ECG; collapse, palpitations or chest pain → ambulance (ERC Guidelines 2021; NNBC 2012).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'palpitations', urgency: 'ambulance' },
      { finding: 'chest_pain', urgency: 'ambulance' },
      { finding: 'fainting', urgency: 'ambulance' },
      { finding: 'confusion', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`electric_shock .95 burn_injury .3 numbness_tingling .4 palpitations .15 body_aches .3 fainting .05
        chest_pain .05`,
    },
  },
  {
    id: 'near_drowning',
    name: { ru: 'Утопление (спасённый)', en: 'Near-drowning' },
    icd10: 'T75.1',
    system: 'injury',
    // Any symptom after submersion (cough, breathlessness) needs hospital observation for 6+ h (ERC Guidelines 2021, drowning).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'blue_lips', urgency: 'ambulance' },
      { finding: 'lethargy', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...YOUNG_CHILDREN, infant_0_3m: 0.1, adult_18_39y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`submersion .95 cough .6 breathlessness .3 vomiting .3 confusion .1 blue_lips .05 cold_exposure .3`,
    },
  },
  {
    id: 'inhaled_foreign_body',
    name: { ru: 'Инородное тело в дыхательных путях', en: 'Inhaled foreign body' },
    icd10: 'T17.9',
    system: 'injury',
    // A choking episode followed by cough or wheeze needs bronchoscopy assessment (ERC Guidelines 2021 paediatric; NICE CKS).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'severe_breathlessness', urgency: 'ambulance' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...YOUNG_CHILDREN, infant_0_3m: 0.05, elderly_65y: 0.2 },
    likelihoods: {
      ...HOURS,
      ...lk`choking_episode .85 cough .9 wheeze .4 breathlessness .35 stridor .1 sudden_onset .8 fever .03`,
    },
  },
  {
    id: 'infected_wound',
    name: { ru: 'Нагноение раны', en: 'Infected wound' },
    icd10: 'T79.3',
    system: 'injury',
    // Spreading redness or fever needs antibiotics; systemic signs need hospital care (NICE NG141 Cellulitis 2019; NICE NG51 Sepsis 2024).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'red_streak', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'mottled_skin', urgency: 'ambulance' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...SUBACUTE,
      ...lk`cut_wound .7 wound_or_bite .85 red_hot_swollen_skin .85 spreading_redness .4 pus_lump .4 fever .3
        high_fever .08 red_streak .1 wound_contaminated .3 diabetes .15`,
    },
  },
  {
    id: 'chemical_skin_burn',
    name: { ru: 'Химический ожог кожи', en: 'Chemical burn of the skin' },
    icd10: 'T30.4',
    system: 'injury',
    // Irrigate with running water for at least 20 minutes, then assess in person: chemical burns are always referred
    // (BBA National Burn Care Referral Guidance 2012; NICE CKS Burns and scalds 2024).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'chemical_in_eye', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`chemical_on_skin .95 burn_injury .6 blisters .3 rash .4 burn_large .1 burn_face .1 chemical_in_eye .1`,
    },
  },
];
