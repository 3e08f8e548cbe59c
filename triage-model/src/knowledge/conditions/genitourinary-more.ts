import type { Condition } from '../types.js';
import {
  ACUTE,
  CHRONIC,
  FEMALE_ONLY,
  HOURS,
  MALE_ONLY,
  OLDER_ADULTS,
  SUBACUTE,
  WOMEN_OF_CHILDBEARING_AGE,
  lk,
} from './presets.js';

const SEXUALLY_ACTIVE = { ...WOMEN_OF_CHILDBEARING_AGE, adult_40_64y: 0.3, elderly_65y: 0.05 };
const ADULT_MEN = { ...OLDER_ADULTS, adult_18_39y: 0.5 };

/** Sexually transmitted infections, gynaecological and prostate problems. */
export const genitourinaryMoreConditions: Condition[] = [
  {
    id: 'chlamydia',
    name: { ru: 'Хламидийная инфекция', en: 'Chlamydia' },
    icd10: 'A56.0',
    system: 'urinary_reproductive',
    // Test and treat; pelvic pain or fever suggests PID, testicular pain epididymitis:
    // BASHH UK guideline for chlamydia trachomatis (2018); NICE CKS Chlamydia - uncomplicated genital (2023).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'pelvic_pain', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'testicular_pain', urgency: 'within_24h' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: SEXUALLY_ACTIVE,
    likelihoods: {
      ...SUBACUTE,
      ...lk`unprotected_sex .8 painful_urination .3 vaginal_discharge .3 penile_discharge .3 bleeding_after_sex .15
        lower_abdominal_pain .15 pelvic_pain .1 pain_during_sex .15`,
    },
  },
  {
    id: 'gonorrhoea',
    name: { ru: 'Гонорея', en: 'Gonorrhoea' },
    icd10: 'A54.9',
    system: 'urinary_reproductive',
    // Ceftriaxone after culture; pelvic pain, fever, testicular pain or a hot joint mean complications:
    // BASHH UK national guideline for gonorrhoea (2019).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'pelvic_pain', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'testicular_pain', urgency: 'within_24h' },
      { finding: 'hot_swollen_joint', urgency: 'within_24h' },
    ],
    specialist: 'urologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: SEXUALLY_ACTIVE,
    sex: { male: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`unprotected_sex .85 penile_discharge .7 vaginal_discharge .4 painful_urination .6 pelvic_pain .1`,
    },
  },
  {
    id: 'genital_herpes',
    name: { ru: 'Генитальный герпес', en: 'Genital herpes' },
    icd10: 'A60.0',
    system: 'urinary_reproductive',
    // Antivirals within 5 days of a first episode; urinary retention needs hospital: BASHH national guideline for
    // anogenital herpes (2014); NICE CKS Herpes simplex - genital (2023).
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'cannot_pass_urine', urgency: 'emergency_department' }],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: SEXUALLY_ACTIVE,
    likelihoods: {
      ...ACUTE,
      ...lk`genital_sores .95 blisters .4 painful_urination .5 fever .3 body_aches .3 unprotected_sex .6
        cannot_pass_urine .03`,
    },
  },
  {
    id: 'bacterial_vaginosis',
    name: { ru: 'Бактериальный вагиноз', en: 'Bacterial vaginosis' },
    icd10: 'N76.0',
    system: 'urinary_reproductive',
    // Metronidazole if symptomatic or pregnant; pelvic pain with fever suggests PID:
    // BASHH UK national guideline for bacterial vaginosis (2012); NICE CKS Bacterial vaginosis (2023).
    urgency: 'planned',
    urgencyIf: [{ finding: 'fever', urgency: 'within_24h' }],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`fishy_discharge .85 vaginal_discharge .9 vaginal_itching .15 pelvic_pain .05 unprotected_sex .3`,
    },
  },
  {
    id: 'trichomoniasis',
    name: { ru: 'Трихомониаз', en: 'Trichomoniasis' },
    icd10: 'A59.0',
    system: 'urinary_reproductive',
    // Metronidazole for the patient and partners: BASHH UK national guideline on Trichomonas vaginalis (2021).
    urgency: 'planned',
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: SEXUALLY_ACTIVE,
    sex: { male: 0.3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`vaginal_discharge .7 vaginal_itching .5 painful_urination .4 unprotected_sex .7 penile_discharge .2
        fishy_discharge .2`,
    },
  },
  {
    id: 'menopause_symptoms',
    name: { ru: 'Климактерический синдром', en: 'Menopause symptoms' },
    icd10: 'N95.1',
    system: 'urinary_reproductive',
    urgency: 'self_care',
    // Bleeding after the menopause needs a referral; HRT is discussed with a doctor: NICE NG23 Menopause (2015,
    // updated 2024); NICE NG12 Suspected cancer (2015, updated 2023).
    urgencyIf: [
      { finding: 'vaginal_bleeding', urgency: 'planned' },
      { finding: 'bleeding_after_sex', urgency: 'planned' },
      { finding: 'suicidal_thoughts', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Лёгкая одежда слоями, прохладная спальня, меньше кофеина, алкоголя и острой еды, отказ от курения, регулярная физическая активность и нормальный вес облегчают приливы. При сухости — негормональные увлажняющие средства и лубриканты. Заместительную гормональную терапию можно обсудить с врачом планово.',
        en: 'Layered light clothes, a cool bedroom, less caffeine, alcohol and spicy food, stopping smoking, regular exercise and a healthy weight ease hot flushes. For dryness, non-hormonal moisturisers and lubricants. Hormone replacement therapy can be discussed with a doctor at a routine visit.',
      },
      seekCareIf: {
        ru: 'Любое кровотечение спустя 12 месяцев после последней менструации или после секса, симптомы мешают жить, подавленность, мысли о самоубийстве (звоните 112).',
        en: 'Any bleeding 12 months after your last period or after sex, symptoms disrupting your life, low mood, or thoughts of suicide (call 112).',
      },
      source: 'NICE NG23 Menopause: identification and management (2015, updated 2024)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.05, adult_40_64y: 2, elderly_65y: 0.3 },
    sex: FEMALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`hot_flushes .8 night_sweats .6 irregular_periods .6 sleep_problems .5 low_mood .3 vaginal_dryness .4
        worry .3 palpitations .2`,
    },
  },
  {
    id: 'prostatitis',
    name: { ru: 'Острый простатит', en: 'Acute prostatitis' },
    icd10: 'N41.0',
    system: 'urinary_reproductive',
    // Antibiotics for 14 days; retention or sepsis signs need hospital: NICE NG110 Prostatitis (acute) (2018).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'cannot_pass_urine', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'bp_low', urgency: 'emergency_department' },
    ],
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULT_MEN, adult_18_39y: 1 },
    sex: MALE_ONLY,
    likelihoods: {
      ...ACUTE,
      ...lk`perineal_pain .7 painful_urination .8 frequent_urination .6 fever .7 high_fever .3 chills .5
        weak_urine_stream .4 lower_abdominal_pain .3 back_pain .3 cannot_pass_urine .05`,
    },
  },
  {
    id: 'benign_prostatic_hyperplasia',
    name: { ru: 'Доброкачественная гиперплазия предстательной железы', en: 'Enlarged prostate (BPH)' },
    icd10: 'N40',
    system: 'urinary_reproductive',
    // Inability to pass urine = acute retention (emergency catheter): NICE CG97 Lower urinary tract symptoms in
    // men (2010, updated 2015).
    urgency: 'planned',
    urgencyIf: [{ finding: 'cannot_pass_urine', urgency: 'emergency_department' }],
    specialist: 'urologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULT_MEN, adult_18_39y: 0.05, elderly_65y: 3 },
    sex: MALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`weak_urine_stream .85 night_urination .8 frequent_urination .7 urgency_urination .5 cannot_pass_urine .05`,
    },
  },
  {
    id: 'epididymitis',
    name: { ru: 'Эпидидимит (эпидидимоорхит)', en: 'Epididymo-orchitis' },
    icd10: 'N45.9',
    system: 'urinary_reproductive',
    // Sudden testicular pain is torsion until proven otherwise: NICE CKS Scrotal pain and swelling (2022);
    // BASHH UK national guideline for epididymo-orchitis (2020).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'sudden_onset', urgency: 'emergency_department' },
      { finding: 'high_fever', urgency: 'emergency_department' },
    ],
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULT_MEN, child_5_11y: 0.1, teen_12_17y: 0.5, adult_18_39y: 1.5 },
    sex: MALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`testicular_pain .95 scrotal_swelling .7 fever .4 high_fever .1 painful_urination .3 penile_discharge .2
        unprotected_sex .3 sudden_onset .15`,
    },
  },
  {
    id: 'acute_urinary_retention',
    name: { ru: 'Острая задержка мочи', en: 'Acute urinary retention' },
    icd10: 'R33',
    system: 'urinary_reproductive',
    // Painful inability to pass urine needs catheterisation today: NICE CG97 Lower urinary tract symptoms in men
    // (2010, updated 2015).
    urgency: 'emergency_department',
    specialist: 'urologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_40_64y: 1, elderly_65y: 3 },
    sex: { female: 0.15 },
    likelihoods: {
      ...HOURS,
      ...lk`cannot_pass_urine .95 lower_abdominal_pain .8 weak_urine_stream .6 night_urination .4 new_medication .2
        constipation .2`,
    },
  },
  {
    id: 'ovarian_cyst',
    name: { ru: 'Киста яичника', en: 'Ovarian cyst' },
    icd10: 'N83.2',
    system: 'urinary_reproductive',
    // Sudden one-sided pain with vomiting suggests torsion or rupture (emergency surgery): RCOG Green-top
    // Guideline No. 62 Management of suspected ovarian masses in premenopausal women (2011).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'sudden_one_sided_pelvic_pain', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'fainting', urgency: 'emergency_department' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...WOMEN_OF_CHILDBEARING_AGE, adult_40_64y: 0.8, elderly_65y: 0.2 },
    sex: FEMALE_ONLY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pelvic_pain .7 lower_abdominal_pain .7 bloating .4 irregular_periods .3 pain_during_sex .3
        sudden_one_sided_pelvic_pain .1`,
    },
  },
  {
    id: 'heavy_menstrual_bleeding',
    name: { ru: 'Обильные менструации', en: 'Heavy periods (menorrhagia)' },
    icd10: 'N92.0',
    system: 'urinary_reproductive',
    // Check for anaemia; fainting or breathlessness with heavy bleeding needs same-day care:
    // NICE NG88 Heavy menstrual bleeding (2018, updated 2021).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'near_fainting', urgency: 'within_24h' },
      { finding: 'breathlessness', urgency: 'within_24h' },
      { finding: 'fainting', urgency: 'emergency_department' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...WOMEN_OF_CHILDBEARING_AGE, adult_40_64y: 1.2 },
    sex: FEMALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`heavy_periods .95 fatigue .5 dizziness .2 painful_periods .4 breathlessness .05`,
    },
  },
  {
    id: 'premenstrual_syndrome',
    name: { ru: 'Предменструальный синдром', en: 'Premenstrual syndrome (PMS)' },
    icd10: 'N94.3',
    system: 'urinary_reproductive',
    urgency: 'self_care',
    // Severe PMS (PMDD) is treated with the combined pill or SSRIs: RCOG Green-top Guideline No. 48 Management of
    // premenstrual syndrome (2016).
    urgencyIf: [
      { finding: 'hopelessness', urgency: 'planned' },
      { finding: 'suicidal_thoughts', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Ведите дневник симптомов 2 цикла. Регулярная физическая активность, сон, меньше кофеина, алкоголя и соли, отказ от курения. При боли и вздутии — ибупрофен или напроксен. Помогают техники расслабления и когнитивно-поведенческие программы самопомощи.',
        en: 'Keep a symptom diary for 2 cycles. Regular exercise, enough sleep, less caffeine, alcohol and salt, stopping smoking. Ibuprofen or naproxen for pain and bloating. Relaxation and CBT-based self-help programmes help.',
      },
      seekCareIf: {
        ru: 'Симптомы мешают работе и отношениям, тяжёлая подавленность или тревога, мысли о самоубийстве (звоните 112), нет улучшения за 2–3 цикла.',
        en: 'Symptoms disrupt work or relationships, severe low mood or anxiety, thoughts of suicide (call 112), or no better after 2–3 cycles.',
      },
      source: 'RCOG Green-top Guideline No. 48 Management of premenstrual syndrome (2016)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: {
      ...CHRONIC,
      ...lk`premenstrual_symptoms .95 low_mood .5 worry .4 bloating .5 fatigue .4 headache .3 sleep_problems .3
        painful_periods .3`,
    },
  },
];
