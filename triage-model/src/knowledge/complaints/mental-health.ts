import { defineComplaints } from './define.js';

const SELF_REPORT = { minAgeMonths: 96 };

export const mentalHealthComplaints = defineComplaints('mental_health', [
  [
    'suicidal_thoughts',
    'Thoughts of suicide or self-harm',
    'Мысли о самоубийстве или самоповреждении',
    ['suicidal_thoughts'],
    ['suicide_plan', 'low_mood', 'alcohol_excess', 'anhedonia'],
    SELF_REPORT,
  ],
  [
    'low_mood',
    'Low mood, depression',
    'Подавленное настроение, депрессия',
    ['low_mood'],
    [
      'suicidal_thoughts',
      'suicide_plan',
      'anhedonia',
      'sleep_problems',
      'concentration_problems',
      'recent_stress',
    ],
    SELF_REPORT,
  ],
  [
    'anxiety',
    'Anxiety, constant worry',
    'Тревога, постоянное беспокойство',
    ['worry'],
    ['suicidal_thoughts', 'chest_pain', 'palpitations', 'panic_attacks', 'sleep_problems', 'restlessness'],
    SELF_REPORT,
  ],
  [
    'panic_attack',
    'Panic attacks',
    'Панические атаки',
    ['panic_attacks'],
    ['chest_pain', 'fainting', 'breathlessness', 'palpitations', 'suicidal_thoughts', 'worry'],
    SELF_REPORT,
  ],
  [
    'insomnia',
    'Poor sleep',
    'Нарушение сна, бессонница',
    ['sleep_problems'],
    ['suicidal_thoughts', 'low_mood', 'worry', 'breathlessness', 'night_sweats'],
  ],
  [
    'self_harm',
    'Self-harm',
    'Самоповреждение',
    ['self_harm_recent'],
    ['overdose_intentional', 'suicide_plan', 'bleeding_wont_stop', 'suicidal_thoughts', 'wound_gaping'],
    SELF_REPORT,
  ],
  [
    'hearing_voices',
    'Hearing voices, strange beliefs',
    'Слышит голоса, странные мысли',
    ['hearing_voices'],
    [
      'suicidal_thoughts',
      'paranoid_beliefs',
      'confusion',
      'fever',
      'took_stimulant_drugs',
      'little_need_for_sleep',
    ],
    SELF_REPORT,
  ],
  [
    'eating_problems',
    'Eating very little on purpose to lose weight',
    'Ограничивает еду, чтобы похудеть',
    ['restricting_food'],
    ['fainting', 'palpitations', 'self_induced_vomiting', 'weight_loss', 'suicidal_thoughts'],
    SELF_REPORT,
  ],
]);
