import { anyYes, type RedFlagRule } from './types.js';

// Core temperature below 35 °C is hypothermia: ERC Guidelines 2021, Cardiac arrest in special circumstances;
// NICE CKS Hypothermia (2020 — refer to hospital if below 35 °C).
const HYPOTHERMIA_C = 35;
// Heat stroke: temperature 40 °C or higher with heat exposure, or any neurological change:
// NICE CKS Heat-related illness (2022); WHO Heat and health 2018.
const HEAT_STROKE_C = 40;

export const environmentRules: RedFlagRule[] = [
  {
    // Below 35 °C: ERC Guidelines 2021 (special circumstances); NICE CKS Hypothermia (2020).
    id: 'hypothermia',
    urgency: 'ambulance',
    name: { ru: 'Переохлаждение: температура ниже 35 °C', en: 'Hypothermia: temperature below 35 °C' },
    advice: {
      ru: 'Вызовите скорую (103/112). Переместите в тепло, снимите мокрую одежду, укройте; не растирайте и не кладите в горячую ванну.',
      en: 'Call an ambulance (103/112). Move somewhere warm, remove wet clothes and cover them; do not rub or put in a hot bath.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['cold_exposure', 'submersion', 'low_temperature']),
    questions: () => ['temperature_c'],
    fires: (ctx) => (ctx.value('temperature_c') ?? Infinity) < HYPOTHERMIA_C,
  },
  {
    // Heat stroke: NICE CKS Heat-related illness (2022); WHO Heat and health 2018.
    id: 'heat_stroke',
    urgency: 'ambulance',
    name: {
      ru: 'Тепловой удар: перегрев со спутанностью или температурой 40 °C и выше',
      en: 'Heat stroke: overheating with confusion or a temperature of 40 °C or more',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Переместите в прохладу, охлаждайте водой и обдувом, давайте пить, если в сознании.',
      en: 'Call an ambulance (103/112). Move somewhere cool, cool with water and fanning, give sips of water if awake.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['heat_exposure', 'sun_exposure']),
    questions: () => ['temperature_c', 'confusion', 'unresponsive'],
    fires: (ctx) =>
      anyYes(ctx, ['heat_exposure', 'sun_exposure']) &&
      ((ctx.value('temperature_c') ?? 0) >= HEAT_STROKE_C ||
        anyYes(ctx, ['confusion', 'unresponsive', 'seizure'])),
  },
  {
    // Anyone pulled from the water who needed rescue or has any symptom needs hospital observation (secondary
    // drowning): ERC Guidelines 2021, Drowning; WHO Global report on drowning 2014.
    id: 'drowning',
    urgency: 'emergency_department',
    name: { ru: 'Человек тонул (был под водой)', en: 'Near-drowning (was under water)' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас, даже если самочувствие хорошее; при кашле, одышке или сонливости — 103/112.',
      en: 'Go to the emergency department now even if they seem well; if coughing, breathless or drowsy, call 103/112.',
    },
    specialist: 'emergency',
    // Volunteered with the complaint; nothing else to ask to decide it.
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('submersion'),
  },
];
