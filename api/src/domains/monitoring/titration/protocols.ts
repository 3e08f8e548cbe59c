import type { LocalizedText } from '../../../db/schema/common.js';

/**
 * Standard step-up antihypertensive protocols, as data. Sources:
 * - 2023 ESH Guidelines for the management of arterial hypertension (J Hypertens 2023;41:1874), §9 drug
 *   treatment: start with a two-drug single-pill combination (ACEi/ARB + CCB or thiazide-like diuretic) at low
 *   dose, then full dose, then the triple combination, then spironolactone for resistant hypertension;
 *   ESC 2024 Guidelines for elevated BP and hypertension, §8.
 * - Клинические рекомендации «Артериальная гипертензия у взрослых», МЗ РФ 2024, раздел 3.1 (медикаментозная
 *   терапия, алгоритм пошаговой терапии; контроль калия и креатинина).
 * Review intervals of 2–4 weeks between steps: ESH 2023 §9.5 and МЗ РФ 2024 (достижение цели за 3 месяца).
 * Lab checks: potassium and creatinine 1–2 weeks after starting or raising an ACEi/ARB, a diuretic or
 * spironolactone (ESH 2023 §9.4; МЗ РФ 2024, раздел 3.1).
 */
export interface ProtocolStep {
  step: number;
  drugClass: LocalizedText;
  /** Example drug and dose, for the prescription text the patient sees. */
  example: LocalizedText;
  /** Days on this step before the average is judged. */
  intervalDays: number;
  contraindications: LocalizedText;
  /** Lab catalogue codes (domains/catalogue/lab-tests.ts) to check after starting this step. */
  labTestCodes: string[];
  /** Days after the step starts when the lab check is due. */
  labCheckDays: number | null;
}

export interface TitrationProtocol {
  code: string;
  name: LocalizedText;
  source: string;
  steps: ProtocolStep[];
}

const KIDNEY_CHECK = ['potassium', 'creatinine'];
const ACE_ARB_CONTRA: LocalizedText = {
  ru: 'Беременность, ангионевротический отёк в анамнезе, двусторонний стеноз почечных артерий, гиперкалиемия > 5,5 ммоль/л.',
  en: 'Pregnancy, history of angioedema, bilateral renal artery stenosis, potassium > 5.5 mmol/L.',
};

/** The last step of both protocols: resistant hypertension. */
const SPIRONOLACTONE_STEP: ProtocolStep = {
  step: 4,
  drugClass: {
    ru: 'Тройная комбинация + спиронолактон (резистентная АГ)',
    en: 'Triple combination + spironolactone (resistant hypertension)',
  },
  example: {
    ru: 'Тройная комбинация + спиронолактон 25 мг 1 раз в день',
    en: 'Triple combination + spironolactone 25 mg once daily',
  },
  intervalDays: 28,
  contraindications: {
    // ESH 2023 §14 (resistant hypertension): spironolactone if eGFR > 45 and potassium < 4.5 mmol/L.
    ru: 'Калий ≥ 4,5 ммоль/л, СКФ < 45 мл/мин/1,73 м², беременность.',
    en: 'Potassium ≥ 4.5 mmol/L, eGFR < 45 mL/min/1.73 m², pregnancy.',
  },
  labTestCodes: KIDNEY_CHECK,
  labCheckDays: 7,
};

export const protocols: readonly TitrationProtocol[] = [
  {
    code: 'acei-ccb-thiazide',
    name: {
      ru: 'иАПФ/БРА + АК → + тиазидоподобный диуретик → + спиронолактон',
      en: 'ACEi/ARB + CCB → + thiazide-like diuretic → + spironolactone',
    },
    source: 'ESH 2023 §9; ESC 2024 §8; КР МЗ РФ «Артериальная гипертензия у взрослых» 2024',
    steps: [
      {
        step: 1,
        drugClass: { ru: 'иАПФ + АК, низкие дозы (одна таблетка)', en: 'ACEi + CCB, low dose (single pill)' },
        example: {
          ru: 'Периндоприл 5 мг + амлодипин 5 мг, 1 раз в день утром',
          en: 'Perindopril 5 mg + amlodipine 5 mg once daily in the morning',
        },
        intervalDays: 14,
        contraindications: ACE_ARB_CONTRA,
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      {
        step: 2,
        drugClass: { ru: 'иАПФ + АК, полные дозы', en: 'ACEi + CCB, full dose' },
        example: {
          ru: 'Периндоприл 10 мг + амлодипин 10 мг, 1 раз в день утром',
          en: 'Perindopril 10 mg + amlodipine 10 mg once daily in the morning',
        },
        intervalDays: 28,
        contraindications: ACE_ARB_CONTRA,
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      {
        step: 3,
        drugClass: {
          ru: 'иАПФ + АК + тиазидоподобный диуретик',
          en: 'ACEi + CCB + thiazide-like diuretic',
        },
        example: {
          ru: 'Периндоприл 10 мг + амлодипин 10 мг + индапамид 2,5 мг, 1 раз в день утром',
          en: 'Perindopril 10 mg + amlodipine 10 mg + indapamide 2.5 mg once daily in the morning',
        },
        intervalDays: 28,
        contraindications: {
          ru: `${ACE_ARB_CONTRA.ru} Подагра, гипонатриемия, гипокалиемия.`,
          en: `${ACE_ARB_CONTRA.en} Gout, hyponatraemia, hypokalaemia.`,
        },
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      SPIRONOLACTONE_STEP,
    ],
  },
  {
    code: 'arb-thiazide-ccb',
    name: {
      ru: 'БРА + тиазидоподобный диуретик → + АК → + спиронолактон',
      en: 'ARB + thiazide-like diuretic → + CCB → + spironolactone',
    },
    source: 'ESH 2023 §9; ESC 2024 §8; КР МЗ РФ «Артериальная гипертензия у взрослых» 2024',
    steps: [
      {
        step: 1,
        drugClass: {
          ru: 'БРА + тиазидоподобный диуретик, низкие дозы (одна таблетка)',
          en: 'ARB + thiazide-like diuretic, low dose (single pill)',
        },
        example: {
          ru: 'Лозартан 50 мг + индапамид 1,5 мг, 1 раз в день утром',
          en: 'Losartan 50 mg + indapamide 1.5 mg once daily in the morning',
        },
        intervalDays: 14,
        contraindications: ACE_ARB_CONTRA,
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      {
        step: 2,
        drugClass: {
          ru: 'БРА + тиазидоподобный диуретик, полные дозы',
          en: 'ARB + thiazide-like diuretic, full dose',
        },
        example: {
          ru: 'Лозартан 100 мг + индапамид 2,5 мг, 1 раз в день утром',
          en: 'Losartan 100 mg + indapamide 2.5 mg once daily in the morning',
        },
        intervalDays: 28,
        contraindications: ACE_ARB_CONTRA,
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      {
        step: 3,
        drugClass: { ru: 'БРА + диуретик + АК', en: 'ARB + diuretic + CCB' },
        example: {
          ru: 'Лозартан 100 мг + индапамид 2,5 мг + амлодипин 5–10 мг, 1 раз в день',
          en: 'Losartan 100 mg + indapamide 2.5 mg + amlodipine 5–10 mg once daily',
        },
        intervalDays: 28,
        contraindications: ACE_ARB_CONTRA,
        labTestCodes: KIDNEY_CHECK,
        labCheckDays: 14,
      },
      SPIRONOLACTONE_STEP,
    ],
  },
];

export const findProtocol = (code: string) => protocols.find((p) => p.code === code);
export const findStep = (code: string, step: number) =>
  findProtocol(code)?.steps.find((s) => s.step === step);
