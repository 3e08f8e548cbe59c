import { anyYes, type RedFlagRule } from './types.js';

/** Complaints that make it worth asking about the level of consciousness even when the patient did not mention it. */
const DROWSY_CONTEXT = [
  'confusion',
  'lethargy',
  'fainting',
  'seizure',
  'head_injury',
  'took_overdose',
  'drank_alcohol_heavily',
  'low_glucose_reading',
];

export const consciousnessRules: RedFlagRule[] = [
  {
    // Unresponsive or cannot be woken = airway at risk; call an ambulance and put in the recovery position:
    // Resuscitation Council UK, Adult and Paediatric Basic Life Support guidelines 2021; NICE NG232 Head injury (2023).
    id: 'unresponsive',
    urgency: 'ambulance',
    name: { ru: 'Не реагирует или не просыпается', en: 'Not responding or cannot be woken' },
    advice: {
      ru: 'Вызовите скорую (103/112). Если дышит — уложите на бок (устойчивое боковое положение). Если не дышит — начните сердечно-лёгочную реанимацию.',
      en: 'Call an ambulance (103/112). If breathing, lay them on their side (recovery position). If not breathing, start CPR.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, DROWSY_CONTEXT),
    questions: () => ['unresponsive'],
    fires: (ctx) => ctx.yes('unresponsive'),
  },
  {
    // New confusion on its own (delirium) needs same-day assessment for its cause (infection, low sugar, stroke,
    // drugs): NICE CG103 Delirium (2010, updated 2023); NICE NG51 Suspected sepsis (2016, updated 2024).
    id: 'new_confusion',
    urgency: 'emergency_department',
    name: { ru: 'Внезапная спутанность или необычная сонливость', en: 'New confusion or unusual drowsiness' },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение и не оставляйте человека одного; если он засыпает или не отвечает — 103/112.',
      en: 'Go to the emergency department now and do not leave them alone; if they become drowsy or stop responding, call 103/112.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, DROWSY_CONTEXT),
    questions: () => ['confusion', 'lethargy'],
    fires: (ctx) => anyYes(ctx, ['confusion', 'lethargy']),
  },
];
