import type { ConclusionView } from '../schemas.js';
import {
  consultationTypeSection,
  diagnosisStatus,
  establishedSource,
  inPersonVisitEntry,
  inPersonVisitText,
} from './consultation.js';
import { cdValue, type Coding, coded, ii, paragraphs, section } from './datatypes.js';
import { CODE_SYSTEM, ID, LOCAL_CODES } from './oids.js';
import { el } from './xml.js';

const NONE = 'Нет';
const loinc = (code: string, displayName: string): Coding => ({
  code,
  codeSystem: CODE_SYSTEM.loinc,
  codeSystemName: 'LOINC',
  displayName,
});
const entryId = (c: ConclusionView, kind: string, n: number) => ii(ID.entry, `${c.id}/${kind}/${n}`);

/** An ICD-10 code in the Russian NSI edition (МКБ-10), translated into WHO's ICD-10 with the English name. */
function icd10(d: { code: string; name: { ru: string; en: string } }) {
  return {
    code: { code: d.code, codeSystem: CODE_SYSTEM.icd10Ru, codeSystemName: 'МКБ-10', displayName: d.name.ru },
    translation: {
      code: d.code,
      codeSystem: CODE_SYSTEM.icd10Who,
      codeSystemName: 'ICD-10',
      displayName: d.name.en,
    },
  };
}

type Diagnosis = { code: string; name: { ru: string; en: string } };
type DiagnosisKind = 'main' | 'secondary' | 'established';

const KIND_LABEL = {
  main: 'Основной',
  secondary: 'Сопутствующий',
  established: 'Установлен при очном приёме',
};

/** One diagnosis in words: the narrative line and the entry's text say the same. */
function diagnosisText(c: ConclusionView, d: Diagnosis, kind: DiagnosisKind) {
  if (kind === 'established') {
    return `${KIND_LABEL[kind]}: ${d.code} — ${d.name.ru}; ${establishedSource(c) ?? ''}`;
  }
  const status = diagnosisStatus(c, kind)[1].displayName!.toLowerCase();
  return `${KIND_LABEL[kind]} (${status}): ${d.code} — ${d.name.ru}`;
}

function diagnosisEntry(c: ConclusionView, d: Diagnosis, n: number, kind: DiagnosisKind) {
  const { code, translation } = icd10(d);
  return el(
    'observation',
    { classCode: 'OBS', moodCode: 'EVN' },
    entryId(c, 'diagnosis', n),
    coded('code', loinc('29308-4', 'Diagnosis')),
    el('text', {}, diagnosisText(c, d, kind)),
    el('statusCode', { code: 'completed' }),
    cdValue(code, { qualifiers: [diagnosisStatus(c, kind)], translations: [translation] }),
  );
}

function diagnosisSection(c: ConclusionView) {
  const all: [Diagnosis, DiagnosisKind][] = [
    ...(c.diagnosis ? [[c.diagnosis, 'main'] as [Diagnosis, DiagnosisKind]] : []),
    ...c.secondaryDiagnoses.map((d): [Diagnosis, DiagnosisKind] => [d, 'secondary']),
    // A follow-up names the in-person diagnosis it continues when the main one is a more specific code.
    ...(c.establishedDiagnosis && c.establishedDiagnosis.code !== c.diagnosis?.code
      ? [[c.establishedDiagnosis, 'established'] as [Diagnosis, DiagnosisKind]]
      : []),
  ];
  return section({
    code: loinc('29548-5', 'Diagnosis Narrative'),
    title: c.diagnosisPreliminary ? 'Диагноз (предварительный)' : 'Диагноз',
    text: all.length
      ? el(
          'list',
          {},
          all.map(([d, kind]) => el('item', {}, diagnosisText(c, d, kind))),
        )
      : el('paragraph', {}, NONE),
    entries: all.map(([d, kind], i) => diagnosisEntry(c, d, i + 1, kind)),
  });
}

function prescriptionSection(c: ConclusionView) {
  const line = (p: ConclusionView['prescriptions'][number]) =>
    [p.drug, p.dose, p.frequency, p.duration].filter(Boolean).join(', ') + (p.note ? `. ${p.note}` : '');
  return section({
    code: loinc('10160-0', 'History of Medication use Narrative'),
    title: 'Назначения лекарственных препаратов',
    text: c.prescriptions.length
      ? el(
          'table',
          {},
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ['Препарат', 'Доза', 'Кратность', 'Длительность', 'Примечание'].map((h) => el('th', {}, h)),
            ),
          ),
          el(
            'tbody',
            {},
            c.prescriptions.map((p) =>
              el(
                'tr',
                {},
                [p.drug, p.dose, p.frequency, p.duration, p.note ?? ''].map((v) => el('td', {}, v)),
              ),
            ),
          ),
        )
      : el('paragraph', {}, NONE),
    entries: c.prescriptions.map((p, i) =>
      el(
        'substanceAdministration',
        { classCode: 'SBADM', moodCode: 'INT' },
        entryId(c, 'prescription', i + 1),
        el('text', {}, line(p)),
        el('statusCode', { code: 'active' }),
        el(
          'consumable',
          {},
          el('manufacturedProduct', {}, el('manufacturedLabeledDrug', {}, el('name', {}, p.drug))),
        ),
      ),
    ),
  });
}

function labSection(c: ConclusionView) {
  const name = (t: ConclusionView['labTests'][number]) =>
    `${t.name.ru}${t.loinc ? ` (LOINC ${t.loinc})` : ''}`;
  return section({
    title: 'Назначенные лабораторные исследования',
    text: c.labTests.length
      ? el(
          'list',
          {},
          c.labTests.map((t) => el('item', {}, name(t))),
        )
      : el('paragraph', {}, NONE),
    entries: c.labTests.map((t, i) =>
      el(
        'observation',
        { classCode: 'OBS', moodCode: 'RQO' },
        entryId(c, 'lab-order', i + 1),
        t.loinc
          ? coded('code', loinc(t.loinc, t.name.en), [
              { code: t.code, codeSystem: LOCAL_CODES.labTest, displayName: t.name.ru },
            ])
          : coded('code', { code: t.code, codeSystem: LOCAL_CODES.labTest, displayName: t.name.ru }),
        el('text', {}, name(t)),
        el('statusCode', { code: 'active' }),
      ),
    ),
  });
}

function followUpText(c: ConclusionView) {
  const f = c.followUp;
  if (f.kind === 'suggest') {
    const who = c.followUpSpecialtyName?.ru ?? f.specialtyCode;
    return `Повторная консультация: ${who}, через ${f.inDays} дн.${f.note ? ` ${f.note}` : ''}`;
  }
  return f.kind === 'booked' ? 'Повторная консультация записана.' : 'Повторная консультация не требуется.';
}

/** The structured body: one section per part of the conclusion, each with its narrative and coded entries. */
export function body(c: ConclusionView) {
  const visit = inPersonVisitEntry(c);
  return el(
    'component',
    {},
    el(
      'structuredBody',
      {},
      consultationTypeSection(c),
      section({
        code: loinc('10154-3', 'Chief complaint Narrative - Reported'),
        title: 'Жалобы',
        text: paragraphs(c.complaints, NONE),
      }),
      section({
        code: loinc('29545-1', 'Physical findings Narrative'),
        title: 'Объективные данные',
        text: paragraphs(c.findings, NONE),
      }),
      diagnosisSection(c),
      section({
        code: loinc('18776-5', 'Plan of care note'),
        title: 'Рекомендации',
        text: [
          (!visit || c.recommendations.trim() !== '') && paragraphs(c.recommendations, NONE),
          visit && el('paragraph', {}, inPersonVisitText(c)),
        ],
        entries: visit ? [visit] : [],
      }),
      prescriptionSection(c),
      labSection(c),
      section({ title: 'Повторная консультация', text: el('paragraph', {}, followUpText(c)) }),
      c.version > 1 &&
        section({
          title: 'Сведения об исправлении',
          text: el(
            'paragraph',
            {},
            `Версия ${c.version}. Причина исправления: ${c.correctionReason ?? NONE}`,
          ),
        }),
    ),
  );
}
