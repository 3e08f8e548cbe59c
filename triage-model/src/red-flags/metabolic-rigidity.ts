import { anyYes, type RedFlagContext, type RedFlagRule } from './types.js';

// Hypoglycaemia < 4.0 mmol/L ("4 is the floor"); < 3.0 mmol/L is clinically significant (level 2):
// JBDS-IP The hospital management of hypoglycaemia in adults with diabetes (2022); ADA Standards of Care 2024.
const HYPO_MMOL = 4.0;
const SEVERE_HYPO_MMOL = 3.0;
// Glucose above 11 mmol/L with symptoms (vomiting, abdominal pain, fast breathing, drowsiness) = suspected DKA:
// NICE NG18 Diabetes in children and young people (2015, updated 2023); JBDS-IP DKA in adults (2023).
const HIGH_GLUCOSE_MMOL = 11.0;
const DKA_SYMPTOMS = [
  'vomiting',
  'repeated_vomiting',
  'abdominal_pain',
  'fast_breathing',
  'fruity_breath',
  'lethargy',
];
const UNDER_18_YEARS = 216;

const glucose = (ctx: RedFlagContext): number | undefined => ctx.value('blood_glucose_mmol');
/** A measured value wins over the yes/no "reading below 4 / above 11" answers. */
const hypo = (ctx: RedFlagContext): boolean => {
  const g = glucose(ctx);
  return g !== undefined ? g < HYPO_MMOL : ctx.yes('low_glucose_reading');
};
const highSugarOrKetones = (ctx: RedFlagContext): boolean => {
  const g = glucose(ctx);
  return (
    (g !== undefined ? g > HIGH_GLUCOSE_MMOL : ctx.yes('high_glucose_reading')) || ctx.yes('ketones_positive')
  );
};

export const metabolicRigidityRules: RedFlagRule[] = [
  {
    // A hypo that does not recover with sugar, or with confusion, a seizure or unresponsiveness, needs an ambulance
    // (glucagon/IV glucose): JBDS-IP hypoglycaemia (2022); NICE NG17 Type 1 diabetes in adults (2015, updated 2022).
    id: 'hypoglycaemia_not_responding',
    urgency: 'ambulance',
    name: {
      ru: 'Низкий сахар крови, который не поднимается, или со спутанностью или судорогами',
      en: 'Low blood sugar that is not recovering, or with confusion or a seizure',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Если человек в сознании и может глотать — дайте сладкий сок или сахар; если без сознания — ничего в рот, уложите на бок, введите глюкагон, если он есть.',
      en: 'Call an ambulance (103/112). If awake and able to swallow, give sugary juice or sugar; if not, nothing by mouth, recovery position, and glucagon if available.',
    },
    specialist: 'emergency',
    relevant: (ctx) => hypo(ctx),
    questions: () => ['hypo_not_improving', 'confusion'],
    fires: (ctx) =>
      hypo(ctx) && anyYes(ctx, ['hypo_not_improving', 'confusion', 'seizure', 'unresponsive', 'lethargy']),
  },
  {
    // A hypo below 3.0 mmol/L that recovered still needs a same-day review of treatment: JBDS-IP (2022); ADA 2024.
    id: 'severe_hypoglycaemia_recovered',
    urgency: 'within_24h',
    name: {
      ru: 'Сахар крови ниже 3,0 ммоль/л',
      en: 'Blood sugar below 3.0 mmol/L',
    },
    advice: {
      ru: 'Съешьте 15–20 г быстрых углеводов, затем медленные; сегодня же свяжитесь с врачом. Если сахар не поднимается — 103/112.',
      en: 'Take 15–20 g of fast sugar then a starchy snack, and contact your doctor today. If it does not come up, call 103/112.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => (glucose(ctx) ?? Infinity) < SEVERE_HYPO_MMOL,
  },
  {
    // Glucose > 11 mmol/L or ketones with DKA symptoms: NICE NG18 (2015, updated 2023); JBDS-IP DKA (2023).
    id: 'diabetic_ketoacidosis',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможный кетоацидоз: высокий сахар с рвотой, болью в животе или частым дыханием',
      en: 'Possible ketoacidosis: high sugar with vomiting, abdominal pain or fast breathing',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас. Не пропускайте инсулин. При сонливости или спутанности — 103/112.',
      en: 'Go to the emergency department now. Do not stop insulin. If drowsy or confused, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('diabetes') || (ctx.ageMonths < UNDER_18_YEARS && ctx.yes('thirst')),
    questions: (ctx) => [
      'blood_glucose_mmol',
      ...(glucose(ctx) === undefined ? ['high_glucose_reading', 'ketones_positive'] : []),
      ...(highSugarOrKetones(ctx) ? ['vomiting', 'abdominal_pain', 'fast_breathing'] : []),
    ],
    // Known diabetes with vomiting that keeps no fluids down is a sick-day emergency even before a reading.
    fires: (ctx) =>
      (highSugarOrKetones(ctx) && anyYes(ctx, DKA_SYMPTOMS)) ||
      (ctx.yes('diabetes') && ctx.yes('repeated_vomiting')),
  },
  {
    // A child with thirst and passing urine often (or bedwetting, weight loss) may have new type 1 diabetes: test the
    // same day and refer immediately: NICE NG18 (2015, updated 2023); ISPAD Clinical Practice Consensus 2022.
    id: 'child_new_diabetes_signs',
    urgency: 'within_24h',
    name: {
      ru: 'Ребёнок много пьёт и часто мочится',
      en: 'A child who is very thirsty and passing urine often',
    },
    advice: {
      ru: 'Сегодня же покажите ребёнка врачу и проверьте сахар крови. При рвоте, боли в животе, частом дыхании или сонливости — сразу в приёмное отделение.',
      en: 'Have the child seen and their blood sugar checked today. If vomiting, with abdominal pain, fast breathing or drowsiness, go to the emergency department.',
    },
    specialist: 'paediatrician',
    relevant: (ctx) =>
      ctx.ageMonths < UNDER_18_YEARS && anyYes(ctx, ['thirst', 'frequent_urination', 'weight_loss']),
    questions: () => ['thirst', 'frequent_urination'],
    fires: (ctx) =>
      ctx.ageMonths < UNDER_18_YEARS &&
      !ctx.yes('diabetes') &&
      ctx.yes('thirst') &&
      ctx.yes('frequent_urination'),
  },
  {
    // Rigid muscles with fever (often after a new antipsychotic, antidepressant or stimulant) = neuroleptic malignant
    // or serotonin syndrome: Hunter Serotonin Toxicity Criteria (Dunkley 2003); DSM-5-TR NMS criteria 2022;
    // NICE CKS Antipsychotics / BNF 2024.
    id: 'rigidity_with_fever',
    urgency: 'ambulance',
    name: {
      ru: 'Скованность всех мышц с высокой температурой',
      en: 'Rigid muscles all over with a fever',
    },
    advice: {
      ru: 'Вызовите скорую (103/112) и назовите все лекарства и вещества, принятые за последние дни.',
      en: 'Call an ambulance (103/112) and tell them every medicine or drug taken in the last few days.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['fever', 'new_medication', 'took_stimulant_drugs', 'confusion']),
    questions: () => ['muscle_rigidity'],
    fires: (ctx) => ctx.yes('muscle_rigidity') && ctx.yes('fever'),
  },
  {
    // Rigid or twisting muscles without fever soon after a new medicine (antiemetic, antipsychotic) = acute dystonic
    // reaction: BNF / NICE CKS Nausea – metoclopramide (MHRA 2013) — same-day treatment.
    id: 'drug_induced_rigidity',
    urgency: 'emergency_department',
    name: {
      ru: 'Скованность или спазмы мышц после нового лекарства',
      en: 'Rigid or spasming muscles after a new medicine',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас и возьмите с собой лекарство. При затруднении дыхания или глотания — 103/112.',
      en: 'Go to the emergency department now and bring the medicine. If breathing or swallowing is difficult, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('muscle_rigidity'),
    questions: () => ['new_medication', 'fever'],
    fires: (ctx) => ctx.yes('muscle_rigidity') && anyYes(ctx, ['new_medication', 'took_stimulant_drugs']),
  },
  {
    // Lockjaw after a wound, with stiff muscles = tetanus: UKHSA Tetanus: guidance on the management of suspected
    // cases (2024); WHO tetanus position paper 2017.
    id: 'tetanus_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Не открывается рот и скованы мышцы после раны',
      en: 'Locked jaw or stiff muscles after a wound',
    },
    advice: {
      ru: 'Вызовите скорую (103/112) и скажите о ране и прививках от столбняка.',
      en: 'Call an ambulance (103/112) and mention the wound and tetanus vaccinations.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['trismus', 'muscle_rigidity']),
    questions: () => ['cut_wound', 'wound_contaminated', 'wound_or_bite'],
    fires: (ctx) =>
      anyYes(ctx, ['trismus', 'muscle_rigidity']) &&
      anyYes(ctx, ['cut_wound', 'wound_contaminated', 'wound_or_bite', 'animal_bite']),
  },
  {
    // Sore throat with difficulty opening the mouth or a muffled voice = peritonsillar abscess (quinsy): same-day
    // ENT: NICE NG84 Sore throat (acute) (2018); NICE CKS Sore throat (2023).
    id: 'quinsy_signs',
    urgency: 'emergency_department',
    name: {
      ru: 'Боль в горле, рот не открывается полностью или голос «сдавленный»',
      en: 'Sore throat with difficulty opening the mouth or a muffled voice',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение (ЛОР) сейчас; при затруднении дыхания — 103/112.',
      en: 'Go to the emergency department (ENT) now; if breathing is difficult, call 103/112.',
    },
    specialist: 'ent',
    relevant: (ctx) => anyYes(ctx, ['sore_throat', 'painful_swallowing']),
    questions: () => ['trismus', 'muffled_voice'],
    fires: (ctx) =>
      anyYes(ctx, ['sore_throat', 'painful_swallowing']) && anyYes(ctx, ['trismus', 'muffled_voice']),
  },
  {
    // A dental infection spreading into the floor of the mouth or the neck (Ludwig's angina, a deep neck space
    // infection), or a swollen face from a bad tooth with trouble swallowing or opening the mouth, or a high fever,
    // is referred to hospital the same day: SDCEP Drug Prescribing for Dentistry (2016); NICE CKS Dental abscess (2022).
    id: 'spreading_dental_infection',
    urgency: 'emergency_department',
    name: {
      ru: 'Зубная инфекция распространяется: отёк под языком или на шее, трудно глотать или открыть рот',
      en: 'A tooth infection spreading: swelling under the tongue or in the neck, hard to swallow or open the mouth',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение (челюстно-лицевой хирург) сейчас; если трудно дышать или течёт слюна — 103/112.',
      en: 'Go to the emergency department (maxillofacial surgeon) now; if breathing is hard or you are drooling, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('tooth_pain') && ctx.yes('facial_swelling'),
    questions: () => ['floor_of_mouth_swelling', 'swallowing_difficulty', 'trismus'],
    fires: (ctx) =>
      ctx.yes('floor_of_mouth_swelling') ||
      (ctx.yes('tooth_pain') &&
        ctx.yes('facial_swelling') &&
        anyYes(ctx, ['swallowing_difficulty', 'trismus', 'high_fever'])),
  },
  {
    // Muscle jerks with fever, heavy sweating, agitation or tremor in someone on a serotonergic drug = serotonin
    // toxicity (Hunter Serotonin Toxicity Criteria, Dunkley 2003; Boyer & Shannon, NEJM 2005) — can kill within hours.
    id: 'serotonin_toxicity',
    urgency: 'ambulance',
    name: {
      ru: 'Подёргивания мышц с жаром, потливостью или возбуждением на фоне антидепрессанта или трамадола',
      en: 'Muscle jerks with fever, sweating or agitation while on an antidepressant or tramadol',
    },
    advice: {
      ru: 'Вызовите скорую (103/112), больше не принимайте эти лекарства и назовите врачу всё, что принимали.',
      en: 'Call an ambulance (103/112), take no more of these medicines and tell them everything taken.',
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      ctx.yes('serotonergic_medicine') || anyYes(ctx, ['muscle_jerks', 'tremor', 'restlessness']),
    questions: () => ['serotonergic_medicine', 'muscle_jerks'],
    fires: (ctx) =>
      ctx.yes('serotonergic_medicine') &&
      ctx.yes('muscle_jerks') &&
      anyYes(ctx, ['fever', 'sweating', 'restlessness', 'tremor']),
  },
];
