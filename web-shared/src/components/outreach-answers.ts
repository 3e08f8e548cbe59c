import { messages, type Locale } from '../i18n/index.js';
import type { OutreachQuestion } from '../types.js';

/** The questionnaire answers a patient reported, as one line in the reader's language. */
export function reportedAnswers(reported: readonly OutreachQuestion[], locale: Locale): string {
  const t = messages(locale).outreach;
  return reported.length ? reported.map((q) => t.questions[q]).join(', ') : t.nothingReported;
}
