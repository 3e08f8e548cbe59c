import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, SUBACUTE, lk } from './presets.js';

export const digestiveConditions: Condition[] = [
  {
    id: 'viral_gastroenteritis',
    name: { ru: 'Острый гастроэнтерит', en: 'Gastroenteritis (stomach bug)' },
    icd10: 'A08.4',
    system: 'digestive',
    urgency: 'self_care',
    // Under-1s dehydrate quickly: NICE CG84 Diarrhoea and vomiting in under 5s (2009).
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    // Dehydration signs and blood in the stool need a clinician: NICE CG84 Diarrhoea and vomiting in under 5s
    // (2009); NICE CKS Gastroenteritis (2024).
    urgencyIf: [
      { finding: 'sunken_eyes', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'no_tears', urgency: 'within_24h' },
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'bloody_stool', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'sunken_fontanelle', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'lasting_10_days', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru: 'Пейте часто маленькими глотками: вода, раствор для пероральной регидратации (детям и ослабленным); продолжайте грудное вскармливание. Ешьте, когда захочется. Мойте руки; не ходите в школу или на работу 48 часов после последнего эпизода.',
        en: 'Drink small sips often: water, oral rehydration solution (ORS) for children and the frail; keep breastfeeding. Eat when hungry. Wash hands; stay off school or work until 48 hours after the last episode.',
      },
      seekCareIf: {
        ru: 'Признаки обезвоживания (мочи очень мало, запавшие глаза, плач без слёз, сонливость), рвота дольше 24–48 часов или не удерживает жидкость, кровь в стуле, диарея дольше 7 дней.',
        en: 'Signs of dehydration (very little urine, sunken eyes, no tears, drowsiness), vomiting for more than 24–48 hours or cannot keep fluids down, blood in the stool, or diarrhoea for more than 7 days.',
      },
      source: 'NICE CKS Gastroenteritis (2024); NICE CG84 Diarrhoea and vomiting in under 5s (2009)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 5,
    age: { infant_0_3m: 0.3, infant_3_12m: 1.5, toddler_1_4y: 2 },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.2,
      ...lk`diarrhoea .9 vomiting .7 nausea .75 cramping_pain .6 abdominal_pain .6 fever .35 high_fever .08
        loss_of_appetite .7 sick_contacts .45 fatigue .5 dry_mouth .15 ate_suspicious_food .15 others_ill_same_food .05`,
    },
  },
  {
    id: 'food_poisoning',
    name: { ru: 'Пищевое отравление', en: 'Food poisoning' },
    icd10: 'A05.9',
    system: 'digestive',
    urgency: 'self_care',
    urgencyOverrides: [{ maxAgeMonths: 12, urgency: 'within_24h' }],
    // Dehydration, bloody diarrhoea or high fever need assessment: NICE CKS Gastroenteritis (2024).
    urgencyIf: [
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'sunken_eyes', urgency: 'within_24h' },
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'bloody_stool', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'double_vision', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Часто пейте воду или раствор для регидратации маленькими глотками; ешьте лёгкую пищу, когда захочется. Не принимайте закрепляющие средства при крови в стуле или высокой температуре. Мойте руки; не готовьте для других 48 часов после выздоровления.',
        en: 'Sip water or oral rehydration solution often; eat light food when you feel like it. Do not take anti-diarrhoea medicine if there is blood in the stool or a high temperature. Wash hands; do not cook for others until 48 hours symptom-free.',
      },
      seekCareIf: {
        ru: 'Мочи очень мало, не удерживает жидкость, кровь в стуле, температура 39 °C и выше, двоение в глазах или слабость мышц (ботулизм), симптомы дольше 3 дней, беременность.',
        en: 'Very little urine, cannot keep fluids down, blood in the stool, temperature of 39 °C or more, double vision or weakness (botulism), symptoms for more than 3 days, or pregnancy.',
      },
      source: 'NICE CKS Gastroenteritis (2024)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2 },
    likelihoods: {
      ...HOURS,
      ...lk`ate_suspicious_food .8 others_ill_same_food .4 vomiting .8 nausea .9 diarrhoea .8 cramping_pain .7 abdominal_pain .7
        fever .2 high_fever .03 sudden_onset .5 sick_contacts .2`,
    },
  },
  {
    id: 'dehydration',
    name: { ru: 'Обезвоживание', en: 'Dehydration' },
    icd10: 'E86',
    system: 'digestive',
    urgency: 'within_24h',
    // Drowsiness or a sunken fontanelle = clinical shock risk: NICE CG84 Diarrhoea and vomiting in under 5s (2009).
    urgencyIf: [
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'sunken_fontanelle', urgency: 'emergency_department' },
      { finding: 'mottled_skin', urgency: 'emergency_department' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 1,
      infant_3_12m: 2,
      toddler_1_4y: 2,
      child_5_11y: 0.7,
      teen_12_17y: 0.3,
      adult_18_39y: 0.3,
      adult_40_64y: 0.3,
      elderly_65y: 1,
    },
    likelihoods: {
      ...HOURS,
      lasting_3_days: 0.3,
      ...lk`dry_mouth .85 sunken_eyes .55 no_tears .5 little_urine .8 lethargy .3 thirst .6 diarrhoea .75
        vomiting .75 repeated_vomiting .5 sunken_fontanelle .35 dizziness .3 irritability .5 poor_feeding .6
        fever .3`,
    },
  },
  {
    id: 'reflux',
    name: { ru: 'Гастроэзофагеальная рефлюксная болезнь', en: 'Acid reflux (GORD)' },
    icd10: 'K21.9',
    system: 'digestive',
    // Uncomplicated heartburn is managed with a pharmacist first; from 55, or after 3 weeks of treatment, see a GP.
    // Dysphagia, weight loss or bleeding are alarm features: NICE CG184 Dyspepsia and GORD (2014, updated 2019);
    // NICE CKS Dyspepsia – proven GORD (2023); NICE CG141 (2012).
    urgency: 'self_care',
    urgencyOverrides: [{ minAgeMonths: 660, urgency: 'planned' }],
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'within_24h' },
      { finding: 'swallowing_difficulty', urgency: 'within_24h' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
      { finding: 'black_stool', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Ешьте небольшими порциями, не ешьте за 3–4 часа до сна, поднимите изголовье кровати; меньше жирного, острого, кофе и алкоголя, не курите. Антацид или альгинат из аптеки после еды и на ночь.',
        en: 'Eat smaller meals, not within 3–4 hours of bedtime, and raise the head of the bed; cut down on fatty or spicy food, coffee and alcohol, and stop smoking. An antacid or alginate from the pharmacy after meals and at bedtime.',
      },
      seekCareIf: {
        ru: 'Не помогает за 3 недели, вам 55 лет или больше, трудно глотать, худеете без причины, рвота, чёрный стул или рвота кровью (тогда сразу 103/112).',
        en: 'No better after 3 weeks, you are 55 or over, swallowing is difficult, you lose weight without trying, you keep vomiting, or you have black stools or vomit blood (then call 103/112 at once).',
      },
      source: 'NICE CKS Dyspepsia – proven GORD (2023); NICE CG184 (2014, updated 2019)',
    },
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { ...ADULTS, teen_12_17y: 0.4 },
    likelihoods: {
      ...CHRONIC,
      ...lk`heartburn .9 acid_regurgitation .8 chest_pain_burning .5 chest_pain .25 upper_abdominal_pain .4
        night_cough .15 cough .2 nausea .2 bloating .3 hoarse_voice .1`,
    },
  },
  {
    id: 'gastritis',
    name: { ru: 'Гастрит, диспепсия', en: 'Gastritis or indigestion (dyspepsia)' },
    icd10: 'K29.7',
    system: 'digestive',
    urgency: 'planned',
    // Haematemesis or melaena = upper GI bleeding: NICE CG141 Acute upper GI bleeding (2012, updated 2016).
    urgencyIf: [
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
      { finding: 'black_stool', urgency: 'emergency_department' },
    ],
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: { ...ADULTS, teen_12_17y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`upper_abdominal_pain .9 epigastric_pain_empty .6 abdominal_pain .7 nausea .6 bloating .5
        heartburn .4 loss_of_appetite .4 nsaid_use .35 alcohol_excess .25 vomiting .2`,
    },
  },
  {
    id: 'gi_bleeding',
    name: { ru: 'Желудочно-кишечное кровотечение', en: 'Bleeding in the gut (GI bleeding)' },
    icd10: 'K92.2',
    system: 'digestive',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, elderly_65y: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`black_stool .7 vomiting_blood .5 vomiting .5 nausea .4 bloody_stool .2 dizziness .5 fainting .15 near_fainting .3 upper_abdominal_pain .4
        nsaid_use .4 alcohol_excess .3 fatigue .5 bp_low .2 mottled_skin .1 pale_skin .4 sweating .2`,
    },
  },
  {
    id: 'irritable_bowel',
    name: { ru: 'Синдром раздражённого кишечника', en: 'Irritable bowel syndrome' },
    icd10: 'K58.9',
    system: 'digestive',
    // A first diagnosis is a doctor's; a known IBS in its usual flare is self-managed, and bleeding, weight loss or
    // fever are red flags (NICE CG61 Irritable bowel syndrome in adults 2008, updated 2017; NICE CKS IBS 2023).
    urgency: 'planned',
    whenKnown: { finding: 'usual_ibs_flare', urgency: 'self_care' },
    urgencyIf: [
      { finding: 'weight_loss', urgency: 'within_24h' },
      { finding: 'bloody_stool', urgency: 'within_24h' },
      { finding: 'black_stool', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Регулярное питание без пропусков, меньше жирного, острого, кофе, алкоголя и газировки; при вздутии — меньше продуктов, вызывающих газы; при запоре — больше воды и овсянки. Ваше обычное средство (мебеверин, лоперамид или слабительное) по инструкции, физическая активность, снижение стресса.',
        en: 'Regular meals without skipping, less fatty or spicy food, coffee, alcohol and fizzy drinks; fewer gassy foods if bloated; more water and oats if constipated. Your usual remedy (mebeverine, loperamide or a laxative) as directed, exercise and stress reduction.',
      },
      seekCareIf: {
        ru: 'Кровь в стуле или чёрный стул, похудение без причины, температура, рвота, ночные боли или понос, будящие вас, симптомы не такие, как обычно, или впервые появились после 60 лет.',
        en: 'Blood in or black stools, unexplained weight loss, a fever, vomiting, pain or diarrhoea that wakes you at night, symptoms unlike your usual ones, or starting for the first time after 60.',
      },
      source: 'NICE CG61 Irritable bowel syndrome in adults 2008 (updated 2017)',
    },
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...ADULTS, child_5_11y: 0.2, teen_12_17y: 0.6, elderly_65y: 0.4 },
    sex: { female: 2 },
    likelihoods: {
      ...CHRONIC,
      ...lk`bloating .85 cramping_pain .75 abdominal_pain .9 pain_relieved_by_defecation .8
        alternating_bowel .6 diarrhoea .5 constipation .5 recent_stress .4 worry .3 usual_ibs_flare .3`,
    },
  },
  {
    id: 'appendicitis',
    name: { ru: 'Острый аппендицит', en: 'Appendicitis' },
    icd10: 'K35.8',
    system: 'digestive',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.05,
      toddler_1_4y: 0.4,
      child_5_11y: 2,
      teen_12_17y: 2.5,
      adult_18_39y: 1.5,
      adult_40_64y: 0.6,
      elderly_65y: 0.3,
    },
    likelihoods: {
      lasting_3_days: 0.1,
      lasting_10_days: 0.01,
      lasting_3_weeks: 0.005,
      ...lk`abdominal_pain .98 right_lower_pain .8 pain_migrated_navel .55 nausea .7 vomiting .5 fever .45
        high_fever .1 loss_of_appetite .8 pain_worse_on_movement .6 diarrhoea .15 rigid_abdomen .1`,
    },
  },
  {
    id: 'cholecystitis',
    name: { ru: 'Острый холецистит', en: 'Gallbladder inflammation (cholecystitis)' },
    icd10: 'K81.0',
    system: 'digestive',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.05, adult_18_39y: 0.7, adult_40_64y: 1.5, elderly_65y: 1.5 },
    sex: { female: 2 },
    likelihoods: {
      ...ACUTE,
      ...lk`right_upper_pain .85 upper_abdominal_pain .7 abdominal_pain .9 pain_after_fatty_food .6 nausea .7
        vomiting .5 fever .6 high_fever .2 jaundice .1 pain_worse_on_movement .3`,
    },
  },
  {
    id: 'biliary_colic',
    name: { ru: 'Желчная колика (желчнокаменная болезнь)', en: 'Gallstone pain (biliary colic)' },
    icd10: 'K80.2',
    system: 'digestive',
    urgency: 'within_24h',
    specialist: 'gastroenterologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.05, adult_40_64y: 1.5 },
    sex: { female: 2 },
    likelihoods: {
      ...HOURS,
      ...lk`right_upper_pain .85 pain_after_fatty_food .75 upper_abdominal_pain .6 abdominal_pain .8 nausea .5
        vomiting .25 fever .04`,
    },
  },
  {
    id: 'constipation',
    name: { ru: 'Запор', en: 'Constipation' },
    icd10: 'K59.0',
    system: 'digestive',
    urgency: 'self_care',
    // Vomiting with constipation suggests obstruction; rectal bleeding or weight loss need review: NICE CKS
    // Constipation (2023); NICE NG12 Suspected cancer (2015, updated 2023).
    urgencyIf: [
      { finding: 'bloody_stool', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'repeated_vomiting', urgency: 'within_24h' },
      { finding: 'rigid_abdomen', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Пейте 1,5–2 литра в день, постепенно добавляйте клетчатку (овощи, фрукты, цельнозерновые, отруби), больше двигайтесь, не подавляйте позыв и не торопитесь в туалете. На несколько дней можно взять в аптеке слабительное на основе псиллиума или макрогола.',
        en: 'Drink 1.5–2 litres a day, add fibre gradually (fruit, vegetables, wholegrains, bran), move more, do not ignore the urge and give yourself time on the toilet. A bulk-forming laxative (ispaghula) or macrogol from the pharmacy can help for a few days.',
      },
      seekCareIf: {
        ru: 'Кровь в стуле, необъяснимое похудение, запор дольше 3 недель или впервые изменившийся стул после 50 лет, вздутый болезненный живот с рвотой, совсем не отходят стул и газы.',
        en: 'Blood in the stool, unexplained weight loss, constipation for more than 3 weeks or a new change in bowel habit after 50, swollen painful abdomen with vomiting, or no bowel movement or wind at all.',
      },
      source: 'NICE CKS Constipation (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { infant_0_3m: 0.3, toddler_1_4y: 2, child_5_11y: 1.5, elderly_65y: 2 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`constipation .95 abdominal_pain .5 bloating .5 cramping_pain .3 loss_of_appetite .2 irritability .3`,
    },
  },
  {
    id: 'pancreatitis',
    name: { ru: 'Острый панкреатит', en: 'Acute pancreatitis' },
    icd10: 'K85.9',
    system: 'digestive',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, teen_12_17y: 0.05 },
    likelihoods: {
      ...HOURS,
      ...lk`upper_abdominal_pain .95 abdominal_pain .95 pain_radiates_back .5 vomiting .75 nausea .85
        alcohol_excess .4 fever .3 feeling_very_unwell .5 pain_after_fatty_food .3 sudden_onset .4 back_pain .4`,
    },
  },
  {
    id: 'intussusception',
    name: { ru: 'Инвагинация кишечника', en: 'Intussusception (bowel telescoping)' },
    icd10: 'K56.1',
    system: 'digestive',
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0.2,
      infant_3_12m: 3,
      toddler_1_4y: 1.5,
      child_5_11y: 0.05,
      teen_12_17y: 0,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      ...HOURS,
      ...lk`irritability .9 vomiting .8 bloody_stool .5 lethargy .4 abdominal_pain .7 cramping_pain .6
        poor_feeding .6 sudden_onset .6`,
    },
  },
];
