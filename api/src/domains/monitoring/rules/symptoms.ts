/** Symptoms a patient can report with a reading (codes stored on the reading). */
export const SYMPTOMS = [
  'chest_pain',
  'shortness_of_breath',
  'weakness_or_numbness',
  'speech_difficulty',
  'severe_headache',
  'vision_loss',
  'confusion',
  'dizziness',
  'nausea',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/**
 * Signs of acute organ damage that turn very high pressure into a hypertensive emergency needing an ambulance:
 * chest pain, dyspnoea, neurological deficit, severe headache, visual loss, confusion
 * (ESC/ESH 2023 hypertension guideline, section on hypertensive emergencies; ESC 2024 §"Hypertensive emergencies").
 */
export const RED_FLAG_SYMPTOMS: readonly Symptom[] = [
  'chest_pain',
  'shortness_of_breath',
  'weakness_or_numbness',
  'speech_difficulty',
  'severe_headache',
  'vision_loss',
  'confusion',
];

export const hasRedFlag = (symptoms: readonly string[]) =>
  symptoms.some((s) => (RED_FLAG_SYMPTOMS as readonly string[]).includes(s));
