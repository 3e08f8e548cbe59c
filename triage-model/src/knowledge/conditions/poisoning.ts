import type { Condition } from '../types.js';
import { ACUTE, HOURS, YOUNG_CHILDREN, lk } from './presets.js';

/** Reduced consciousness or breathing in any poisoning means an ambulance (Resuscitation Council UK 2021). */
const AIRWAY_BREATHING_CONSCIOUSNESS = [
  { finding: 'unresponsive', urgency: 'ambulance' },
  { finding: 'lethargy', urgency: 'ambulance' },
  { finding: 'slow_breathing', urgency: 'ambulance' },
  { finding: 'seizure', urgency: 'ambulance' },
  { finding: 'confusion', urgency: 'ambulance' },
] as const;

/** Swallowed objects and chemicals: mostly toddlers. */
const INGESTION_AGE = { ...YOUNG_CHILDREN, infant_0_3m: 0.05, infant_3_12m: 1, adult_18_39y: 0.15 };

export const poisoningConditions: Condition[] = [
  {
    id: 'paracetamol_overdose',
    name: { ru: 'Отравление парацетамолом', en: 'Paracetamol overdose' },
    icd10: 'T39.1',
    system: 'poisoning',
    // Any suspected paracetamol overdose needs a timed blood level even when well (NICE CKS Poisoning or overdose 2023; RCEM/TOXBASE).
    urgency: 'emergency_department',
    urgencyIf: [...AIRWAY_BREATHING_CONSCIOUSNESS],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`took_paracetamol_excess .95 took_overdose .9 nausea .4 vomiting .3 upper_abdominal_pain .15
        right_upper_pain .15 suicidal_thoughts .3 low_mood .3 jaundice .02`,
    },
  },
  {
    id: 'medicine_overdose',
    name: { ru: 'Передозировка лекарства', en: 'Medicine overdose' },
    icd10: 'T50.9',
    system: 'poisoning',
    // Every deliberate or accidental overdose is assessed in hospital (NICE CG16 Self-harm 2022 update NG225; TOXBASE).
    urgency: 'emergency_department',
    urgencyIf: [...AIRWAY_BREATHING_CONSCIOUSNESS, { finding: 'fainting', urgency: 'ambulance' }],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`took_overdose .95 nausea .3 vomiting .3 dizziness .4 confusion .2 lethargy .15 palpitations .2
        suicidal_thoughts .3 low_mood .3 fainting .1 seizure .03`,
    },
  },
  {
    id: 'opioid_overdose',
    name: { ru: 'Передозировка опиоидов', en: 'Opioid overdose' },
    icd10: 'T40.2',
    system: 'poisoning',
    // Pinpoint pupils, slow breathing, reduced consciousness: call an ambulance, give naloxone (WHO Community management of opioid overdose 2014).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.2, toddler_1_4y: 0.3, child_5_11y: 0.1 },
    likelihoods: {
      ...HOURS,
      ...lk`took_opioids .9 took_overdose .5 pinpoint_pupils .8 slow_breathing .75 lethargy .8 confusion .7
        blue_lips .3 vomiting .2`,
    },
  },
  {
    id: 'stimulant_intoxication',
    name: { ru: 'Отравление психостимуляторами', en: 'Stimulant drug toxicity' },
    icd10: 'T43.6',
    system: 'poisoning',
    // Chest pain, agitation or hyperthermia after stimulants need emergency care (ESC ACS guideline 2023; TOXBASE cocaine).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'chest_pain', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'high_fever', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0,
      teen_12_17y: 0.5,
      elderly_65y: 0.05,
    },
    likelihoods: {
      ...HOURS,
      ...lk`took_stimulant_drugs .95 palpitations .8 restlessness .7 sweating .5 chest_pain .25 bp_high .5
        panic_attacks .3 fever .2 high_fever .1 confusion .15 seizure .03`,
    },
  },
  {
    id: 'carbon_monoxide_poisoning',
    name: { ru: 'Отравление угарным газом', en: 'Carbon monoxide poisoning' },
    icd10: 'T58',
    system: 'poisoning',
    // Leave the building and seek emergency care; reduced consciousness → ambulance (NICE CKS Carbon monoxide poisoning 2024).
    urgency: 'emergency_department',
    urgencyIf: [...AIRWAY_BREATHING_CONSCIOUSNESS, { finding: 'fainting', urgency: 'ambulance' }],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`combustion_source_indoors .8 others_same_symptoms_home .5 better_away_from_home .5 headache .9
        dizziness .6 nausea .5 vomiting .3 fatigue .6 confusion .2 fainting .1 breathlessness .2 chest_pain .05
        fever .02 sick_contacts .3`,
    },
  },
  {
    id: 'alcohol_intoxication',
    name: { ru: 'Алкогольная интоксикация', en: 'Alcohol intoxication' },
    icd10: 'F10.0',
    system: 'poisoning',
    urgency: 'self_care',
    // Children get hypoglycaemia from small amounts (TOXBASE Ethanol; NICE CG100 Alcohol-use disorders 2017).
    urgencyOverrides: [{ maxAgeMonths: 144, urgency: 'emergency_department' }],
    urgencyIf: [
      ...AIRWAY_BREATHING_CONSCIOUSNESS,
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'head_injury', urgency: 'emergency_department' },
      { finding: 'low_temperature', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Больше не пить алкоголь. Не оставлять человека одного; уложить на бок (восстановительное положение), если он хочет спать. Давать воду маленькими глотками, держать в тепле. Не садиться за руль. Не давать кофе и не ставить под холодный душ.',
        en: 'No more alcohol. Do not leave the person alone; lay them on their side (recovery position) if sleepy. Give sips of water and keep them warm. No driving. Do not give coffee or cold showers.',
      },
      seekCareIf: {
        ru: 'Вызывайте скорую (103/112), если не удаётся разбудить, дыхание редкое или неровное, судороги, синие губы, рвота в полусне, травма головы, холодная кожа, или отравился ребёнок.',
        en: 'Call an ambulance (112/999) if they cannot be woken, breathing is slow or irregular, there is a seizure, blue lips, vomiting while drowsy, a head injury, cold skin, or a child drank alcohol.',
      },
      source: 'NHS Alcohol poisoning (2022); Resuscitation Council UK first aid (2021)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'audio',
    prevalence: 2,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.05, child_5_11y: 0.05, teen_12_17y: 0.8 },
    likelihoods: {
      ...HOURS,
      ...lk`drank_alcohol_heavily .95 alcohol_excess .4 nausea .5 vomiting .4 dizziness .6 confusion .15
        lethargy .05 head_injury .05 speech_difficulty .3`,
    },
  },
  {
    id: 'methanol_poisoning',
    name: { ru: 'Отравление метанолом (суррогатом алкоголя)', en: 'Methanol poisoning' },
    icd10: 'T51.1',
    system: 'poisoning',
    // Visual disturbance after surrogate alcohol: antidote and dialysis (WHO Methanol poisoning outbreaks 2014).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.05, child_5_11y: 0.05, teen_12_17y: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`drank_surrogate_alcohol .9 drank_alcohol_heavily .6 blurred_vision .6 vision_loss_sudden .3 headache .6
        nausea .6 vomiting .5 abdominal_pain .5 breathlessness .3 confusion .4 dizziness .5`,
    },
  },
  {
    id: 'mushroom_poisoning',
    name: { ru: 'Отравление грибами', en: 'Mushroom poisoning' },
    icd10: 'T62.0',
    system: 'poisoning',
    // Late-onset (>6 h) vomiting and diarrhoea suggests amatoxin; all suspected cases go to hospital (TOXBASE Mushrooms; Минздрав РФ 2022).
    urgency: 'emergency_department',
    urgencyIf: [...AIRWAY_BREATHING_CONSCIOUSNESS, { finding: 'jaundice', urgency: 'ambulance' }],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`ate_wild_mushrooms .95 vomiting .8 repeated_vomiting .4 diarrhoea .7 cramping_pain .6 abdominal_pain .6
        nausea .8 sweating .3 others_same_symptoms_home .3 ate_suspicious_food .5 jaundice .05`,
    },
  },
  {
    id: 'botulism',
    name: { ru: 'Ботулизм', en: 'Botulism' },
    icd10: 'A05.1',
    system: 'poisoning',
    // Descending weakness, double vision and swallowing trouble after home-canned food: antitoxin (Минздрав РФ КР «Ботулизм» 2022).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.3, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`ate_home_canned_food .85 double_vision .7 blurred_vision .8 swallowing_difficulty .7
        muscle_weakness_spreading .6 dry_mouth .7 speech_difficulty .5 breathlessness .3 constipation .3 nausea .3
        fever .03`,
    },
  },
  {
    id: 'caustic_ingestion',
    name: { ru: 'Отравление прижигающей бытовой химией', en: 'Swallowed household chemical (caustic)' },
    icd10: 'T54.9',
    system: 'poisoning',
    // Do not make them vomit; drooling, stridor or pain → emergency (NICE CKS Poisoning 2023; TOXBASE corrosives).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'drooling', urgency: 'ambulance' },
      { finding: 'vomiting_blood', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: INGESTION_AGE,
    likelihoods: {
      ...HOURS,
      ...lk`ingested_chemical .95 mouth_burns .5 painful_swallowing .5 drooling .4 vomiting .4 chest_pain .2
        upper_abdominal_pain .3 swallowing_difficulty .3 stridor .05`,
    },
  },
  {
    id: 'button_battery_ingestion',
    name: { ru: 'Проглоченная батарейка-таблетка', en: 'Swallowed button battery' },
    icd10: 'T18.9',
    system: 'poisoning',
    // A battery in the oesophagus burns through within 2 hours: immediate X-ray (RCEM/BSPGHAN button battery alert 2019; NASPGHAN 2015).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'vomiting_blood', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'drooling', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: INGESTION_AGE,
    likelihoods: {
      ...HOURS,
      ...lk`ingested_button_battery .95 drooling .2 painful_swallowing .2 vomiting .2 cough .15 chest_pain .1
        poor_feeding .2 swallowing_difficulty .2`,
    },
  },
  {
    id: 'magnet_ingestion',
    name: { ru: 'Проглоченные магниты', en: 'Swallowed magnets' },
    icd10: 'T18.9',
    system: 'poisoning',
    // More than one magnet can pinch bowel loops together: same-day X-ray (RCEM/BSPGHAN magnet alert 2022).
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: INGESTION_AGE,
    likelihoods: {
      ...HOURS,
      ...lk`ingested_magnets .95 abdominal_pain .2 vomiting .2 cramping_pain .1`,
    },
  },
  {
    id: 'swallowed_foreign_body',
    name: { ru: 'Проглоченный мелкий предмет', en: 'Swallowed small object (coin)' },
    icd10: 'T18.9',
    system: 'poisoning',
    // Symptoms (drooling, pain, vomiting) suggest the object is stuck in the oesophagus (NASPGHAN foreign body guideline 2015).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'drooling', urgency: 'emergency_department' },
      { finding: 'swallowing_difficulty', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'stridor', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: INGESTION_AGE,
    likelihoods: {
      ...HOURS,
      ...lk`ingested_small_object .95 drooling .1 painful_swallowing .15 swallowing_difficulty .1 vomiting .1
        cough .1`,
    },
  },
  {
    id: 'poisonous_plant_ingestion',
    name: { ru: 'Отравление растениями или ягодами', en: 'Eaten a poisonous plant or berries' },
    icd10: 'T62.2',
    system: 'poisoning',
    // Toxicity can be delayed, so every suspected poisonous plant is assessed in hospital (TOXBASE Plants; NPIS 2023).
    urgency: 'emergency_department',
    urgencyIf: [...AIRWAY_BREATHING_CONSCIOUSNESS],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: INGESTION_AGE,
    likelihoods: {
      ...HOURS,
      ...lk`ate_plant_or_berries .95 nausea .3 vomiting .25 abdominal_pain .2 diarrhoea .15 dry_mouth .1
        mouth_burns .05`,
    },
  },
];
