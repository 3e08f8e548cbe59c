import { defineFindings } from './define.js';

export const respiratoryFindings = defineFindings('respiratory', 'symptom', [
  ['cough', 'Cough', 'Кашель', 0.06],
  ['dry_cough', 'Dry cough', 'Сухой кашель', 0.03],
  ['productive_cough', 'Cough with phlegm', 'Кашель с мокротой', 0.03],
  ['breathlessness', 'Shortness of breath', 'Одышка, нехватка воздуха', 0.02],
  [
    'severe_breathlessness',
    'Breathless at rest, cannot finish a sentence',
    'Одышка в покое, трудно договорить фразу',
    0.002,
  ],
  ['wheeze', 'Wheezing', 'Свистящее дыхание, хрипы', 0.02],
  ['chest_tightness', 'Chest tightness', 'Чувство стеснения в груди', 0.02],
  ['pleuritic_pain', 'Chest pain worse when breathing in', 'Боль в груди усиливается на вдохе', 0.01],
  ['coughing_blood', 'Coughing up blood', 'Кашель с кровью', 0.002],
  ['fast_breathing', 'Fast breathing', 'Учащённое дыхание', 0.01],
  ['blue_lips', 'Bluish lips', 'Синюшные губы', 0.001],
  ['night_cough', 'Cough worse at night', 'Кашель усиливается ночью', 0.02],
  ['barking_cough', 'Barking, seal-like cough', 'Лающий кашель', 0.005],
  ['stridor', 'Harsh noisy breathing in (stridor)', 'Шумный хриплый вдох (стридор)', 0.002],
  [
    'chest_recession',
    'Skin sucking in between the ribs when breathing',
    'Втяжение кожи между рёбрами при дыхании',
    0.002,
  ],
  [
    'exercise_triggered',
    'Symptoms brought on by known triggers: exercise, cold air, pollen, pets',
    'Симптомы возникают от привычных триггеров: нагрузка, холод, пыльца, животные',
    0.03,
  ],
  ['loss_of_smell', 'Loss of smell', 'Потеря обоняния', 0.01],
]);
