import type { LocalizedText } from '../../../db/schema/common.js';
import type { AlertCandidate, RuleReading } from './types.js';

/** Resting tachycardia: > 100 beats per minute (ESC 2019 Guidelines for supraventricular tachycardia). */
export const PULSE_HIGH = 100;
/** Bradycardia: < 50 beats per minute (ACC/AHA/HRS 2018 bradycardia guideline; ESC 2021 pacing guideline). */
export const PULSE_LOW = 50;

/** Too fast and too slow raise the same medium alert on the one reading; only the bound and the advice differ. */
function pulseAlert(
  kind: 'pulse_high' | 'pulse_low',
  readingId: string,
  pulse: number,
  rule: { threshold: number; source: string; advice: LocalizedText },
): AlertCandidate {
  return {
    kind,
    severity: 'medium',
    dedupeKey: `${kind}:${readingId}`,
    readingId,
    details: { values: { pulse }, threshold: { pulse: rule.threshold }, source: rule.source },
    advice: rule.advice,
  };
}

export function pulseHighRule(reading: RuleReading): AlertCandidate | null {
  if (reading.pulse === null || reading.pulse <= PULSE_HIGH) return null;
  return pulseAlert('pulse_high', reading.id, reading.pulse, {
    threshold: PULSE_HIGH,
    source: 'ESC 2019 SVT guideline (tachycardia > 100/min)',
    advice: {
      ru: 'Пульс частый. Посидите спокойно 5 минут и измерьте снова. Если сердцебиение сопровождается болью в груди, одышкой или обмороком — звоните 103 или 112.',
      en: 'Your pulse is fast. Sit quietly for 5 minutes and measure again. If palpitations come with chest pain, breathlessness or fainting, call 103 or 112.',
    },
  });
}

export function pulseLowRule(reading: RuleReading): AlertCandidate | null {
  if (reading.pulse === null || reading.pulse >= PULSE_LOW) return null;
  return pulseAlert('pulse_low', reading.id, reading.pulse, {
    threshold: PULSE_LOW,
    source: 'ACC/AHA/HRS 2018 bradycardia guideline; ESC 2021 pacing guideline (bradycardia < 50/min)',
    advice: {
      ru: 'Пульс редкий. Если вы принимаете препараты, замедляющие пульс, не меняйте дозу сами — ассистент свяжется с вами. При головокружении или обмороке звоните 103 или 112.',
      en: 'Your pulse is slow. If you take medicines that slow the heart, do not change the dose yourself — your assistant will contact you. If you feel faint or pass out, call 103 or 112.',
    },
  });
}
