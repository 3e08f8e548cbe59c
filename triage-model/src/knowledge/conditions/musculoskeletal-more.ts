import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, OLDER_ADULTS, SUBACUTE, lk } from './presets.js';

/** Common joint, soft-tissue and lower-GI problems, most of them manageable at home with the right advice. */
export const musculoskeletalMoreConditions: Condition[] = [
  {
    id: 'acute_neck_pain',
    name: { ru: 'Острая боль в шее', en: 'Acute neck pain' },
    icd10: 'M54.2',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Fever, arm weakness or pain after a high-energy injury are red flags: NICE CKS Neck pain - non-specific (2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'numbness_tingling', urgency: 'planned' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'arm_weakness', urgency: 'emergency_department' },
      { finding: 'neck_stiffness', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Продолжайте двигать шеей и сохраняйте обычную активность; воротник не нужен. Обезболивающее (ибупрофен или парацетамол), тепло, правильная поза за компьютером и невысокая плотная подушка. Обычно проходит за 1–2 недели.',
        en: 'Keep moving your neck and carry on with normal activity; a collar is not needed. A painkiller (ibuprofen or paracetamol), heat, a good posture at the screen and a firm low pillow help. It usually settles in 1–2 weeks.',
      },
      seekCareIf: {
        ru: 'Боль после травмы, температура, слабость или онемение в руках, нарушение походки, боль не проходит за 4 недели или усиливается.',
        en: 'Pain after an injury, fever, weakness or numbness in the arms, unsteady walking, or pain not settling within 4 weeks or getting worse.',
      },
      source: 'NICE CKS Neck pain - non-specific (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { ...ADULTS, child_5_11y: 0.1, teen_12_17y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`neck_pain .95 headache .3 stress_related_headache .2 numbness_tingling .1 fever .02`,
    },
  },
  {
    id: 'knee_osteoarthritis',
    name: { ru: 'Остеоартрит коленного сустава', en: 'Knee osteoarthritis' },
    icd10: 'M17.9',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Clinical diagnosis over 45 with activity pain and short morning stiffness; a hot swollen joint is not OA:
    // NICE NG226 Osteoarthritis in over 16s (2022).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'hot_swollen_joint', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Главное лечение — регулярные упражнения для укрепления мышц бедра и ходьба; снижение веса при его избытке. При боли — гель с НПВС (диклофенак, ибупрофен) на колено, тепло или холод, удобная обувь. Таблетки — коротким курсом.',
        en: 'The main treatment is regular exercise to strengthen the thigh muscles, and walking; weight loss if overweight. For pain, an anti-inflammatory gel (diclofenac, ibuprofen) on the knee, heat or cold, supportive shoes. Tablets only for short spells.',
      },
      seekCareIf: {
        ru: 'Сустав горячий, красный и отёкший, температура, колено «заклинивает» или подкашивается, боль мешает спать и ходить несмотря на упражнения и обезболивающие.',
        en: 'The joint is hot, red and swollen, you have a fever, the knee locks or gives way, or pain stops you sleeping or walking despite exercise and painkillers.',
      },
      source: 'NICE NG226 Osteoarthritis in over 16s (2022)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.1, elderly_65y: 2.5 },
    sex: { female: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`knee_locking .1 knee_pain .95 joint_pain .9 joint_creaking .6 morning_stiffness .1 hot_swollen_joint .05 paracetamol_use .3
        nsaid_use .3`,
    },
  },
  {
    id: 'tennis_elbow',
    name: { ru: 'Латеральный эпикондилит («локоть теннисиста»)', en: 'Tennis elbow' },
    icd10: 'M77.1',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Self-limiting in 6–24 months; activity modification and analgesia first: NICE CKS Tennis elbow (2022).
    urgencyIf: [{ finding: 'lasting_3_weeks', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Уменьшите нагрузку, которая вызывает боль (поднимание, хват, работа мышью), но не обездвиживайте руку. Гель с НПВС, холод на 10–15 минут, бандаж на предплечье, упражнения на растяжку. Обычно проходит за несколько месяцев.',
        en: 'Cut down the activities that cause pain (lifting, gripping, mouse work) but do not immobilise the arm. An anti-inflammatory gel, ice for 10–15 minutes, a forearm strap and stretching exercises help. It usually settles within months.',
      },
      seekCareIf: {
        ru: 'Боль не уменьшается за 6 недель, сильная боль после травмы, отёк, онемение или слабость в руке.',
        en: 'No better after 6 weeks, severe pain after an injury, swelling, numbness or weakness in the hand.',
      },
      source: 'NICE CKS Tennis elbow (2022)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...ADULTS, adult_40_64y: 1.5, elderly_65y: 0.5 },
    likelihoods: { ...CHRONIC, ...lk`outer_elbow_pain .95 joint_pain .4` },
  },
  {
    id: 'plantar_fasciitis',
    name: { ru: 'Подошвенный фасциит', en: 'Plantar heel pain (plantar fasciitis)' },
    icd10: 'M72.2',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Self-management with stretching and footwear; most recover within a year: NICE CKS Plantar fasciitis (2020).
    urgencyIf: [{ finding: 'lasting_3_weeks', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Растягивайте икроножные мышцы и подошву несколько раз в день, носите обувь с мягкой пяткой и поддержкой свода, не ходите босиком. Холод после нагрузки, при боли — ибупрофен или парацетамол; снижение веса при избытке.',
        en: 'Stretch the calf and sole several times a day, wear cushioned shoes with arch support, avoid walking barefoot. Ice after activity, ibuprofen or paracetamol for pain; lose weight if overweight.',
      },
      seekCareIf: {
        ru: 'Нет улучшения за несколько недель самостоятельного лечения, пятка отекла или покраснела, онемение стопы, боль после травмы.',
        en: 'No better after a few weeks of self-care, the heel is swollen or red, the foot is numb, or pain began with an injury.',
      },
      source: 'NICE CKS Plantar fasciitis (2020)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...ADULTS, adult_40_64y: 1.5 },
    likelihoods: { ...CHRONIC, ...lk`achilles_pain .08 heel_pain_first_steps .9` },
  },
  {
    id: 'carpal_tunnel',
    name: { ru: 'Синдром запястного канала', en: 'Carpal tunnel syndrome' },
    icd10: 'G56.0',
    system: 'neurological',
    // Wrist splint at night first; constant numbness or thumb weakness needs referral:
    // NICE CKS Carpal tunnel syndrome (2022).
    urgency: 'planned',
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, adult_40_64y: 1.5 },
    sex: { female: 2.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`hand_tingling_night .9 numbness_tingling .9 pregnant_possible .1 diabetes .15`,
    },
  },
  {
    id: 'rotator_cuff_tendinopathy',
    name: {
      ru: 'Тендинопатия вращательной манжеты плеча',
      en: 'Rotator cuff tendinopathy (painful shoulder)',
    },
    icd10: 'M75.1',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Left shoulder pain with breathlessness or sweating may be cardiac; most shoulder pain improves with activity
    // modification and exercise: NICE CKS Shoulder pain (2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'chest_pain', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Избегайте движений, вызывающих боль (рука над головой, подъём тяжестей), но продолжайте двигать плечом. Обезболивающее (ибупрофен или парацетамол), холод или тепло, постепенные упражнения. Обычно улучшается за несколько недель.',
        en: 'Avoid movements that hurt (reaching overhead, lifting) but keep the shoulder moving. A painkiller (ibuprofen or paracetamol), ice or heat, gradual exercises. It usually improves within weeks.',
      },
      seekCareIf: {
        ru: 'Не можете поднять руку после травмы, плечо горячее и отёчное, температура, боль в плече с болью в груди или одышкой (звоните 112), нет улучшения за 2–4 недели.',
        en: 'Cannot lift the arm after an injury, a hot swollen shoulder, fever, shoulder pain with chest pain or breathlessness (call 112), or no better after 2–4 weeks.',
      },
      source: 'NICE CKS Shoulder pain (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, adult_40_64y: 1.5, elderly_65y: 1.2 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`shoulder_stiff .1 shoulder_pain .95 pain_lifting_arm .85 joint_pain .4 trauma_fall .1 sleep_problems .3`,
    },
  },
  {
    id: 'costochondritis',
    name: { ru: 'Костохондрит (боль в грудной стенке)', en: 'Chest wall pain (costochondritis)' },
    icd10: 'M94.0',
    system: 'musculoskeletal',
    urgency: 'self_care',
    // Diagnosis of exclusion: pressing or exertional pain, breathlessness or sweating must be assessed as cardiac:
    // NICE CG95 Recent-onset chest pain (2010, updated 2016); NICE CKS Costochondritis (2020).
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'chest_pain_exertion', urgency: 'emergency_department' },
      { finding: 'sweating', urgency: 'ambulance' },
      { finding: 'chest_pain_pressing', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: {
        ru: 'Боль в грудной стенке безопасна и проходит за несколько недель. Ибупрофен или парацетамол, тепло, избегайте нагрузок, усиливающих боль (подъём тяжестей, отжимания).',
        en: 'Chest wall pain is harmless and settles within weeks. Ibuprofen or paracetamol, heat, and avoid activities that make it worse (lifting, press-ups).',
      },
      seekCareIf: {
        ru: 'Звоните 112, если боль давящая, отдаёт в руку или челюсть, с одышкой, потом или при нагрузке. К врачу — если не проходит за 2–3 недели, есть температура или отёк.',
        en: 'Call 112 if the pain is pressing, spreads to the arm or jaw, comes with breathlessness, sweating or on exertion. See a doctor if not settling in 2–3 weeks, or with fever or swelling.',
      },
      source: 'NICE CKS Costochondritis (2020); NICE CG95 Chest pain (2016)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.6 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`chest_pain .95 chest_pain_reproducible .85 pleuritic_pain .3 chest_pain_pressing .02`,
    },
  },
  {
    id: 'polymyalgia_rheumatica',
    name: { ru: 'Ревматическая полимиалгия', en: 'Polymyalgia rheumatica' },
    icd10: 'M35.3',
    system: 'musculoskeletal',
    // Headache, jaw pain or visual loss suggest giant cell arteritis (same-day steroids):
    // BSR guideline on polymyalgia rheumatica (2015); BSR giant cell arteritis guideline (2020).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'headache', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'vision_loss_sudden', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_18_39y: 0, adult_40_64y: 0.5, elderly_65y: 3 },
    sex: { female: 2 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`shoulder_stiff .2 shoulder_girdle_stiffness .9 shoulder_pain .8 morning_stiffness .8 hip_pain .6 fatigue .6 weight_loss .2
        fever .1 headache .1`,
    },
  },
  {
    id: 'peptic_ulcer',
    name: { ru: 'Язвенная болезнь желудка и двенадцатиперстной кишки', en: 'Stomach ulcer (peptic ulcer)' },
    icd10: 'K27.9',
    system: 'digestive',
    // Test for H. pylori and stop NSAIDs; black stools or vomiting blood = bleeding, weight loss = alarm feature:
    // NICE CG184 Dyspepsia and GORD (2014, updated 2019); NICE CG141 Upper GI bleeding (2012, updated 2016).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'weight_loss', urgency: 'within_24h' },
      { finding: 'black_stool', urgency: 'emergency_department' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
      { finding: 'rigid_abdomen', urgency: 'ambulance' },
    ],
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, teen_12_17y: 0.1, adult_40_64y: 1.5, elderly_65y: 1.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`upper_abdominal_pain .9 epigastric_pain_empty .6 abdominal_pain .9 nausea .4 bloating .4 heartburn .3
        nsaid_use .4 smoker .4 alcohol_excess .2 black_stool .05 vomiting_blood .03 loss_of_appetite .3`,
    },
  },
  {
    id: 'haemorrhoids',
    name: { ru: 'Геморрой', en: 'Piles (haemorrhoids)' },
    icd10: 'K64.9',
    system: 'digestive',
    urgency: 'self_care',
    // Rectal bleeding over 50 with a change in bowel habit, or weight loss, needs referral: NICE CKS Haemorrhoids
    // (2024); NICE NG12 Suspected cancer (2015, updated 2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'planned' },
      { finding: 'black_stool', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Больше клетчатки и воды, чтобы стул был мягким; не тужьтесь и не засиживайтесь в туалете. Тёплые сидячие ванночки, аптечные мази и свечи от геморроя, при боли — парацетамол. Обычно проходит за несколько дней.',
        en: 'More fibre and water to keep stools soft; do not strain or sit on the toilet for long. Warm baths, pharmacy haemorrhoid creams or suppositories, paracetamol for pain. It usually settles within days.',
      },
      seekCareIf: {
        ru: 'Кровотечение не прекращается или повторяется, тёмная кровь или чёрный стул, изменился характер стула, похудение, сильная боль, нет улучшения за 7 дней.',
        en: 'Bleeding does not stop or keeps coming back, dark blood or black stools, a change in bowel habit, weight loss, severe pain, or no better after 7 days.',
      },
      source: 'NICE CKS Haemorrhoids (2024)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...ADULTS, teen_12_17y: 0.1 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`anal_pain_throbbing .1 blood_on_toilet_paper .8 anal_lump .6 bloody_stool .3 constipation .5 painful_stools .3 pregnant_possible .1`,
    },
  },
  {
    id: 'anal_fissure',
    name: { ru: 'Анальная трещина', en: 'Anal fissure' },
    icd10: 'K60.2',
    system: 'digestive',
    urgency: 'self_care',
    // Most heal with soft stools within weeks; persisting fissures need prescribed treatment: NICE CKS Anal fissure
    // (2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru: 'Главное — мягкий стул: клетчатка, 1,5–2 л воды в день, при необходимости аптечное слабительное (псиллиум, макрогол). Тёплые сидячие ванночки после стула, парацетамол или ибупрофен при боли. Большинство трещин заживают за 6 недель.',
        en: 'The key is soft stools: fibre, 1.5–2 litres of water a day, a pharmacy laxative if needed (ispaghula, macrogol). Warm baths after a bowel movement, paracetamol or ibuprofen for pain. Most fissures heal within 6 weeks.',
      },
      seekCareIf: {
        ru: 'Нет улучшения за 1–2 недели, кровотечение сильнее нескольких капель, температура, выделения гноя, похудение или изменение стула.',
        en: 'No better after 1–2 weeks, more than a few drops of blood, fever, a discharge of pus, weight loss or a change in bowel habit.',
      },
      source: 'NICE CKS Anal fissure (2023)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.2, infant_3_12m: 0.5, toddler_1_4y: 0.8, child_5_11y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`anal_pain_throbbing .15 painful_stools .95 blood_on_toilet_paper .8 constipation .6 hard_stools .6 bloody_stool .2 anal_lump .1`,
    },
  },
  {
    id: 'diverticulitis',
    name: { ru: 'Острый дивертикулит', en: 'Diverticulitis' },
    icd10: 'K57.3',
    system: 'digestive',
    // Uncomplicated cases are treated at home; uncontrolled pain, vomiting or a rigid abdomen need hospital:
    // NICE NG147 Diverticular disease (2019).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'rigid_abdomen', urgency: 'emergency_department' },
      { finding: 'bloody_stool', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.1, adult_40_64y: 1, elderly_65y: 2 },
    likelihoods: {
      ...ACUTE,
      ...lk`left_lower_pain .85 abdominal_pain .95 lower_abdominal_pain .6 fever .5 high_fever .1 nausea .4
        constipation .3 diarrhoea .3 loss_of_appetite .5 bloody_stool .05`,
    },
  },
];
