/**
 * Clinical terms in both languages, as regular-expression sources over lower-cased text: what a patient copies from
 * a discharge letter or a relative who is a nurse writes ("dyspnoea", "дизурия"). `W` = rest of the word. Each term
 * maps to the everyday finding it names.
 */
const W = '\\p{L}*';

export const CLINICAL_LEXICON: Record<string, readonly string[]> = {
  breathlessness: [`dyspn${W}`, `диспноэ`],
  fast_breathing: [`tachypn${W}`, `тахипноэ`],
  sweating: [`diaphores${W}`, `diaphoretic`, `гипергидроз${W}`],
  pleuritic_pain: [`pleuritic`, `плевральн${W} бол${W}`],
  painful_urination: [`dysuri${W}`, `дизури${W}`],
  frequent_urination: [`urinary frequency`, `polyuri${W}`, `поллакиури${W}`, `полиури${W}`],
  thirst: [`polydipsi${W}`, `полидипси${W}`],
  little_urine: [`oliguri${W}`, `anuri${W}`, `олигури${W}`, `анури${W}`],
  blood_in_urine: [`ha?ematuri${W}`, `гематури${W}`],
  vomiting_blood: [`ha?ematemes${W}`, `гематемезис`],
  black_stool: [`mela?ena`, `мелен${W}`],
  bloody_stool: [`ha?ematochezi${W}`, `rectal bleed${W}`, `гематохези${W}`],
  coughing_blood: [`ha?emoptys${W}`, `кровохаркань${W}`],
  nosebleed: [`epistaxis`, `эпистаксис`],
  fainting: [`(?<!pre-?)syncop${W}`, `(?<!пре)синкоп${W}`],
  near_fainting: [`pre-?syncop${W}`, `пресинкоп${W}`],
  fever: [`pyrexi${W}`, `febrile`, `лихорад${W}`, `гипертерми${W}`, `фебрильн${W}`],
  chills: [`rigou?rs`],
  vomiting: [`emesis`],
  painful_swallowing: [`odynophagi${W}`, `одинофаги${W}`],
  swallowing_difficulty: [`dysphagi${W}`, `дисфаги${W}`],
  runny_nose: [`rhinorr?h?o?ea`, `ринор${W}`],
  body_aches: [`myalgi${W}`, `миалги${W}`],
  joint_pain: [`arthralgi${W}`, `артралги${W}`],
  // "Anorexia nervosa" is an eating disorder, not a lost appetite.
  loss_of_appetite: [`anorexia(?! nervosa)`, `анорекси${W}(?! нервн)`],
  numbness_tingling: [`pa?ra?esthesi${W}`, `парестези${W}`],
  arm_weakness: [`hemiparesis`, `hemiplegi${W}`, `гемипарез${W}`, `гемиплеги${W}`],
  speech_difficulty: [`aphasi${W}`, `dysarthri${W}`, `афази${W}`, `дизартри${W}`],
  itching_all_over: [`pruritus`, `генерализованн${W} зуд`],
  leg_swelling_both: [`(?:leg|ankle|pedal|peripheral) o?edema`, `o?edema of (?:the |both )?(?:legs|ankles)`],
  swollen_lymph_nodes: [`lymphadenopath${W}`, `лимфаденопати${W}`, `лимфаденит${W}`],
  lip_tongue_swelling: [`angio-?o?edema`, `ангиоотек${W}`, `отек квинке`],
  confusion: [`altered mental status`, `delirium`, `делири${W}`],
  neck_stiffness: [`meningism${W}`, `менингеальн${W} (?:знак|симптом)${W}`, `ригидност${W} затылочн${W}`],
  non_blanching_rash: [`purpur${W}`, `петехи${W}`],
  jaundice: [`icter${W}`, `иктери${W}`, `желтушност${W}`],
  painful_periods: [`dysmenorrh?o?ea`, `дисменоре${W}`, `альгоменоре${W}`],
  heavy_periods: [`menorrh?agi${W}`, `менорраги${W}`, `гиперполименоре${W}`],
  missed_period: [`amenorrh?o?ea`, `аменоре${W}`],
  pain_during_sex: [`dyspareuni${W}`, `диспареуни${W}`],
  headache: [`cephalgi${W}`, `цефалги${W}`],
  vertigo: [`вертиго`],
  limb_deformity: [`deformit${W}`, `деформац${W}`],
};
