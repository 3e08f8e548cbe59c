/**
 * Data for handling "don't know" to a danger sign (issue 12): ask a simpler, observable question instead, and escalate
 * only doubt that remains on airway, breathing or consciousness to an ambulance. Doubt on any other danger sign raises
 * the level to "see a doctor today" (within_24h). Re-ask findings are ordinary yes/no findings
 * (src/knowledge/findings/danger-signs.ts).
 *
 * Re-ask wording follows what a caller can check at home, as in the NHS 111 Pathways / NICE NG143 traffic-light
 * descriptions (2019, updated 2021) and the FAST test (NICE NG128, 2019, updated 2022).
 */
export interface Reask {
  /** The simpler question's finding id. */
  finding: string;
  /** The answer to it that rules the danger sign out; the other answer confirms the danger sign. */
  reassuringAnswer: 'yes' | 'no';
}

export const REASK: Readonly<Record<string, Reask>> = {
  // Consciousness
  confusion: { finding: 'answers_normally', reassuringAnswer: 'yes' },
  unresponsive: { finding: 'responds_to_voice', reassuringAnswer: 'yes' },
  lethargy: { finding: 'stays_awake_when_woken', reassuringAnswer: 'yes' },
  seizure: { finding: 'jerking_while_unresponsive', reassuringAnswer: 'no' },
  // Breathing
  breathlessness: { finding: 'can_speak_full_sentences', reassuringAnswer: 'yes' },
  severe_breathlessness: { finding: 'can_speak_full_sentences', reassuringAnswer: 'yes' },
  blue_lips: { finding: 'lips_usual_colour', reassuringAnswer: 'yes' },
  // Airway
  stridor: { finding: 'noisy_breathing_in_at_rest', reassuringAnswer: 'no' },
  drooling: { finding: 'can_swallow_saliva', reassuringAnswer: 'yes' },
  throat_tightness: { finding: 'can_swallow_saliva', reassuringAnswer: 'yes' },
  // Stroke (FAST)
  face_droop: { finding: 'can_smile_evenly', reassuringAnswer: 'yes' },
  arm_weakness: { finding: 'can_raise_both_arms', reassuringAnswer: 'yes' },
  speech_difficulty: { finding: 'can_repeat_phrase', reassuringAnswer: 'yes' },
  // Meningitis / sepsis / dehydration
  neck_stiffness: { finding: 'chin_to_chest', reassuringAnswer: 'yes' },
  non_blanching_rash: { finding: 'new_purple_spots', reassuringAnswer: 'no' },
  mottled_skin: { finding: 'colour_returns_quickly', reassuringAnswer: 'yes' },
  little_urine: { finding: 'passed_urine_12h', reassuringAnswer: 'yes' },
};

/**
 * Danger-sign questions that presuppose something: "is the reliever inhaler not helping?" means nothing to someone
 * who has none. A "don't know" to them is doubt only when the patient has said they have what the question assumes.
 */
export const PRESUPPOSES: Readonly<Record<string, readonly string[]>> = {
  reliever_not_helping: ['asthma_history', 'copd_history'],
  reliever_every_4_hours: ['asthma_history', 'copd_history'],
};

/**
 * Airway and consciousness findings a patient answering for themselves shows by answering: someone who responds
 * normally has a patent airway and brain perfusion (RCUK ABCDE approach 2021), so their own "don't know" about these
 * is doubt like any other sign's, not the life-threatening kind a bystander's is. Breathing is not among them (typing
 * is not talking in full sentences), nor are seizures (a patient does not see their own).
 */
export const SHOWN_BY_ANSWERING: ReadonlySet<string> = new Set([
  // Airway
  'stridor',
  'drooling',
  'throat_tightness',
  'lip_tongue_swelling',
  'noisy_breathing_in_at_rest',
  'can_swallow_saliva',
  // Consciousness
  'unresponsive',
  'confusion',
  'lethargy',
  'answers_normally',
  'responds_to_voice',
  'stays_awake_when_woken',
]);

/**
 * Airway, breathing and consciousness findings: only unresolved doubt on these escalates to an ambulance (the rules
 * that use them are the immediately life-threatening ones: Resuscitation Council UK ABCDE approach 2021).
 */
export const ABC_FINDINGS: ReadonlySet<string> = new Set([
  // Airway
  'stridor',
  'drooling',
  'throat_tightness',
  'lip_tongue_swelling',
  'noisy_breathing_in_at_rest',
  'can_swallow_saliva',
  // Breathing
  'severe_breathlessness',
  'blue_lips',
  'apnoea',
  'grunting',
  'chest_recession',
  'slow_breathing',
  'reliever_not_helping',
  'can_speak_full_sentences',
  'lips_usual_colour',
  // Consciousness
  'unresponsive',
  'confusion',
  'lethargy',
  'seizure',
  'answers_normally',
  'responds_to_voice',
  'stays_awake_when_woken',
  'jerking_while_unresponsive',
]);
