import type { ConclusionView } from '../schemas.js';
import { cdValue, type Coding, coded, paragraphs, section } from './datatypes.js';
import { CODE_SYSTEM, LOCAL_CODES } from './oids.js';
import { el } from './xml.js';

/*
 * The consultation type by Federal Law 323-FZ art. 36.2 part 3 and Ministry of Health order 193n (2025): a
 * remote first contact may not establish a diagnosis (it is preliminary until an in-person examination and an
 * in-person visit is recommended); a remote follow-up corrects the treatment of a diagnosis established in
 * person. The document states the type in its own section and qualifies each diagnosis as preliminary or
 * established. No national (FNSI) dictionary codes these values yet, so they use our local code systems.
 */

const TYPE_NAMES: Record<ConclusionView['consultationType'], string> = {
  first_contact: 'Первичная дистанционная консультация (очного диагноза по данному обращению нет)',
  follow_up: 'Повторная дистанционная консультация по диагнозу, установленному при очном приёме',
  in_person: 'Очный приём',
};

const URGENCY: Record<NonNullable<ConclusionView['inPersonVisit']>['urgency'], string> = {
  emergency: 'экстренно',
  urgent: 'в течение 24–48 часов',
  planned: 'планово',
};

const statusName: Coding = {
  code: 'diagnosis-status',
  codeSystem: LOCAL_CODES.diagnosisStatus,
  displayName: 'Статус диагноза',
};

/** The qualifier a diagnosis of this conclusion carries: preliminary on a first remote contact. */
export function diagnosisStatus(
  c: ConclusionView,
  kind: 'main' | 'secondary' | 'established',
): [Coding, Coding] {
  // A secondary diagnosis noted remotely stays preliminary; only an in-person diagnosis is established.
  const preliminary =
    kind !== 'established' &&
    (c.diagnosisPreliminary || (kind === 'secondary' && c.consultationType !== 'in_person'));
  return [
    statusName,
    preliminary
      ? { code: 'preliminary', codeSystem: LOCAL_CODES.diagnosisStatus, displayName: 'Предварительный' }
      : { code: 'established', codeSystem: LOCAL_CODES.diagnosisStatus, displayName: 'Установленный' },
  ];
}

/** Where the established diagnosis of a follow-up comes from, in words. */
export function establishedSource(c: ConclusionView) {
  const e = c.establishedDiagnosis;
  if (!e) return null;
  const s = e.source;
  return s.kind === 'card'
    ? `очный приём ${s.date}, врач ${s.doctor.ru}${s.organisation ? `, ${s.organisation.ru}` : ''}`
    : `${s.document} от ${s.date}, ${s.organisation}, врач ${s.doctor}`;
}

/** The in-person visit a first contact recommends, in words. */
export function inPersonVisitText(c: ConclusionView) {
  const v = c.inPersonVisit;
  if (!v) return null;
  const when =
    v.urgency === 'planned' && v.withinDays ? `планово, в течение ${v.withinDays} дн.` : URGENCY[v.urgency];
  const who = c.inPersonVisitSpecialtyName?.ru ?? v.specialtyCode;
  return `Рекомендован очный приём: ${who}, ${when}${v.note ? `. ${v.note}` : ''}`;
}

const PRIORITY = { emergency: 'EM', urgent: 'UR', planned: 'R' } as const;

/** The recommended in-person visit as a proposed encounter of the plan. */
export function inPersonVisitEntry(c: ConclusionView) {
  const v = c.inPersonVisit;
  const text = inPersonVisitText(c);
  if (!v || !text) return null;
  return el(
    'encounter',
    { classCode: 'ENC', moodCode: 'PRP' },
    coded('code', { code: 'AMB', codeSystem: CODE_SYSTEM.hl7ActCode, displayName: 'ambulatory' }),
    el('text', {}, text),
    coded('priorityCode', { code: PRIORITY[v.urgency], codeSystem: CODE_SYSTEM.hl7ActPriority }),
  );
}

/** The section stating the consultation type (order 193n). */
export function consultationTypeSection(c: ConclusionView) {
  const source = establishedSource(c);
  const lines = [
    TYPE_NAMES[c.consultationType],
    c.diagnosisPreliminary
      ? 'Диагноз предварительный до очного осмотра (приказ Минздрава России № 193н).'
      : '',
    source ? `Основание: ${source}.` : '',
    inPersonVisitText(c) ?? '',
  ].join('\n');
  return section({
    title: 'Вид консультации (приказ 193н)',
    text: paragraphs(lines, ''),
    entries: [
      el(
        'observation',
        { classCode: 'OBS', moodCode: 'EVN' },
        coded('code', {
          code: 'consultation-type',
          codeSystem: LOCAL_CODES.consultationType,
          displayName: 'Вид консультации',
        }),
        el('statusCode', { code: 'completed' }),
        cdValue({
          code: c.consultationType,
          codeSystem: LOCAL_CODES.consultationType,
          displayName: TYPE_NAMES[c.consultationType],
        }),
      ),
    ],
  });
}
