import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, SCHOOL_AGE_UP, SUBACUTE, YOUNG_CHILDREN, lk } from './presets.js';

/** Travel-acquired, tick-borne, vaccine-preventable childhood and parasitic infections. */
export const infectionConditions: Condition[] = [
  {
    id: 'malaria',
    name: { ru: 'Малярия', en: 'Malaria' },
    icd10: 'B54',
    system: 'infection',
    // Fever after the tropics needs a blood film the same day (UKHSA malaria guideline 2023; WHO 2023).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
      { finding: 'jaundice', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`recent_travel_tropics .95 malaria_area_travel_past_year .97 fever .95 high_fever .7 chills .8 sweating .5 headache .7 body_aches .6
        fatigue .7 vomiting .3 diarrhoea .2 jaundice .08 confusion .05 dark_urine .08`,
    },
  },
  {
    id: 'dengue',
    name: { ru: 'Лихорадка денге', en: 'Dengue fever' },
    icd10: 'A90',
    system: 'infection',
    // Warning signs (abdominal pain, persistent vomiting, mucosal bleeding, lethargy) need hospital care (WHO dengue 2009/2012).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'bleeding_gums', urgency: 'emergency_department' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'abdominal_pain', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'ambulance' },
    ],
    specialist: 'therapist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`recent_travel_tropics .95 malaria_area_travel_past_year .8 fever .95 high_fever .75 headache .8 pain_behind_eyes .6 body_aches .8
        joint_pain .6 rash .5 nausea .4 vomiting .3 bleeding_gums .08 abdominal_pain .15 fatigue .7`,
    },
  },
  {
    id: 'typhoid_fever',
    name: { ru: 'Брюшной тиф', en: 'Typhoid (enteric) fever' },
    icd10: 'A01.0',
    system: 'infection',
    // Suspected enteric fever: same-day assessment and blood cultures (UKHSA enteric fever guidance 2022).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'bloody_stool', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...SUBACUTE,
      ...lk`recent_travel_tropics .9 malaria_area_travel_past_year .75 fever .95 high_fever .6 headache .7 abdominal_pain .5 constipation .3
        diarrhoea .35 fatigue .8 loss_of_appetite .7 dry_cough .25 rash .1 confusion .05`,
    },
  },
  {
    id: 'travellers_diarrhoea',
    name: { ru: 'Диарея путешественников', en: 'Travellers’ diarrhoea' },
    icd10: 'A09',
    system: 'infection',
    urgency: 'self_care',
    // Dysentery, high fever or dehydration need a doctor (NICE CKS Diarrhoea - prevention and advice for travellers 2023).
    urgencyIf: [
      { finding: 'bloody_stool', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'emergency_department' },
    ],
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru: 'Пейте больше: оральные регидратационные растворы небольшими глотками часто. Ешьте привычную лёгкую пищу. Лоперамид взрослым можно при отсутствии крови в стуле и высокой температуры. Мойте руки.',
        en: 'Drink plenty: oral rehydration solution in small frequent sips. Eat light normal food. Adults may take loperamide if there is no blood in the stool and no high fever. Wash hands often.',
      },
      seekCareIf: {
        ru: 'Кровь в стуле, температура 39 °C и выше, рвота не даёт пить, мало мочи, диарея дольше 3 дней, или заболел ребёнок до 1 года.',
        en: 'Blood in the stool, temperature 39 °C or more, vomiting stops you drinking, little urine, diarrhoea beyond 3 days, or a child under 1 is ill.',
      },
      source: 'NICE CKS Diarrhoea - prevention and advice for travellers (2023); WHO ORS guidance (2006)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    likelihoods: {
      ...ACUTE,
      ...lk`recent_travel_tropics .9 diarrhoea .98 cramping_pain .6 abdominal_pain .5 nausea .4 vomiting .2
        fever .2 high_fever .03 bloody_stool .05 bloating .3`,
    },
  },
  {
    id: 'giardiasis',
    name: { ru: 'Лямблиоз', en: 'Giardiasis' },
    icd10: 'A07.1',
    system: 'infection',
    urgency: 'planned',
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    likelihoods: {
      ...CHRONIC,
      lasting_3_weeks: 0.4,
      ...lk`diarrhoea .85 bloating .7 cramping_pain .5 nausea .3 weight_loss .3 fatigue .4 recent_travel_tropics .35
        fever .03`,
    },
  },
  {
    id: 'shigellosis',
    name: { ru: 'Дизентерия (шигеллёз)', en: 'Dysentery (shigellosis)' },
    icd10: 'A03.9',
    system: 'infection',
    // Bloody diarrhoea needs a stool test and medical review the same day (NICE CKS Gastroenteritis 2024).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'little_urine', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`diarrhoea .95 bloody_stool .6 cramping_pain .8 fever .7 high_fever .35 abdominal_pain .7 nausea .3
        vomiting .25 sick_contacts .2 recent_travel_tropics .2`,
    },
  },
  {
    id: 'tick_borne_encephalitis',
    name: { ru: 'Клещевой энцефалит', en: 'Tick-borne encephalitis' },
    icd10: 'A84.0',
    system: 'infection',
    // Fever with neurological signs after a tick bite: hospital care (Минздрав РФ КР «Клещевой вирусный энцефалит у взрослых» 2023).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
      { finding: 'arm_weakness', urgency: 'ambulance' },
    ],
    specialist: 'neurologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`tick_bite .8 fever .9 high_fever .5 headache .85 body_aches .6 nausea .4 vomiting .35 neck_stiffness .3
        light_sensitivity .3 confusion .15 fatigue .7 arm_weakness .08 seizure .04`,
    },
  },
  {
    id: 'lyme_borreliosis',
    name: { ru: 'Клещевой боррелиоз (болезнь Лайма)', en: 'Lyme disease (erythema migrans)' },
    icd10: 'A69.2',
    system: 'infection',
    // Erythema migrans is diagnosed clinically and treated the same day without tests (NICE NG95 Lyme disease 2018;
    // Минздрав РФ КР «Болезнь Лайма» 2021); facial palsy or heart block → emergency.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'face_droop', urgency: 'emergency_department' },
      { finding: 'fainting', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...SUBACUTE,
      ...lk`tick_bite .75 expanding_red_ring .85 rash .9 fever .2 fatigue .4 headache .3 body_aches .3 joint_pain .2
        itchy_rash .1 face_droop .02`,
    },
  },
  {
    id: 'hfrs',
    name: {
      ru: 'Геморрагическая лихорадка с почечным синдромом (ГЛПС)',
      en: 'Haemorrhagic fever with renal syndrome (hantavirus)',
    },
    icd10: 'A98.5',
    system: 'infection',
    // Suspected HFRS is admitted for monitoring of renal failure (Минздрав РФ КР «ГЛПС у взрослых» 2023).
    urgency: 'emergency_department',
    urgencyIf: [{ finding: 'little_urine', urgency: 'ambulance' }],
    specialist: 'therapist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: ADULTS,
    sex: { female: 0.4 },
    likelihoods: {
      ...ACUTE,
      ...lk`rodent_contact .6 fever .95 high_fever .7 headache .8 back_pain .6 flank_pain .5 blurred_vision .3
        red_eye .4 thirst .4 little_urine .35 abdominal_pain .4 vomiting .3 body_aches .6 nosebleed .1`,
    },
  },
  {
    id: 'leptospirosis',
    name: { ru: 'Лептоспироз', en: 'Leptospirosis' },
    icd10: 'A27.9',
    system: 'infection',
    // Jaundice or oliguria mark severe (Weil's) disease needing hospital care (WHO Human leptospirosis guidance 2003).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'jaundice', urgency: 'emergency_department' },
      { finding: 'little_urine', urgency: 'emergency_department' },
      { finding: 'coughing_blood', urgency: 'ambulance' },
    ],
    specialist: 'therapist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`freshwater_exposure .6 rodent_contact .3 fever .95 high_fever .7 chills .7 headache .8 leg_pain_calf .7
        body_aches .8 red_eye .5 jaundice .2 dark_urine .2 little_urine .1`,
    },
  },
  {
    id: 'measles',
    name: { ru: 'Корь', en: 'Measles' },
    icd10: 'B05.9',
    system: 'infection',
    // Suspected measles: same-day clinical review, arranged to avoid waiting rooms (UKHSA National measles guidelines 2024).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'ambulance' },
      { finding: 'seizure', urgency: 'ambulance' },
    ],
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'emergency_department' }],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...YOUNG_CHILDREN, infant_0_3m: 0.2, adult_18_39y: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`unvaccinated .7 fever .95 high_fever .7 rash .95 rash_spreading_from_face .85 cough .85 runny_nose .8
        red_eye .75 light_sensitivity .3 sick_contacts .4 fatigue .6 diarrhoea .15`,
    },
  },
  {
    id: 'mumps',
    name: { ru: 'Эпидемический паротит (свинка)', en: 'Mumps' },
    icd10: 'B26.9',
    system: 'infection',
    urgency: 'planned',
    // Orchitis and meningitis are the complications that need urgent review (UKHSA Mumps guidance 2023).
    urgencyIf: [
      { finding: 'testicular_pain', urgency: 'within_24h' },
      { finding: 'neck_stiffness', urgency: 'emergency_department' },
      { finding: 'upper_abdominal_pain', urgency: 'within_24h' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0.3, child_5_11y: 1.5, teen_12_17y: 1.5, elderly_65y: 0.2 },
    likelihoods: {
      ...ACUTE,
      ...lk`parotid_swelling .95 unvaccinated .6 fever .7 painful_swallowing .5 headache .4 fatigue .5
        loss_of_appetite .5 testicular_pain .05 swollen_lymph_nodes .2`,
    },
  },
  {
    id: 'rubella',
    name: { ru: 'Краснуха', en: 'Rubella (German measles)' },
    icd10: 'B06.9',
    system: 'infection',
    urgency: 'planned',
    // Rubella contact or rash in pregnancy needs urgent assessment (UKHSA Viral rash in pregnancy 2019).
    urgencyIf: [{ finding: 'pregnant_possible', urgency: 'within_24h' }],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { infant_0_3m: 0.2, elderly_65y: 0.2 },
    likelihoods: {
      ...ACUTE,
      ...lk`unvaccinated .7 rash .95 rash_spreading_from_face .7 swollen_lymph_nodes .7 fever .5 high_fever .05
        joint_pain .25 red_eye .3 runny_nose .3 sick_contacts .3`,
    },
  },
  {
    id: 'whooping_cough',
    name: { ru: 'Коклюш', en: 'Whooping cough (pertussis)' },
    icd10: 'A37.9',
    system: 'infection',
    urgency: 'within_24h',
    // Infants under 6 months are admitted: apnoea and cyanosis (NICE CKS Whooping cough 2023).
    urgencyOverrides: [{ maxAgeMonths: 6, urgency: 'emergency_department' }],
    urgencyIf: [
      { finding: 'apnoea', urgency: 'ambulance' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 1.5, infant_3_12m: 1.5, toddler_1_4y: 1.2, child_5_11y: 1.2 },
    likelihoods: {
      ...SUBACUTE,
      lasting_3_weeks: 0.4,
      ...lk`coughing_fits .9 whoop .5 cough .98 vomiting .45 night_cough .7 fever .1 high_fever .01 runny_nose .4
        unvaccinated .4 apnoea .1 blue_lips .08 sick_contacts .3`,
    },
  },
  {
    id: 'hepatitis_a',
    name: { ru: 'Вирусный гепатит A', en: 'Hepatitis A' },
    icd10: 'B15.9',
    system: 'infection',
    // Jaundice always needs same-day blood tests (NICE CKS Hepatitis A 2022).
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'confusion', urgency: 'ambulance' }],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    likelihoods: {
      ...SUBACUTE,
      ...lk`jaundice .7 dark_urine .7 fever .5 nausea .7 vomiting .4 loss_of_appetite .8 fatigue .85
        right_upper_pain .5 upper_abdominal_pain .3 recent_travel_tropics .25 sick_contacts .15`,
    },
  },
  {
    id: 'tuberculosis',
    name: { ru: 'Туберкулёз лёгких', en: 'Pulmonary tuberculosis' },
    icd10: 'A16.2',
    system: 'infection',
    // Cough over 3 weeks with night sweats or weight loss: chest X-ray (NICE NG33 Tuberculosis 2016, updated 2019).
    urgency: 'planned',
    urgencyIf: [{ finding: 'coughing_blood', urgency: 'within_24h' }],
    specialist: 'pulmonologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...SCHOOL_AGE_UP, toddler_1_4y: 0.3 },
    sex: { female: 0.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`cough .95 productive_cough .6 night_sweats .6 weight_loss .6 fever .4 fatigue .7 coughing_blood .15
        loss_of_appetite .5 immunosuppressed .1 alcohol_excess .15`,
    },
  },
  {
    id: 'diphtheria',
    name: { ru: 'Дифтерия', en: 'Diphtheria' },
    icd10: 'A36.9',
    system: 'infection',
    // Suspected diphtheria is admitted for antitoxin (Минздрав РФ КР «Дифтерия у детей» 2023; UKHSA 2022).
    urgency: 'emergency_department',
    urgencyIf: [
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
    ],
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...ACUTE,
      ...lk`grey_throat_membrane .85 sore_throat .9 painful_swallowing .7 fever .7 swollen_lymph_nodes .7
        unvaccinated .7 fatigue .7 hoarse_voice .3 stridor .1 tonsil_exudate .5`,
    },
  },
  {
    id: 'slapped_cheek',
    name: { ru: 'Инфекционная эритема (парвовирус B19)', en: 'Slapped cheek syndrome (fifth disease)' },
    icd10: 'B08.3',
    system: 'infection',
    urgency: 'self_care',
    // Exposure in pregnancy or chronic anaemia needs review (NICE CKS Parvovirus B19 infection 2022).
    urgencyIf: [
      { finding: 'pregnant_possible', urgency: 'within_24h' },
      { finding: 'immunosuppressed', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Обычно проходит сам за 1–3 недели. Пить больше жидкости, парацетамол или ибупрофен при температуре и боли в суставах. К моменту появления сыпи ребёнок уже не заразен, в сад/школу можно.',
        en: 'It usually settles by itself in 1–3 weeks. Give plenty of fluids and paracetamol or ibuprofen for fever or joint pain. Once the rash appears the child is no longer infectious and can go to school.',
      },
      seekCareIf: {
        ru: 'Беременность или контакт беременной с больным, анемия или ослабленный иммунитет, сильная бледность и слабость, температура дольше 5 дней.',
        en: 'Pregnancy or a pregnant contact, anaemia or weak immunity, marked pallor and tiredness, or fever lasting over 5 days.',
      },
      source: 'NICE CKS Parvovirus B19 infection (2022)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0.1,
      infant_3_12m: 0.5,
      child_5_11y: 2,
      adult_18_39y: 0.3,
      adult_40_64y: 0.2,
      elderly_65y: 0.1,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`slapped_cheeks .9 rash .9 itchy_rash .3 fever .3 high_fever .03 runny_nose .3 joint_pain .15
        sick_contacts .4`,
    },
  },
  {
    id: 'scabies',
    name: { ru: 'Чесотка', en: 'Scabies' },
    icd10: 'B86',
    system: 'infection',
    urgency: 'self_care',
    // Permethrin 5% is sold in pharmacies; infants under 2 months and crusted scabies need a doctor (NICE CKS Scabies 2023).
    urgencyOverrides: [{ maxAgeMonths: 24, urgency: 'planned' }],
    urgencyIf: [
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'honey_crusts', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru: 'Крем перметрин 5% (аптека) на всё тело от шеи до пяток, смыть через 8–12 часов, повторить через 7 дней. Лечить всех домашних одновременно, даже без зуда. Постельное бельё и одежду постирать при 60 °C. Зуд может держаться до 4 недель после лечения.',
        en: 'Apply permethrin 5% cream (pharmacy) to the whole body from neck to toes, wash off after 8–12 hours and repeat after 7 days. Treat everyone at home at the same time, even without itch. Wash bedding and clothes at 60 °C. Itch may last up to 4 weeks after treatment.',
      },
      seekCareIf: {
        ru: 'Ребёнок младше 2 лет, беременность, корки или гнойнички на коже, ослабленный иммунитет, зуд не проходит через 4 недели после двух курсов.',
        en: 'A child under 2, pregnancy, crusts or pus spots on the skin, weak immunity, or itch persisting 4 weeks after two treatments.',
      },
      source: 'NICE CKS Scabies (2023)',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    likelihoods: {
      ...SUBACUTE,
      ...lk`itchy_rash .95 rash .9 itch_worse_at_night .85 burrows_between_fingers .6 family_itching .5
        dry_itchy_skin .3 honey_crusts .05`,
    },
  },
  {
    id: 'head_lice',
    name: { ru: 'Педикулёз (вши)', en: 'Head lice' },
    icd10: 'B85.0',
    system: 'infection',
    urgency: 'self_care',
    selfCare: {
      advice: {
        ru: 'Вычёсывайте влажные волосы с кондиционером частым гребнем каждые 3–4 дня 2 недели, или используйте средство от вшей из аптеки (диметикон) и повторите через 7 дней. Проверьте всех домашних. Стричься наголо и обрабатывать квартиру не нужно.',
        en: 'Wet-comb conditioned hair with a fine lice comb every 3–4 days for 2 weeks, or use a pharmacy lice treatment (dimeticone) and repeat after 7 days. Check everyone at home. No need to shave the head or treat the home.',
      },
      seekCareIf: {
        ru: 'Вши остаются после двух курсов, расчёсы мокнут или покрываются корками, ребёнок младше 6 месяцев.',
        en: 'Lice remain after two treatments, scratched skin weeps or crusts, or the child is under 6 months.',
      },
      source: 'NICE CKS Head lice (2023)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0, infant_3_12m: 0.1, child_5_11y: 3, adult_40_64y: 0.4, elderly_65y: 0.1 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`head_lice_seen .85 itchy_scalp .85 itch_worse_at_night .3 family_itching .3 sick_contacts .3`,
    },
  },
  {
    id: 'threadworms',
    name: { ru: 'Энтеробиоз (острицы)', en: 'Threadworms (pinworms)' },
    icd10: 'B80',
    system: 'infection',
    urgency: 'self_care',
    // Mebendazole is sold over the counter from 2 years; younger children and pregnancy need a doctor (NICE CKS Threadworm 2022).
    urgencyOverrides: [{ maxAgeMonths: 24, urgency: 'planned' }],
    urgencyIf: [{ finding: 'pregnant_possible', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Мебендазол однократно всем членам семьи (детям с 2 лет), повторить через 2 недели. 2 недели: коротко стричь ногти, мыть руки и щёткой под ногтями, ежедневно мыть промежность утром, менять бельё и постельное бельё.',
        en: 'One dose of mebendazole for everyone at home (children from 2 years), repeated after 2 weeks. For 2 weeks: keep nails short, scrub hands and nails, wash the bottom every morning, change underwear and bedding.',
      },
      seekCareIf: {
        ru: 'Ребёнок младше 2 лет, беременность или кормление грудью, боль в животе, потеря веса, зуд не проходит после лечения.',
        en: 'A child under 2, pregnancy or breastfeeding, abdominal pain, weight loss, or itch continuing after treatment.',
      },
      source: 'NICE CKS Threadworm (2022)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.1,
      toddler_1_4y: 2,
      child_5_11y: 2.5,
      adult_40_64y: 0.3,
      elderly_65y: 0.2,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`anal_itch .9 itch_worse_at_night .8 worms_seen .5 sleep_problems .4 irritability .3 family_itching .3
        abdominal_pain .05`,
    },
  },
  {
    id: 'tetanus',
    name: { ru: 'Столбняк', en: 'Tetanus' },
    icd10: 'A35',
    system: 'infection',
    // Trismus and rigidity after a wound: intensive care, immunoglobulin (WHO Tetanus fact sheet 2023; UKHSA Green Book ch. 30 2023).
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.3, elderly_65y: 2 },
    likelihoods: {
      ...ACUTE,
      ...lk`trismus .85 muscle_rigidity .8 wound_contaminated .5 cut_wound .4 wound_or_bite .6 unvaccinated .5
        swallowing_difficulty .4 back_pain .3 fever .3 sweating .4 seizure .1`,
    },
  },
];
