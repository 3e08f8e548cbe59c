import type { Condition } from '../types.js';
import { ACUTE, HOURS, OLDER_ADULTS, lk } from './presets.js';

export const neurologicalConditions: Condition[] = [
  {
    id: 'migraine',
    name: { ru: 'Мигрень', en: 'Migraine' },
    icd10: 'G43.9',
    system: 'neurological',
    // A first migraine is diagnosed by a doctor; a known one in its usual form is treated at home with the
    // patient's own plan (NICE CKS Migraine 2023; NICE CG150 2012, updated 2021).
    urgency: 'planned',
    whenKnown: { finding: 'usual_migraine', urgency: 'self_care' },
    selfCare: {
      advice: {
        ru: 'Примите своё обычное средство от приступа (триптан, ибупрофен или парацетамол) как можно раньше, при тошноте — противорвотное; отдохните в тёмной тихой комнате, пейте воду. Обезболивающие — не чаще 10–15 дней в месяц.',
        en: 'Take your usual attack treatment (a triptan, ibuprofen or paracetamol) as early as you can, with an anti-sickness medicine if you feel sick; rest in a dark, quiet room and drink water. Painkillers on no more than 10–15 days a month.',
      },
      seekCareIf: {
        ru: 'Приступ не такой, как обычно, или длится больше 3 суток; внезапная «самая сильная» головная боль; слабость, онемение, нарушение речи или зрения, не проходящие после приступа; температура и ригидность шеи; приступы участились или обезболивающие нужны почти каждый день.',
        en: 'The attack is unlike your usual ones or lasts over 3 days; a sudden "worst ever" headache; weakness, numbness, speech or vision problems that do not clear after the attack; fever with a stiff neck; attacks getting more frequent or needing painkillers on most days.',
      },
      source: 'NICE CKS Migraine 2023',
    },
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0.3,
      adult_18_39y: 2,
      adult_40_64y: 1.5,
      elderly_65y: 0.3,
    },
    sex: { female: 2.5 },
    likelihoods: {
      ...HOURS,
      ...lk`headache .98 one_sided_headache .65 nausea .65 vomiting .3 light_sensitivity .8 aura .3
        recurrent_headaches .85 stress_related_headache .3 dizziness .2 band_headache .1 sleep_problems .3
        usual_migraine .5`,
    },
  },
  {
    id: 'tension_headache',
    name: { ru: 'Головная боль напряжения', en: 'Tension-type headache' },
    icd10: 'G44.2',
    system: 'neurological',
    urgency: 'self_care',
    // Neck stiffness points away from tension-type headache; simple painkillers on ≥ 15 days a month cause
    // medication-overuse headache: NICE CG150 Headaches in over 12s (2012, updated 2021).
    urgencyIf: [
      { finding: 'paracetamol_use', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'head_injury', urgency: 'within_24h' },
      { finding: 'neck_stiffness', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Парацетамол или ибупрофен (не чаще 15 дней в месяц), регулярный сон и питание, достаточно воды, перерывы в работе за экраном, физическая активность и расслабление. Дневник головной боли поможет найти причины.',
        en: 'Paracetamol or ibuprofen (not on more than 15 days a month), regular sleep and meals, enough water, breaks from the screen, exercise and relaxation. A headache diary helps to find triggers.',
      },
      seekCareIf: {
        ru: 'Внезапная сильная головная боль, головная боль с температурой и ригидностью шеи, спутанность, слабость или нарушение речи, после травмы головы, боли учащаются или обезболивающие нужны почти каждый день.',
        en: 'Sudden severe headache, headache with fever and a stiff neck, confusion, weakness or speech problems, after a head injury, headaches getting worse or needing painkillers on most days.',
      },
      source: 'NICE CG150 Headaches in over 12s (2012, updated 2021)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 5,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0, child_5_11y: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`headache .98 band_headache .85 stress_related_headache .7 neck_pain .45 recurrent_headaches .7
        light_sensitivity .1 nausea .05 sleep_problems .3 recent_stress .4 one_sided_headache .05`,
    },
  },
  {
    id: 'stroke',
    name: { ru: 'Инсульт', en: 'Stroke' },
    icd10: 'I64',
    system: 'neurological',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.05, elderly_65y: 3 },
    likelihoods: {
      ...HOURS,
      ...lk`face_droop .65 arm_weakness .8 one_sided_numbness .4 speech_difficulty .65 vision_loss_sudden .15 double_vision .1 sudden_onset .9
        headache .25 dizziness .35 confusion .3 numbness_tingling .45 hypertension_history .6 bp_high .7
        bp_very_high .25 diabetes .3 heart_disease_history .3 smoker .3`,
    },
  },
  {
    id: 'subarachnoid_haemorrhage',
    name: { ru: 'Субарахноидальное кровоизлияние', en: 'Subarachnoid haemorrhage' },
    icd10: 'I60.9',
    system: 'neurological',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.6, elderly_65y: 1 },
    likelihoods: {
      ...HOURS,
      ...lk`thunderclap_headache .9 headache .98 sudden_onset .95 vomiting .6 nausea .7 neck_stiffness .5
        light_sensitivity .5 confusion .3 fainting .2 near_fainting .1 seizure .07 hypertension_history .4 bp_high .5`,
    },
  },
  {
    id: 'meningitis',
    name: { ru: 'Менингит, менингококковая инфекция', en: 'Meningitis or meningococcal disease' },
    icd10: 'G03.9',
    system: 'neurological',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 2,
      infant_3_12m: 2,
      toddler_1_4y: 1.5,
      child_5_11y: 0.7,
      adult_18_39y: 0.5,
      adult_40_64y: 0.3,
      elderly_65y: 0.4,
    },
    likelihoods: {
      ...HOURS,
      ...lk`fever .9 high_fever .65 headache .85 neck_stiffness .7 light_sensitivity .6 vomiting .6
        non_blanching_rash .4 rash .45 confusion .45 lethargy .5 feeling_very_unwell .7 irritability .5
        bulging_fontanelle .3 high_pitched_cry .3 seizure .1 poor_feeding .5 mottled_skin .2 pale_skin .2`,
    },
  },
  {
    id: 'bppv',
    name: {
      ru: 'Доброкачественное пароксизмальное позиционное головокружение',
      en: 'Positional vertigo (BPPV)',
    },
    icd10: 'H81.1',
    system: 'neurological',
    urgency: 'planned',
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.4, elderly_65y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`vertigo .95 dizziness .9 nausea .5 vomiting .2 sudden_onset .5 hearing_loss .05 headache .1`,
    },
  },
  {
    id: 'concussion',
    name: { ru: 'Сотрясение головного мозга', en: 'Concussion' },
    icd10: 'S06.0',
    system: 'neurological',
    urgency: 'within_24h',
    // Vomiting, confusion or a seizure after a head injury need CT assessment: NICE NG232 Head injury (2023).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'seizure', urgency: 'emergency_department' },
    ],
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...ACUTE,
      ...lk`head_injury .98 trauma_fall .6 headache .8 dizziness .5 nausea .4 vomiting .2 confusion .08
        concentration_problems .3 light_sensitivity .3 sleep_problems .2`,
    },
  },
  {
    id: 'febrile_seizure',
    name: { ru: 'Фебрильные судороги', en: 'Febrile seizure' },
    icd10: 'R56.0',
    system: 'neurological',
    urgency: 'emergency_department',
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.8,
      toddler_1_4y: 3,
      child_5_11y: 0.3,
      teen_12_17y: 0,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      ...HOURS,
      ...lk`seizure .98 fever .95 high_fever .7 lethargy .3 runny_nose .3 cough .3 sudden_onset .8 irritability .3`,
    },
  },
];
