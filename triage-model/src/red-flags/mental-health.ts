import { CRISIS_LINES } from '../knowledge/crisis-lines.js';
import { anyYes, type RedFlagRule } from './types.js';

const MOOD = ['low_mood', 'anhedonia', 'worry', 'panic_attacks'];

// Suicidal thoughts need same-day assessment, a plan or intent needs emergency help now; everyone who has self-harmed
// should be assessed the same day: NICE NG225 Self-harm (2022); WHO mhGAP Intervention Guide 2.0 (2016).

export const mentalHealthRules: RedFlagRule[] = [
  {
    // Suicidal thoughts with a plan or intent: NICE NG225 Self-harm (2022); WHO mhGAP 2.0 (2016).
    id: 'suicide_plan',
    urgency: 'ambulance',
    name: {
      ru: 'Мысли о самоубийстве с планом или намерением',
      en: 'Suicidal thoughts with a plan or intent',
    },
    advice: CRISIS_LINES,
    specialist: 'psychiatrist',
    relevant: (ctx) => ctx.yes('suicidal_thoughts'),
    questions: () => ['suicide_plan', 'suicide_intent'],
    fires: (ctx) => ctx.yes('suicidal_thoughts') && anyYes(ctx, ['suicide_plan', 'suicide_intent']),
  },
  {
    // Thoughts of suicide or self-harm: same-day assessment, NICE NG225 Self-harm (2022).
    id: 'suicidal_thoughts',
    urgency: 'emergency_department',
    name: { ru: 'Мысли о самоубийстве или самоповреждении', en: 'Thoughts of suicide or self-harm' },
    advice: CRISIS_LINES,
    specialist: 'psychiatrist',
    relevant: (ctx) => ctx.ageMonths >= 96 && anyYes(ctx, MOOD),
    questions: () => ['suicidal_thoughts', 'self_harm_thoughts'],
    fires: (ctx) => anyYes(ctx, ['suicidal_thoughts', 'self_harm_thoughts']),
  },
  {
    // Recent self-harm: same-day psychosocial assessment and wound care: NICE NG225 Self-harm (2022).
    id: 'recent_self_harm',
    urgency: 'emergency_department',
    name: { ru: 'Недавнее самоповреждение', en: 'Recent self-harm' },
    advice: CRISIS_LINES,
    specialist: 'psychiatrist',
    relevant: (ctx) =>
      ctx.ageMonths >= 96 && anyYes(ctx, ['suicidal_thoughts', 'self_harm_thoughts', 'low_mood']),
    questions: () => ['self_harm_recent'],
    fires: (ctx) => ctx.yes('self_harm_recent'),
  },
  {
    // Any intentional overdose, whatever the amount, needs emergency medical assessment: many poisons (paracetamol)
    // cause no symptoms until it is too late to treat. NICE NG225 Self-harm (2022); TOXBASE / NPIS 2023.
    id: 'intentional_overdose',
    urgency: 'ambulance',
    name: {
      ru: 'Намеренная передозировка лекарств или вещества',
      en: 'Intentional overdose of medicines or another substance',
    },
    advice: {
      ru: `Вызовите скорую (103/112), даже если самочувствие хорошее; возьмите упаковки от лекарств. ${CRISIS_LINES.ru}`,
      en: `Call an ambulance (103/112) even if they feel well; keep the medicine packets. ${CRISIS_LINES.en}`,
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      ctx.ageMonths >= 96 && anyYes(ctx, ['suicidal_thoughts', 'took_overdose', 'self_harm_recent']),
    questions: () => ['overdose_intentional'],
    fires: (ctx) => ctx.yes('overdose_intentional'),
  },
  {
    // After a sexual assault, HIV post-exposure prophylaxis works within 72 hours, emergency contraception within
    // 5 days, and forensic evidence is best taken within 7: BHIVA/BASHH UK guideline for PEP following sexual
    // exposure (2021); FSRH Emergency contraception (2017, amended 2023); NHS Help after rape and sexual assault (2023).
    id: 'recent_sexual_assault',
    urgency: 'emergency_department',
    name: {
      ru: 'Сексуальное насилие в последние дни',
      en: 'Sexual assault in the past few days',
    },
    advice: {
      ru: 'Это не ваша вина. Сегодня же обратитесь в приёмное отделение или к гинекологу (урологу): профилактика ВИЧ работает в первые 72 часа, экстренная контрацепция — до 5 дней. По возможности не мойтесь и сохраните одежду. Если вы в опасности — 112.',
      en: 'It is not your fault. Go to an emergency department or a sexual assault service today: HIV prevention works within 72 hours and emergency contraception within 5 days. If you can, do not wash and keep your clothes. If you are in danger, call 112.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('sexual_assault'),
  },
  {
    // A likely HIV exposure (unprotected sex with someone with HIV, a used needle): post-exposure prophylaxis as soon
    // as possible, ideally within 24 hours and no later than 72: BHIVA/BASHH UK guideline for PEP following sexual
    // exposure (2021); UKHSA Needlestick and sharps injuries guidance (2023).
    id: 'hiv_exposure',
    urgency: 'within_24h',
    name: {
      ru: 'Возможное заражение ВИЧ: нужна экстренная профилактика',
      en: 'Possible HIV exposure: post-exposure prevention needed',
    },
    advice: {
      ru: 'Сегодня же обратитесь в центр СПИД, к инфекционисту или в приёмное отделение: профилактика (ПКП) действует, только если начать её в первые 72 часа, лучше — в первые сутки.',
      en: 'Today, go to a sexual health clinic, an infectious-disease doctor or the emergency department: prevention (PEP) only works if started within 72 hours, best within 24.',
    },
    specialist: 'therapist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('hiv_exposure'),
  },
  {
    // New hallucinations or strange beliefs: urgent (same-day) assessment by mental-health crisis services:
    // NICE CG178 Psychosis and schizophrenia in adults (2014); NICE CG155 in children and young people (2013, updated 2016).
    id: 'new_psychosis',
    urgency: 'within_24h',
    name: {
      ru: 'Странные убеждения или галлюцинации (слышит или видит то, чего нет)',
      en: 'Strange beliefs or hallucinations (hearing or seeing things others do not)',
    },
    advice: {
      ru: 'Сегодня же обратитесь к психиатру (психоневрологический диспансер, неотложная психиатрическая помощь). Если есть угроза себе или другим — 112.',
      en: 'See a psychiatrist or crisis mental-health team today. If there is a risk to themselves or others, call 112.',
    },
    specialist: 'psychiatrist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, ['hearing_voices', 'paranoid_beliefs']),
  },
];
