import type { Condition } from '../types.js';
import { ACUTE, FEMALE_ONLY, HOURS, SUBACUTE, WOMEN_OF_CHILDBEARING_AGE, lk } from './presets.js';

const PREGNANCY = { age: WOMEN_OF_CHILDBEARING_AGE, sex: FEMALE_ONLY } as const;
/** Conditions of the second half of pregnancy. */
const LATE_PREGNANCY = lk`pregnant .99 pregnancy_over_20_weeks .97`;
/** Symptomatic bleeding or collapse in pregnancy: RCOG Green-top 63 Antepartum haemorrhage 2011. */
const COLLAPSE = [
  { finding: 'fainting', urgency: 'ambulance' },
  { finding: 'bp_low', urgency: 'ambulance' },
] as const;

/** Pregnancy and the year after birth (female, 12–55 years). */
export const pregnancyConditions: Condition[] = [
  {
    id: 'nausea_vomiting_pregnancy',
    name: {
      ru: 'Тошнота и рвота беременных (лёгкая)',
      en: 'Nausea and vomiting in pregnancy (morning sickness)',
    },
    icd10: 'O21.0',
    system: 'pregnancy',
    urgency: 'self_care',
    // Unable to keep fluids down, reduced urine or weight loss point to hyperemesis; pain or bleeding are not
    // morning sickness: RCOG Green-top 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum 2016 (2024).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'abdominal_pain', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'vaginal_bleeding', urgency: 'within_24h' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Ешьте часто и понемногу (сухое печенье, сухарики до подъёма с кровати), пейте маленькими глотками в течение дня, ' +
          'избегайте запахов и продуктов, вызывающих тошноту, больше отдыхайте. Может помочь имбирь. ' +
          'Обычно проходит к 16–20-й неделе.',
        en:
          'Eat small amounts often (plain biscuits or crackers before getting up), sip fluids throughout the day, avoid ' +
          'smells and foods that trigger nausea, and rest. Ginger may help. It usually settles by 16–20 weeks.',
      },
      seekCareIf: {
        ru:
          'Не удерживаете жидкость больше суток, моча тёмная или её мало, кружится голова, рвота с кровью, ' +
          'боль в животе, кровянистые выделения, температура, или вы теряете вес.',
        en:
          'You cannot keep fluids down for more than a day, urine is dark or scanty, you feel dizzy, vomit blood, have ' +
          'abdominal pain, bleeding or a fever, or you are losing weight.',
      },
      source: 'RCOG Green-top Guideline 69 (2016, updated 2024); NICE CKS Nausea/vomiting in pregnancy 2023',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    ...PREGNANCY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pregnant .97 missed_period .7 pregnant_possible .9 nausea .95 vomiting .7 repeated_vomiting .04
        fatigue .5 loss_of_appetite .5 pregnancy_over_20_weeks .05 abdominal_pain .03 little_urine .02`,
    },
  },
  {
    id: 'hyperemesis_gravidarum',
    name: { ru: 'Чрезмерная рвота беременных', en: 'Severe pregnancy sickness (hyperemesis gravidarum)' },
    icd10: 'O21.1',
    system: 'pregnancy',
    // Ketosis, dehydration and weight loss: same-day assessment for IV fluids: RCOG Green-top 69 (2016, 2024).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'confusion', urgency: 'emergency_department' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pregnant .97 pregnant_possible .9 missed_period .7 repeated_vomiting .9 vomiting .98 nausea .98
        little_urine .5 weight_loss .5 dizziness .5 dry_mouth .5 fatigue .7 pregnancy_over_20_weeks .08
        thirst .4`,
    },
  },
  {
    id: 'threatened_miscarriage',
    name: { ru: 'Угрожающий выкидыш', en: 'Bleeding in early pregnancy (threatened miscarriage)' },
    icd10: 'O20.0',
    system: 'pregnancy',
    // Early pregnancy assessment within 24 hours; heavy bleeding, severe pain or collapse — emergency:
    // NICE NG126 Ectopic pregnancy and miscarriage 2019 (2023 update).
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'heavy_vaginal_bleeding', urgency: 'emergency_department' }, ...COLLAPSE],
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    ...PREGNANCY,
    likelihoods: {
      ...ACUTE,
      ...lk`pregnant .95 pregnant_possible .9 missed_period .8 vaginal_bleeding .95 heavy_vaginal_bleeding .12
        lower_abdominal_pain .5 pelvic_pain .4 cramping_pain .35 back_pain .2 pregnancy_over_20_weeks .03
        nausea .4 dizziness .1 fainting .02`,
    },
  },
  {
    id: 'pre_eclampsia',
    name: { ru: 'Преэклампсия', en: 'Pre-eclampsia' },
    icd10: 'O14.9',
    system: 'pregnancy',
    // After 20 weeks: hypertension with headache, visual disturbance, epigastric pain or sudden oedema needs
    // same-day obstetric assessment; a seizure is eclampsia: NICE NG133 Hypertension in pregnancy 2019 (2023).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'seizure', urgency: 'ambulance' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...ACUTE,
      ...LATE_PREGNANCY,
      ...lk`leg_swelling_both .5 bp_high .85 bp_very_high .3 headache .6 blurred_vision .4 face_hand_swelling .6
        upper_abdominal_pain .3 nausea .2 vomiting .2 hypertension_history .15 seizure .02 breathlessness .05`,
    },
  },
  {
    id: 'reduced_fetal_movements',
    name: { ru: 'Снижение шевелений плода', en: 'Baby moving less than usual (reduced fetal movements)' },
    icd10: 'O36.8',
    system: 'pregnancy',
    // Contact the maternity unit immediately for same-day CTG; never wait until the next day:
    // RCOG Green-top 57 Reduced fetal movements 2011; NHS England Saving Babies' Lives v3 2023.
    urgency: 'emergency_department',
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...HOURS,
      ...LATE_PREGNANCY,
      ...lk`reduced_fetal_movements .97 pregnancy_over_37_weeks .3 abdominal_pain .05`,
    },
  },
  {
    id: 'placental_abruption',
    name: { ru: 'Отслойка плаценты', en: 'Placental abruption' },
    icd10: 'O45.9',
    system: 'pregnancy',
    // Constant abdominal pain with or without bleeding after 20 weeks: emergency transfer:
    // RCOG Green-top 63 Antepartum haemorrhage 2011.
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...HOURS,
      ...LATE_PREGNANCY,
      ...lk`abdominal_pain .9 rigid_abdomen .5 vaginal_bleeding .7 heavy_vaginal_bleeding .3
        reduced_fetal_movements .5 dizziness .4 fainting .2 bp_low .2 trauma_fall .15 sudden_onset .7 back_pain .3
        bp_high .25 regular_contractions .3`,
    },
  },
  {
    id: 'labour',
    name: { ru: 'Начало родов', en: 'Labour' },
    icd10: 'O80',
    system: 'pregnancy',
    // Regular contractions at term: call the maternity unit; bleeding or reduced movements — come in now:
    // NICE NG235 Intrapartum care 2023.
    urgency: 'emergency_department',
    urgencyIf: [{ finding: 'heavy_vaginal_bleeding', urgency: 'ambulance' }, ...COLLAPSE],
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...HOURS,
      ...LATE_PREGNANCY,
      ...lk`pregnancy_over_37_weeks .9 regular_contractions .95 waters_broken .4
        lower_abdominal_pain .7 back_pain .5 vaginal_bleeding .15 cramping_pain .5`,
    },
  },
  {
    id: 'preterm_labour',
    name: { ru: 'Угрожающие преждевременные роды', en: 'Early (preterm) labour' },
    icd10: 'O60.0',
    system: 'pregnancy',
    // Before 37 weeks: immediate obstetric assessment (steroids, magnesium, tocolysis): NICE NG25 Preterm labour
    // and birth 2015 (2022 update).
    urgency: 'emergency_department',
    urgencyIf: [{ finding: 'heavy_vaginal_bleeding', urgency: 'ambulance' }, ...COLLAPSE],
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...HOURS,
      ...lk`pregnant .99 pregnancy_over_20_weeks .9 pregnancy_over_37_weeks .03 regular_contractions .85
        waters_broken .3 lower_abdominal_pain .7 back_pain .4 vaginal_bleeding .2 cramping_pain .5 pelvic_pain .3`,
    },
  },
  {
    id: 'prelabour_rupture_of_membranes',
    name: { ru: 'Излитие околоплодных вод до родов', en: 'Waters broken before labour' },
    icd10: 'O42.9',
    system: 'pregnancy',
    // Confirm rupture and assess for infection the same day: NICE NG25 2022, NICE NG235 Intrapartum care 2023.
    urgency: 'emergency_department',
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...HOURS,
      ...LATE_PREGNANCY,
      ...lk`pregnancy_over_37_weeks .6 waters_broken .95 regular_contractions .15 fever .05
        vaginal_discharge .3`,
    },
  },
  {
    id: 'uti_in_pregnancy',
    name: { ru: 'Инфекция мочевых путей при беременности', en: 'Urine infection in pregnancy' },
    icd10: 'O23.4',
    system: 'pregnancy',
    // Always treated with antibiotics and a urine culture; fever or loin pain in pregnancy (pyelonephritis) needs
    // hospital: NICE NG109 UTI (lower) 2018, NICE NG111 Pyelonephritis (acute) 2018.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'fever', urgency: 'emergency_department' },
      { finding: 'flank_pain', urgency: 'emergency_department' },
      { finding: 'regular_contractions', urgency: 'emergency_department' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    ...PREGNANCY,
    likelihoods: {
      ...ACUTE,
      ...lk`pregnant .97 painful_urination .9 frequent_urination .85 urgency_urination .6 cloudy_urine .5
        lower_abdominal_pain .4 blood_in_urine .15 fever .08 flank_pain .05 pregnancy_over_20_weeks .5`,
    },
  },
  {
    id: 'obstetric_cholestasis',
    name: {
      ru: 'Внутрипечёночный холестаз беременных',
      en: 'Itching liver condition of pregnancy (obstetric cholestasis)',
    },
    icd10: 'O26.6',
    system: 'pregnancy',
    // Itching of palms and soles without a rash: bile acids and liver tests within days, via the maternity unit:
    // RCOG Green-top 43 Intrahepatic cholestasis of pregnancy 2022.
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'reduced_fetal_movements', urgency: 'emergency_department' }],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...SUBACUTE,
      ...LATE_PREGNANCY,
      ...lk`itchy_palms_soles .9 itch_worse_at_night .6 sleep_problems .5 jaundice .1
        rash .05 itchy_rash .1 dry_itchy_skin .1`,
    },
  },
  {
    id: 'pelvic_girdle_pain',
    name: { ru: 'Боль в тазовом поясе при беременности', en: 'Pelvic girdle pain in pregnancy (SPD)' },
    icd10: 'O26.7',
    system: 'pregnancy',
    // Physiotherapy referral; not an emergency unless with contractions or bleeding: RCOG Pelvic girdle pain and
    // pregnancy patient information 2015; NICE CKS Pregnancy - musculoskeletal 2021.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'regular_contractions', urgency: 'emergency_department' },
      { finding: 'vaginal_bleeding', urgency: 'within_24h' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    ...PREGNANCY,
    likelihoods: {
      ...SUBACUTE,
      ...lk`pregnant .97 pregnancy_over_20_weeks .75 pelvic_girdle_pain .95 back_pain .5 pelvic_pain .5
        sleep_problems .3`,
    },
  },
  {
    id: 'postnatal_depression',
    name: { ru: 'Послеродовая депрессия', en: 'Postnatal depression' },
    icd10: 'F53.0',
    system: 'pregnancy',
    // Suicidal thoughts after birth need urgent assessment the same day; a plan — emergency:
    // NICE CG192 Antenatal and postnatal mental health 2014 (2020 update).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'suicidal_thoughts', urgency: 'within_24h' },
      { finding: 'suicide_plan', urgency: 'ambulance' },
      { finding: 'hearing_voices', urgency: 'emergency_department' },
    ],
    specialist: 'psychiatrist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    ...PREGNANCY,
    likelihoods: {
      weepy_after_birth: 0.5,
      ...SUBACUTE,
      lasting_10_days: 0.8,
      lasting_3_weeks: 0.6,
      ...lk`recently_gave_birth .97 breastfeeding .6 low_mood .9 anhedonia .7 sleep_problems .7 worry .6 fatigue .8
        concentration_problems .5 loss_of_appetite .4 suicidal_thoughts .1 hearing_voices .01`,
    },
  },
  {
    id: 'postpartum_psychosis',
    name: { ru: 'Послеродовой психоз', en: 'Postpartum psychosis' },
    icd10: 'F53.1',
    system: 'pregnancy',
    // Psychiatric emergency: assessment within 4 hours: NICE CG192 2014 (2020); NICE QS115 2016.
    urgency: 'emergency_department',
    urgencyIf: [{ finding: 'suicide_plan', urgency: 'ambulance' }],
    specialist: 'psychiatrist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      weepy_after_birth: 0.3,
      ...ACUTE,
      ...lk`recently_gave_birth .98 hearing_voices .6 confusion .4 sleep_problems .85 restlessness .6 low_mood .4
        worry .4 suicidal_thoughts .15`,
    },
  },
  {
    id: 'lactational_mastitis',
    name: { ru: 'Лактационный мастит', en: 'Breast infection while breastfeeding (mastitis)' },
    icd10: 'O91.2',
    system: 'pregnancy',
    // Keep breastfeeding; antibiotics if not better within 12–24 hours or systemically unwell; a fluctuant lump
    // suggests an abscess: NICE CKS Mastitis and breast abscess 2021; ABM Clinical protocol #36 2022.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'mottled_skin', urgency: 'ambulance' },
      { finding: 'confusion', urgency: 'ambulance' },
    ],
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    ...PREGNANCY,
    likelihoods: {
      breasts_engorged: 0.5,
      ...ACUTE,
      ...lk`sore_cracked_nipples .3 breastfeeding .95 recently_gave_birth .9 breast_red_painful .95 fever .7 high_fever .3 chills .4
        fatigue .5 body_aches .4 pus_lump .1`,
    },
  },
  {
    id: 'secondary_postpartum_haemorrhage',
    name: { ru: 'Позднее послеродовое кровотечение', en: 'Heavy bleeding weeks after birth (secondary PPH)' },
    icd10: 'O72.2',
    system: 'pregnancy',
    // Heavy or offensive bleeding after 24 h and up to 12 weeks after birth: same-day hospital assessment for
    // retained tissue or endometritis: RCOG Green-top 52 Postpartum haemorrhage 2016.
    urgency: 'emergency_department',
    urgencyIf: COLLAPSE,
    specialist: 'gynaecologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    ...PREGNANCY,
    likelihoods: {
      ...ACUTE,
      ...lk`recently_gave_birth .98 vaginal_bleeding .95 heavy_vaginal_bleeding .5 fever .35 lower_abdominal_pain .5
        vaginal_discharge .3 dizziness .3 fainting .08 bp_low .08`,
    },
  },
];
