import type { Condition } from '../types.js';
import { ADULTS, CHRONIC, HOURS, OLDER_ADULTS, SUBACUTE, lk } from './presets.js';

const DIABETICS = {
  infant_0_3m: 0,
  infant_3_12m: 0.05,
  toddler_1_4y: 0.3,
  child_5_11y: 0.7,
  elderly_65y: 1.3,
};
const WOMEN_MORE = { female: 4 };

/** Flare-ups and decompensation of long-term conditions, where the known diagnosis changes what to do. */
export const chronicFlareConditions: Condition[] = [
  {
    id: 'diabetic_ketoacidosis',
    name: { ru: 'Диабетический кетоацидоз', en: 'Diabetic ketoacidosis (DKA)' },
    icd10: 'E10.1',
    system: 'general',
    // Ketones with high glucose, vomiting or fast breathing = DKA, hospital treatment: JBDS-IP Management of
    // diabetic ketoacidosis in adults (2023); ISPAD Clinical Practice Consensus Guidelines (2022) for children.
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'lethargy', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...DIABETICS, teen_12_17y: 1.5, elderly_65y: 0.5 },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.3,
      ...lk`diabetes .9 insulin_treated .8 high_glucose_reading .9 ketones_positive .8 thirst .8 frequent_urination .7
        vomiting .7 nausea .7 abdominal_pain .5 fast_breathing .5 fruity_breath .5 fatigue .8 confusion .15
        lethargy .2 missed_medication .3 fever .2 weight_loss .3`,
    },
  },
  {
    id: 'hyperglycaemia',
    name: { ru: 'Высокий сахар крови при диабете', en: 'High blood sugar in diabetes' },
    icd10: 'R73.9',
    system: 'general',
    // Glucose above 11 mmol/L: check ketones; ketones, vomiting or confusion mean DKA/HHS risk:
    // NICE NG17 Type 1 diabetes in adults (2015, updated 2022); JBDS-IP Management of HHS (2022).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'ketones_positive', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: DIABETICS,
    likelihoods: {
      ...SUBACUTE,
      ...lk`diabetes .95 high_glucose_reading .9 thirst .7 frequent_urination .7 fatigue .6 blurred_vision .2
        missed_medication .3 fever .2 insulin_treated .4 ketones_positive .05`,
    },
  },
  {
    id: 'hypoglycaemia',
    name: { ru: 'Гипогликемия (низкий сахар крови)', en: 'Low blood sugar (hypoglycaemia)' },
    icd10: 'E16.2',
    system: 'general',
    urgency: 'self_care',
    // Below 4 mmol/L: 15–20 g of fast sugar, recheck in 10–15 min; unable to swallow, confused or fitting = 112:
    // JBDS-IP The hospital management of hypoglycaemia in adults with diabetes (2023); ISPAD (2022).
    urgencyIf: [
      { finding: 'fainting', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'lethargy', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: {
        ru: 'Сразу съешьте 15–20 г быстрых углеводов: 4–5 таблеток глюкозы, 150–200 мл сока или сладкой газировки (не «лайт»). Через 10–15 минут перемерьте сахар; если ниже 4 ммоль/л — повторите (до 3 раз). Затем перекусите (хлеб, печенье). Не садитесь за руль 45 минут.',
        en: 'Take 15–20 g of fast-acting sugar now: 4–5 glucose tablets, 150–200 ml of juice or a non-diet fizzy drink. Recheck in 10–15 minutes; if still below 4 mmol/L repeat (up to 3 times). Then eat a starchy snack (bread, biscuits). Do not drive for 45 minutes.',
      },
      seekCareIf: {
        ru: 'Не помогло после 3 попыток, человек спутан, не может глотать, потерял сознание или судороги — звоните 112 и ничего не давайте в рот. Обсудите с врачом в ближайшие дни, если гипогликемии повторяются или вы принимаете препараты сульфонилмочевины.',
        en: 'No better after 3 treatments, the person is confused, cannot swallow, passes out or has a fit — call 112 and give nothing by mouth. Talk to your doctor within days if hypos keep happening or you take a sulfonylurea.',
      },
      source: 'JBDS-IP Hospital management of hypoglycaemia in adults with diabetes (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: DIABETICS,
    likelihoods: {
      ...HOURS,
      ...lk`diabetes .95 insulin_treated .75 low_glucose_reading .9 sweating .7 tremor .7 palpitations .4 confusion .25
        dizziness .5 near_fainting .3 fainting .1 seizure .03 sudden_onset .8`,
    },
  },
  {
    id: 'gout_flare',
    name: { ru: 'Приступ подагры', en: 'Gout flare' },
    icd10: 'M10.9',
    system: 'musculoskeletal',
    // Treat within 24 h (NSAID, colchicine or steroid); fever with a hot joint needs septic arthritis excluded:
    // NICE NG219 Gout (2022).
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'high_fever', urgency: 'emergency_department' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.3, adult_40_64y: 1.5, elderly_65y: 1.5 },
    sex: { female: 0.25 },
    likelihoods: {
      ...SUBACUTE,
      lasting_10_days: 0.1,
      lasting_3_weeks: 0.03,
      ...lk`hot_swollen_joint .9 big_toe_pain .6 joint_pain .95 gout_history .6 alcohol_excess .3
        hypertension_history .4 kidney_disease_history .15 fever .1 high_fever .02 sudden_onset .5`,
    },
  },
  {
    id: 'rheumatoid_flare',
    name: { ru: 'Обострение ревматоидного артрита', en: 'Rheumatoid arthritis flare' },
    icd10: 'M06.9',
    system: 'musculoskeletal',
    // Flares need rapid access to the rheumatology team; a single hot joint with fever may be septic arthritis:
    // NICE NG100 Rheumatoid arthritis in adults (2018, updated 2020).
    urgency: 'planned',
    urgencyIf: [{ finding: 'fever', urgency: 'within_24h' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.05, adult_40_64y: 1.5, elderly_65y: 1.2 },
    sex: { female: 2.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`rheumatoid_history .9 joint_pain .95 morning_stiffness .8 hot_swollen_joint .4 fatigue .7 fever .1`,
    },
  },
  {
    id: 'ibd_flare',
    name: {
      ru: 'Обострение воспалительного заболевания кишечника',
      en: "Inflammatory bowel disease flare (Crohn's, ulcerative colitis)",
    },
    icd10: 'K51.9',
    system: 'digestive',
    // Bloody diarrhoea with systemic upset (fever, tachycardia) = acute severe colitis, admit:
    // NICE NG130 Ulcerative colitis (2019); BSG IBD guidelines (2019), Truelove and Witts criteria.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'rigid_abdomen', urgency: 'emergency_department' },
      { finding: 'feeling_very_unwell', urgency: 'emergency_department' },
    ],
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0.2, teen_12_17y: 1, adult_18_39y: 1.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`ibd_history .9 diarrhoea .9 bloody_stool .6 abdominal_pain .8 cramping_pain .6 fatigue .7 weight_loss .3
        fever .3 high_fever .05 loss_of_appetite .5`,
    },
  },
  {
    id: 'breakthrough_seizure',
    name: { ru: 'Приступ при известной эпилепсии', en: 'Breakthrough seizure in known epilepsy' },
    icd10: 'G40.9',
    system: 'neurological',
    // A typical seizure with full recovery in known epilepsy can be reviewed by the epilepsy team; injury, slow
    // recovery or a first-ever pattern need the ED: NICE NG217 Epilepsies in children, young people and adults (2022).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'head_injury', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'fever', urgency: 'emergency_department' },
    ],
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`epilepsy_history .95 seizure .95 missed_medication .4 sleep_problems .3 alcohol_excess .15 fever .1
        confusion .2 head_injury .05 sudden_onset .9`,
    },
  },
  {
    id: 'sickle_cell_crisis',
    name: { ru: 'Болевой криз при серповидноклеточной анемии', en: 'Sickle cell painful crisis' },
    icd10: 'D57.0',
    system: 'general',
    // Pain relief within 30 minutes of arrival; chest pain or breathlessness = acute chest syndrome; one-sided
    // weakness = stroke: NICE CG143 Sickle cell disease: managing acute painful episodes (2012).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'arm_weakness', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3, elderly_65y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`sickle_cell_disease .98 bone_pain .85 back_pain .3 joint_pain .4 chest_pain .2 fever .3 breathlessness .15
        abdominal_pain .2 jaundice .2`,
    },
  },
  {
    id: 'chronic_kidney_disease',
    name: { ru: 'Хроническая болезнь почек', en: 'Chronic kidney disease' },
    icd10: 'N18.9',
    system: 'urinary_reproductive',
    // A sudden fall in urine output suggests acute kidney injury; fluid overload causes breathlessness:
    // NICE NG203 Chronic kidney disease (2021); NICE NG148 Acute kidney injury (2019).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'breathlessness', urgency: 'within_24h' },
      { finding: 'severe_breathlessness', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: OLDER_ADULTS,
    likelihoods: {
      ...CHRONIC,
      ...lk`puffy_face_morning .2 kidney_disease_history .6 fatigue .7 leg_swelling_both .4 itching_all_over .3 night_urination .4
        loss_of_appetite .4 nausea .3 hypertension_history .6 diabetes .4 breathlessness .2 little_urine .05`,
    },
  },
  {
    id: 'hypothyroidism',
    name: { ru: 'Гипотиреоз', en: 'Underactive thyroid (hypothyroidism)' },
    icd10: 'E03.9',
    system: 'general',
    // Diagnosed by TSH and free T4, treated with levothyroxine: NICE NG145 Thyroid disease (2019).
    urgency: 'planned',
    urgencyIf: [{ finding: 'confusion', urgency: 'emergency_department' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, child_5_11y: 0.1, teen_12_17y: 0.2, adult_40_64y: 1.5, elderly_65y: 2 },
    sex: WOMEN_MORE,
    likelihoods: {
      hair_shedding: 0.3,
      ...CHRONIC,
      ...lk`puffy_face_morning .25 fatigue .85 cold_intolerance .6 weight_gain .5 constipation .4 low_mood .35 dry_itchy_skin .3
        concentration_problems .3`,
    },
  },
  {
    id: 'hyperthyroidism',
    name: { ru: 'Гипертиреоз (тиреотоксикоз)', en: 'Overactive thyroid (hyperthyroidism)' },
    icd10: 'E05.9',
    system: 'general',
    // Fever with confusion or agitation suggests thyroid storm: NICE NG145 Thyroid disease (2019).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, child_5_11y: 0.05, teen_12_17y: 0.2 },
    sex: WOMEN_MORE,
    likelihoods: {
      ...CHRONIC,
      ...lk`heat_intolerance .7 weight_loss .6 palpitations .7 tremor .6 worry .5 sweating .4 diarrhoea .25
        sleep_problems .5 fatigue .5`,
    },
  },
  {
    id: 'adrenal_crisis',
    name: { ru: 'Острая надпочечниковая недостаточность', en: 'Adrenal crisis' },
    icd10: 'E27.2',
    system: 'general',
    // Vomiting, collapse or low blood pressure in steroid-dependent patients: 100 mg hydrocortisone now and 112:
    // Society for Endocrinology Emergency guidance: acute adrenal insufficiency (2016, updated 2020).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.3, infant_3_12m: 0.3, toddler_1_4y: 0.3, child_5_11y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`long_term_steroids .7 vomiting .7 abdominal_pain .5 dizziness .7 near_fainting .5 bp_low .5 confusion .3
        fatigue .9 missed_medication .4 feeling_very_unwell .7`,
    },
  },
];
