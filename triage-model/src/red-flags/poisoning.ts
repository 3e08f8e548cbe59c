import { anyYes, type RedFlagRule } from './types.js';

const INGESTIONS = [
  'took_overdose',
  'took_paracetamol_excess',
  'took_opioids',
  'took_stimulant_drugs',
  'ingested_chemical',
  'drank_surrogate_alcohol',
  'ate_wild_mushrooms',
  'ate_plant_or_berries',
];
/**
 * Opioids taken as prescribed (co-codamol, tramadol for pain) are no overdose; with drowsiness, slow breathing or
 * pinpoint pupils they are the danger-sign rule.
 */
const POISONOUS_INGESTIONS = INGESTIONS.filter((id) => id !== 'took_opioids');
/** Airway, breathing or consciousness affected by a poison. */
const POISON_DANGER = [
  'unresponsive',
  'confusion',
  'lethargy',
  'seizure',
  'slow_breathing',
  'pinpoint_pupils',
  'breathlessness',
  'chest_pain',
];
const CO_SYMPTOMS = ['headache', 'dizziness', 'nausea', 'vomiting', 'fatigue', 'confusion', 'fainting'];

export const poisoningRules: RedFlagRule[] = [
  {
    // Poisoning with drowsiness, seizures, slow breathing (opioids: pinpoint pupils) or chest pain: call an ambulance:
    // NICE CKS Poisoning or overdose (2021); WHO Guidelines for the management of opioid overdose 2014.
    id: 'poisoning_danger_signs',
    urgency: 'ambulance',
    name: {
      ru: 'Отравление или передозировка с сонливостью, судорогами или нарушением дыхания',
      en: 'Poisoning or overdose with drowsiness, seizures or breathing problems',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Если без сознания, но дышит — уложите на бок. Сохраните упаковку или остатки вещества.',
      en: 'Call an ambulance (103/112). If unconscious but breathing, lay them on their side. Keep the packet or what was taken.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, INGESTIONS),
    questions: () => ['confusion', 'slow_breathing', 'pinpoint_pupils', 'seizure'],
    fires: (ctx) => anyYes(ctx, INGESTIONS) && anyYes(ctx, POISON_DANGER),
  },
  {
    // Any overdose of a medicine, poisonous mushroom/plant or surrogate alcohol needs hospital assessment, even without
    // symptoms (toxicity can be delayed): NICE CKS Poisoning or overdose (2021); TOXBASE / NPIS 2023.
    id: 'poisoning',
    urgency: 'emergency_department',
    name: {
      ru: 'Передозировка лекарства или отравление ядовитым веществом',
      en: 'Medicine overdose or a poisonous substance taken',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас, даже если самочувствие хорошее. Не вызывайте рвоту. Возьмите упаковку или остатки вещества.',
      en: 'Go to the emergency department now even if they feel well. Do not make them vomit. Take the packet or what was taken.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, POISONOUS_INGESTIONS),
  },
  {
    // Paracetamol: any staggered or above-licence dose is treated (acetylcysteine works best within 8 h), and liver
    // damage shows only after 24–72 h: MHRA paracetamol overdose guidance 2012; TOXBASE 2023.
    id: 'paracetamol_overdose',
    urgency: 'emergency_department',
    name: { ru: 'Передозировка парацетамола', en: 'Paracetamol overdose' },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение, даже если самочувствие хорошее: антидот эффективен в первые 8 часов. Запомните время и количество принятых таблеток.',
      en: 'Go to the emergency department now even if you feel well: the antidote works best within 8 hours. Note the time and number of tablets.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['took_overdose', 'paracetamol_use']),
    questions: () => ['took_paracetamol_excess'],
    fires: (ctx) => ctx.yes('took_paracetamol_excess'),
  },
  {
    // A swallowed button battery burns the oesophagus within 2 hours: immediate X-ray; honey 10 ml every 10 min on
    // the way for children over 1 year: NPIS / RCEM button battery alert 2016 (updated 2019); NASPGHAN 2018.
    id: 'button_battery',
    urgency: 'emergency_department',
    name: { ru: 'Проглочена батарейка-таблетка', en: 'Swallowed a button battery' },
    advice: {
      ru: 'Немедленно в приёмное отделение — не ждите симптомов. Ребёнку старше 1 года по дороге давайте 2 чайные ложки мёда каждые 10 минут. Не вызывайте рвоту.',
      en: 'Go to the emergency department immediately — do not wait for symptoms. On the way give a child over 1 year 2 teaspoons of honey every 10 minutes. Do not make them vomit.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('ingested_button_battery'),
  },
  {
    // Magnets can attract across bowel loops and perforate: same-day X-ray: ESPGHAN/NASPGHAN foreign body
    // ingestion position paper 2017; RCEM safety alert on magnet ingestion 2021.
    id: 'swallowed_magnets',
    urgency: 'emergency_department',
    name: { ru: 'Проглочены магниты', en: 'Swallowed magnets' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас, даже если ребёнок выглядит здоровым.',
      en: 'Go to the emergency department now even if the child seems well.',
    },
    specialist: 'surgeon',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('ingested_magnets'),
  },
  {
    // Caustics (bleach, drain cleaner, dishwasher tablets) can burn the mouth, gullet and airway: do not induce
    // vomiting, go to hospital: NICE CKS Poisoning or overdose (2021); ESGE caustic ingestion guideline 2020.
    id: 'caustic_ingestion',
    urgency: 'emergency_department',
    name: { ru: 'Проглочена едкая бытовая химия', en: 'Swallowed a caustic household chemical' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас. Не вызывайте рвоту, не давайте пить много. При слюнотечении, шумном дыхании или одышке — 103/112.',
      en: 'Go to the emergency department now. Do not make them vomit or drink a lot. If drooling, breathing noisily or breathless, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('ingested_chemical'),
    questions: () => ['drooling', 'stridor', 'mouth_burns'],
    fires: (ctx) => ctx.yes('ingested_chemical') || ctx.yes('mouth_burns'),
  },
  {
    // Headache, dizziness or nausea near a fuel-burning appliance or engine indoors, or shared by others at home =
    // suspected carbon monoxide poisoning: NICE CKS Carbon monoxide poisoning (2020); UKHSA CO guidance 2022.
    id: 'carbon_monoxide',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможное отравление угарным газом',
      en: 'Possible carbon monoxide poisoning',
    },
    advice: {
      ru: 'Сразу выйдите на свежий воздух, выключите прибор, откройте окна и обратитесь в приёмное отделение. При спутанности, обмороке или боли в груди — 103/112. Газовая служба — 104.',
      en: 'Get into fresh air now, turn the appliance off, open windows and go to the emergency department. If confused, fainting or with chest pain, call 103/112. Gas emergency: 104.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['headache', 'dizziness', 'nausea']),
    questions: () => ['combustion_source_indoors', 'others_same_symptoms_home'],
    fires: (ctx) =>
      anyYes(ctx, CO_SYMPTOMS) && anyYes(ctx, ['combustion_source_indoors', 'others_same_symptoms_home']),
  },
  {
    // CO exposure with neurological or cardiac features is severe poisoning (hyperbaric oxygen may be needed):
    // NICE CKS Carbon monoxide poisoning (2020); UKHSA CO guidance 2022.
    id: 'carbon_monoxide_severe',
    urgency: 'ambulance',
    name: {
      ru: 'Угарный газ: спутанность, обморок или боль в груди',
      en: 'Carbon monoxide with confusion, fainting or chest pain',
    },
    advice: {
      ru: 'Вызовите скорую (103/112) и выведите всех на свежий воздух.',
      en: 'Call an ambulance (103/112) and get everyone into fresh air.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('combustion_source_indoors'),
    questions: () => ['confusion', 'fainting', 'chest_pain'],
    fires: (ctx) =>
      ctx.yes('combustion_source_indoors') &&
      anyYes(ctx, ['confusion', 'fainting', 'unresponsive', 'seizure', 'chest_pain']),
  },
];
