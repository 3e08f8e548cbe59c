import { defineFindings } from './define.js';

const SELF_REPORT = { minAgeMonths: 96 };

export const mentalFindings = defineFindings('mental', 'symptom', [
  ['low_mood', 'Low mood on most days', 'Подавленное настроение большую часть дней', 0.04, SELF_REPORT],
  [
    'anhedonia',
    'Lost enjoyment of usual activities',
    'Пропал интерес и радость от привычных дел',
    0.03,
    SELF_REPORT,
  ],
  [
    'worry',
    'Excessive worry that is hard to control',
    'Чрезмерная тревога, которую трудно контролировать',
    0.05,
    SELF_REPORT,
  ],
  [
    'panic_attacks',
    'Sudden attacks of intense fear',
    'Внезапные приступы сильного страха',
    0.01,
    SELF_REPORT,
  ],
  ['sleep_problems', 'Poor sleep', 'Плохой сон', 0.06],
  ['suicidal_thoughts', 'Thoughts of ending your life', 'Мысли о самоубийстве', 0.002, SELF_REPORT],
  ['self_harm_thoughts', 'Thoughts of harming yourself', 'Мысли о причинении себе вреда', 0.003, SELF_REPORT],
  ['suicide_plan', 'Has a plan to end their life', 'Есть план, как покончить с собой', 0.0005, SELF_REPORT],
  [
    'suicide_intent',
    'Intends to act on thoughts of suicide',
    'Есть намерение осуществить мысли о самоубийстве',
    0.0005,
    SELF_REPORT,
  ],
  [
    'restlessness',
    'Restless, unable to sit still',
    'Беспокойство, не может усидеть на месте',
    0.03,
    SELF_REPORT,
  ],
  ['concentration_problems', 'Difficulty concentrating', 'Трудно сосредоточиться', 0.04, SELF_REPORT],
]);
