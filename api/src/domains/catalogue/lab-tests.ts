/**
 * Orderable lab tests. Reference intervals are adult intervals as printed by Russian commercial labs
 * (Invitro and Helix 2024 catalogues), which follow Tietz Textbook of Laboratory Medicine, 7th ed. (2022);
 * where a guideline defines the cut-off it is named at the analyte. Values in SI units as Russian labs
 * report them. `typical` is what the demo lab draws values around: a healthy adult population.
 */
export interface ReferenceRange {
  low?: number;
  high?: number;
  sex?: 'female' | 'male';
  minAgeYears?: number;
  maxAgeYears?: number;
}
export interface LabAnalyte {
  loinc: string;
  name: { ru: string; en: string };
  unit: string;
  decimals: number;
  /** Checked in order; the first range matching the patient's sex and age applies. */
  reference: ReferenceRange[];
  /** Plausible values for the demo lab: mean and sd of a healthy population. */
  typical: { mean: number; sd: number };
  /** A qualitative finding (swab, culture, occult blood): reported as 1 = detected, 0 = not detected. */
  presence?: true;
}
export interface LabTest {
  code: string;
  loinc: string;
  name: { ru: string; en: string };
  specimen: { ru: string; en: string };
  turnaroundDays: number;
  analytes: LabAnalyte[];
  /** Only for patients of this sex (PSA for men, hCG for women); the api refuses it for the other. */
  sex?: 'female' | 'male';
}

const serum = { ru: 'Венозная кровь (сыворотка)', en: 'Venous blood (serum)' };
const edtaBlood = { ru: 'Венозная кровь (ЭДТА)', en: 'Venous blood (EDTA)' };
const citratePlasma = { ru: 'Венозная кровь (цитрат натрия)', en: 'Venous blood (sodium citrate)' };
const morningUrine = { ru: 'Утренняя порция мочи', en: 'First morning urine' };
const midstreamUrine = {
  ru: 'Средняя порция утренней мочи в стерильный контейнер',
  en: 'Midstream morning urine in a sterile container',
};
const throatSwab = {
  ru: 'Мазок из зева (миндалины и задняя стенка глотки)',
  en: 'Throat swab (tonsils and pharynx)',
};
const stool = { ru: 'Кал в контейнере с ложечкой', en: 'Stool in a container with a spoon' };

/** A test of one analyte: the test and its result share the LOINC code and the name. */
const single = (
  code: string,
  specimen: LabTest['specimen'],
  turnaroundDays: number,
  analyte: LabAnalyte,
): LabTest => ({
  code,
  loinc: analyte.loinc,
  name: analyte.name,
  specimen,
  turnaroundDays,
  analytes: [analyte],
});

/** A qualitative test: one finding that a healthy person does not have (value 0 = not detected). */
const presence = (
  code: string,
  specimen: LabTest['specimen'],
  turnaroundDays: number,
  analyte: Pick<LabAnalyte, 'loinc' | 'name'>,
): LabTest =>
  single(code, specimen, turnaroundDays, {
    ...analyte,
    // A UCUM annotation (dimensionless): the apps show "detected" / "not detected" instead of the number.
    unit: '{presence}',
    decimals: 0,
    reference: [{ high: 0 }],
    typical: { mean: 0, sd: 0 },
    presence: true,
  });

const cbc: LabTest = {
  code: 'cbc',
  // "CBC W Auto Differential panel - Blood": the Russian ОАК with the white-cell differential; ESR added as labs do.
  loinc: '57021-8',
  name: {
    ru: 'Общий анализ крови с лейкоцитарной формулой и СОЭ',
    en: 'Complete blood count with differential and ESR',
  },
  specimen: edtaBlood,
  turnaroundDays: 1,
  analytes: [
    {
      loinc: '718-7',
      name: { ru: 'Гемоглобин', en: 'Haemoglobin' },
      unit: 'g/L',
      decimals: 0,
      // Lower limits are the WHO anaemia thresholds (WHO haemoglobin guideline 2024): 110 under 5, 115 at
      // 5–11, 120 at 12–14 and for women, 130 for men from 15.
      reference: [
        { low: 110, high: 140, maxAgeYears: 4 },
        { low: 115, high: 145, minAgeYears: 5, maxAgeYears: 11 },
        { low: 120, high: 160, minAgeYears: 12, maxAgeYears: 14 },
        { low: 130, high: 170, sex: 'male' },
        { low: 120, high: 150, sex: 'female' },
      ],
      typical: { mean: 138, sd: 10 },
    },
    {
      loinc: '789-8',
      name: { ru: 'Эритроциты', en: 'Red blood cells' },
      unit: '10*12/L',
      decimals: 2,
      reference: [
        { low: 3.9, high: 5.3, maxAgeYears: 17 },
        { low: 4.3, high: 5.7, sex: 'male' },
        { low: 3.8, high: 5.1, sex: 'female' },
      ],
      typical: { mean: 4.7, sd: 0.35 },
    },
    {
      loinc: '4544-3',
      name: { ru: 'Гематокрит', en: 'Haematocrit' },
      unit: '%',
      decimals: 1,
      reference: [
        { low: 33, high: 45, maxAgeYears: 17 },
        { low: 39, high: 49, sex: 'male' },
        { low: 35, high: 45, sex: 'female' },
      ],
      typical: { mean: 42, sd: 3 },
    },
    {
      loinc: '787-2',
      name: { ru: 'Средний объём эритроцита (MCV)', en: 'Mean corpuscular volume (MCV)' },
      unit: 'fL',
      decimals: 1,
      reference: [{ low: 80, high: 100 }],
      typical: { mean: 89, sd: 4 },
    },
    {
      loinc: '785-6',
      name: {
        ru: 'Среднее содержание гемоглобина в эритроците (MCH)',
        en: 'Mean corpuscular haemoglobin (MCH)',
      },
      unit: 'pg',
      decimals: 1,
      reference: [{ low: 27, high: 34 }],
      typical: { mean: 30, sd: 1.5 },
    },
    {
      loinc: '6690-2',
      name: { ru: 'Лейкоциты', en: 'White blood cells' },
      unit: '10*9/L',
      decimals: 1,
      reference: [
        { low: 5.0, high: 12.0, maxAgeYears: 5 },
        { low: 4.5, high: 10.0, minAgeYears: 6, maxAgeYears: 17 },
        { low: 4.0, high: 9.0 },
      ],
      typical: { mean: 6.3, sd: 1.3 },
    },
    {
      loinc: '770-8',
      name: { ru: 'Нейтрофилы', en: 'Neutrophils' },
      unit: '%',
      decimals: 0,
      reference: [{ low: 47, high: 72, minAgeYears: 6 }],
      typical: { mean: 58, sd: 6 },
    },
    {
      loinc: '736-9',
      name: { ru: 'Лимфоциты', en: 'Lymphocytes' },
      unit: '%',
      decimals: 0,
      reference: [{ low: 19, high: 37, minAgeYears: 6 }],
      typical: { mean: 30, sd: 5 },
    },
    {
      loinc: '5905-5',
      name: { ru: 'Моноциты', en: 'Monocytes' },
      unit: '%',
      decimals: 0,
      reference: [{ low: 3, high: 11 }],
      typical: { mean: 7, sd: 1.5 },
    },
    {
      loinc: '713-8',
      name: { ru: 'Эозинофилы', en: 'Eosinophils' },
      unit: '%',
      decimals: 1,
      reference: [{ low: 0.5, high: 5 }],
      typical: { mean: 2.5, sd: 1 },
    },
    {
      loinc: '706-2',
      name: { ru: 'Базофилы', en: 'Basophils' },
      unit: '%',
      decimals: 1,
      reference: [{ low: 0, high: 1 }],
      typical: { mean: 0.5, sd: 0.2 },
    },
    {
      loinc: '777-3',
      name: { ru: 'Тромбоциты', en: 'Platelets' },
      unit: '10*9/L',
      decimals: 0,
      reference: [{ low: 150, high: 400 }],
      typical: { mean: 250, sd: 45 },
    },
    {
      loinc: '4537-7',
      name: { ru: 'СОЭ (по Вестергрену)', en: 'ESR (Westergren)' },
      unit: 'mm/h',
      decimals: 0,
      reference: [
        { low: 2, high: 10, maxAgeYears: 17 },
        { low: 2, high: 15, sex: 'male' },
        { low: 2, high: 20, sex: 'female' },
      ],
      typical: { mean: 8, sd: 3 },
    },
  ],
};

const lipidPanel: LabTest = {
  code: 'lipid-panel',
  loinc: '24331-1',
  name: { ru: 'Липидный профиль', en: 'Lipid panel' },
  specimen: serum,
  turnaroundDays: 1,
  // Targets for people without risk factors: ESC/EAS dyslipidaemia guideline 2019, Russian guideline 2023.
  analytes: [
    {
      loinc: '2093-3',
      name: { ru: 'Холестерин общий', en: 'Total cholesterol' },
      unit: 'mmol/L',
      decimals: 2,
      reference: [{ low: 3.0, high: 5.2 }],
      typical: { mean: 4.8, sd: 0.8 },
    },
    {
      loinc: '13457-7',
      name: { ru: 'Холестерин ЛПНП', en: 'LDL cholesterol' },
      unit: 'mmol/L',
      decimals: 2,
      reference: [{ high: 3.0 }],
      typical: { mean: 2.8, sd: 0.7 },
    },
    {
      loinc: '2085-9',
      name: { ru: 'Холестерин ЛПВП', en: 'HDL cholesterol' },
      unit: 'mmol/L',
      decimals: 2,
      reference: [
        { low: 1.0, sex: 'male' },
        { low: 1.2, sex: 'female' },
      ],
      typical: { mean: 1.4, sd: 0.3 },
    },
    {
      loinc: '2571-8',
      name: { ru: 'Триглицериды', en: 'Triglycerides' },
      unit: 'mmol/L',
      decimals: 2,
      reference: [{ high: 1.7 }],
      typical: { mean: 1.2, sd: 0.4 },
    },
  ],
};

const urinalysis: LabTest = {
  code: 'urinalysis',
  loinc: '24356-8',
  name: { ru: 'Общий анализ мочи', en: 'Urinalysis' },
  specimen: morningUrine,
  turnaroundDays: 1,
  analytes: [
    {
      loinc: '2965-2',
      name: { ru: 'Относительная плотность', en: 'Specific gravity' },
      unit: '1',
      decimals: 3,
      reference: [{ low: 1.01, high: 1.025 }],
      typical: { mean: 1.018, sd: 0.004 },
    },
    {
      loinc: '5803-2',
      name: { ru: 'pH', en: 'pH' },
      unit: '[pH]',
      decimals: 1,
      reference: [{ low: 5.0, high: 8.0 }],
      typical: { mean: 6.0, sd: 0.5 },
    },
    {
      loinc: '2888-6',
      name: { ru: 'Белок', en: 'Protein' },
      unit: 'g/L',
      decimals: 2,
      reference: [{ high: 0.14 }],
      typical: { mean: 0.04, sd: 0.03 },
    },
    {
      loinc: '2350-7',
      name: { ru: 'Глюкоза в моче', en: 'Urine glucose' },
      unit: 'mmol/L',
      decimals: 1,
      reference: [{ high: 0.8 }],
      typical: { mean: 0.3, sd: 0.15 },
    },
    {
      loinc: '5821-4',
      name: { ru: 'Лейкоциты (микроскопия)', en: 'White blood cells (microscopy)' },
      unit: '/[HPF]',
      decimals: 0,
      reference: [
        { high: 3, sex: 'male' },
        { high: 5, sex: 'female' },
      ],
      typical: { mean: 1.5, sd: 1 },
    },
    {
      loinc: '13945-1',
      name: { ru: 'Эритроциты (микроскопия)', en: 'Red blood cells (microscopy)' },
      unit: '/[HPF]',
      decimals: 0,
      reference: [{ high: 2 }],
      typical: { mean: 0.8, sd: 0.6 },
    },
  ],
};

export const labTests: readonly LabTest[] = [
  cbc,
  single('glucose', serum, 1, {
    loinc: '2345-7',
    name: { ru: 'Глюкоза', en: 'Glucose' },
    unit: 'mmol/L',
    decimals: 1,
    // Fasting venous plasma; diabetes from 7.0 (Russian diabetes care algorithms, 11th ed., 2023).
    reference: [{ low: 4.1, high: 5.9 }],
    typical: { mean: 5.0, sd: 0.6 },
  }),
  lipidPanel,
  single('hba1c', edtaBlood, 1, {
    loinc: '4548-4',
    name: { ru: 'Гликированный гемоглобин (HbA1c)', en: 'Glycated haemoglobin (HbA1c)' },
    unit: '%',
    decimals: 1,
    // Below 6.0 % normal, 6.0–6.4 % prediabetes, from 6.5 % diabetes (Russian diabetes care algorithms 2023, WHO 2011).
    reference: [{ low: 4.0, high: 6.0 }],
    typical: { mean: 5.3, sd: 0.35 },
  }),
  single('insulin', serum, 1, {
    loinc: '20448-7',
    name: { ru: 'Инсулин', en: 'Insulin' },
    unit: 'mIU/L',
    decimals: 1,
    reference: [{ low: 2.6, high: 24.9 }],
    typical: { mean: 8, sd: 3.5 },
  }),
  single('creatinine', serum, 1, {
    loinc: '14682-9',
    name: { ru: 'Креатинин', en: 'Creatinine' },
    unit: 'µmol/L',
    decimals: 0,
    reference: [
      { low: 62, high: 106, sex: 'male' },
      { low: 44, high: 80, sex: 'female' },
    ],
    typical: { mean: 72, sd: 10 },
  }),
  single('urea', serum, 1, {
    loinc: '22664-7',
    name: { ru: 'Мочевина', en: 'Urea' },
    unit: 'mmol/L',
    decimals: 1,
    reference: [{ low: 2.1, high: 7.1 }],
    typical: { mean: 4.8, sd: 1.0 },
  }),
  single('uric-acid', serum, 1, {
    loinc: '14933-6',
    name: { ru: 'Мочевая кислота', en: 'Uric acid' },
    unit: 'µmol/L',
    decimals: 0,
    reference: [
      { low: 202, high: 416, sex: 'male' },
      { low: 142, high: 340, sex: 'female' },
    ],
    typical: { mean: 290, sd: 45 },
  }),
  single('alt', serum, 1, {
    loinc: '1742-6',
    name: { ru: 'Аланинаминотрансфераза (АЛТ)', en: 'Alanine aminotransferase (ALT)' },
    unit: 'U/L',
    decimals: 0,
    reference: [
      { high: 41, sex: 'male' },
      { high: 33, sex: 'female' },
    ],
    typical: { mean: 20, sd: 6 },
  }),
  single('ast', serum, 1, {
    loinc: '1920-8',
    name: { ru: 'Аспартатаминотрансфераза (АСТ)', en: 'Aspartate aminotransferase (AST)' },
    unit: 'U/L',
    decimals: 0,
    reference: [
      { high: 40, sex: 'male' },
      { high: 32, sex: 'female' },
    ],
    typical: { mean: 21, sd: 5 },
  }),
  single('ggt', serum, 1, {
    loinc: '2324-2',
    name: { ru: 'Гамма-глутамилтрансфераза (ГГТ)', en: 'Gamma-glutamyl transferase (GGT)' },
    unit: 'U/L',
    decimals: 0,
    reference: [
      { high: 55, sex: 'male' },
      { high: 38, sex: 'female' },
    ],
    typical: { mean: 22, sd: 7 },
  }),
  single('alp', serum, 1, {
    loinc: '6768-6',
    name: { ru: 'Щелочная фосфатаза', en: 'Alkaline phosphatase' },
    unit: 'U/L',
    decimals: 0,
    // Children's bones make far more; their intervals vary by age and are left to the lab's report.
    reference: [{ low: 40, high: 130, minAgeYears: 18 }],
    typical: { mean: 75, sd: 18 },
  }),
  single('bilirubin', serum, 1, {
    loinc: '14631-6',
    name: { ru: 'Билирубин общий', en: 'Total bilirubin' },
    unit: 'µmol/L',
    decimals: 1,
    reference: [{ low: 3.4, high: 20.5 }],
    typical: { mean: 10, sd: 3.5 },
  }),
  single('total-protein', serum, 1, {
    loinc: '2885-2',
    name: { ru: 'Общий белок', en: 'Total protein' },
    unit: 'g/L',
    decimals: 0,
    reference: [{ low: 64, high: 83 }],
    typical: { mean: 72, sd: 4 },
  }),
  single('albumin', serum, 1, {
    loinc: '1751-7',
    name: { ru: 'Альбумин', en: 'Albumin' },
    unit: 'g/L',
    decimals: 0,
    reference: [{ low: 35, high: 52 }],
    typical: { mean: 44, sd: 3 },
  }),
  single('potassium', serum, 1, {
    loinc: '2823-3',
    name: { ru: 'Калий', en: 'Potassium' },
    unit: 'mmol/L',
    decimals: 1,
    reference: [{ low: 3.5, high: 5.1 }],
    typical: { mean: 4.3, sd: 0.3 },
  }),
  single('sodium', serum, 1, {
    loinc: '2951-2',
    name: { ru: 'Натрий', en: 'Sodium' },
    unit: 'mmol/L',
    decimals: 0,
    reference: [{ low: 136, high: 145 }],
    typical: { mean: 140, sd: 2 },
  }),
  single('calcium', serum, 1, {
    loinc: '2000-8',
    name: { ru: 'Кальций общий', en: 'Total calcium' },
    unit: 'mmol/L',
    decimals: 2,
    reference: [{ low: 2.15, high: 2.55 }],
    typical: { mean: 2.35, sd: 0.08 },
  }),
  single('magnesium', serum, 1, {
    loinc: '2601-3',
    name: { ru: 'Магний', en: 'Magnesium' },
    unit: 'mmol/L',
    decimals: 2,
    reference: [{ low: 0.66, high: 1.07 }],
    typical: { mean: 0.85, sd: 0.07 },
  }),
  single('crp', serum, 1, {
    loinc: '1988-5',
    name: { ru: 'С-реактивный белок', en: 'C-reactive protein' },
    unit: 'mg/L',
    decimals: 1,
    reference: [{ high: 5 }],
    typical: { mean: 1.5, sd: 1 },
  }),
  single('tsh', serum, 1, {
    loinc: '3016-3',
    name: { ru: 'Тиреотропный гормон (ТТГ)', en: 'Thyroid-stimulating hormone (TSH)' },
    unit: 'mIU/L',
    decimals: 2,
    // 0.4–4.0 mIU/L as in the Russian Association of Endocrinologists' hypothyroidism guideline (2021).
    reference: [{ low: 0.4, high: 4.0 }],
    typical: { mean: 1.8, sd: 0.7 },
  }),
  single('free-t4', serum, 1, {
    loinc: '14920-3',
    name: { ru: 'Тироксин свободный (св. Т4)', en: 'Free thyroxine (free T4)' },
    unit: 'pmol/L',
    decimals: 1,
    reference: [{ low: 9.0, high: 19.0 }],
    typical: { mean: 14, sd: 2 },
  }),
  single('anti-tpo', serum, 2, {
    loinc: '8099-4',
    name: { ru: 'Антитела к тиреопероксидазе (анти-ТПО)', en: 'Thyroid peroxidase antibodies (anti-TPO)' },
    unit: '[IU]/mL',
    decimals: 1,
    reference: [{ high: 5.6 }],
    typical: { mean: 2.5, sd: 1.2 },
  }),
  single('ferritin', serum, 1, {
    loinc: '2276-4',
    name: { ru: 'Ферритин', en: 'Ferritin' },
    unit: 'µg/L',
    decimals: 0,
    // Iron deficiency below 15 µg/L in adults, 12 µg/L in children under 5 (WHO ferritin guideline 2020).
    reference: [
      { low: 20, high: 250, sex: 'male' },
      { low: 10, high: 120, sex: 'female' },
    ],
    typical: { mean: 70, sd: 25 },
  }),
  single('iron', serum, 1, {
    loinc: '14798-3',
    name: { ru: 'Железо сывороточное', en: 'Serum iron' },
    unit: 'µmol/L',
    decimals: 1,
    reference: [
      { low: 11.6, high: 31.3, sex: 'male' },
      { low: 9.0, high: 30.4, sex: 'female' },
    ],
    typical: { mean: 18, sd: 4.5 },
  }),
  single('vitamin-b12', serum, 2, {
    loinc: '14685-2',
    name: { ru: 'Витамин B12 (цианокобаламин)', en: 'Vitamin B12 (cobalamin)' },
    unit: 'pmol/L',
    decimals: 0,
    reference: [{ low: 148, high: 664 }],
    typical: { mean: 350, sd: 90 },
  }),
  single('vitamin-d', serum, 2, {
    loinc: '62292-8',
    name: { ru: '25-OH витамин D', en: '25-hydroxyvitamin D' },
    // Russian labs report ng/mL; the cut-offs are the Russian Association of Endocrinologists' (2021):
    // deficiency below 20, insufficiency 20–30, adequate 30–100 ng/mL.
    unit: 'ng/mL',
    decimals: 1,
    reference: [{ low: 30, high: 100 }],
    typical: { mean: 32, sd: 9 },
  }),
  single('inr', citratePlasma, 1, {
    loinc: '6301-6',
    name: { ru: 'МНО (международное нормализованное отношение)', en: 'INR (international normalised ratio)' },
    unit: '{INR}',
    decimals: 2,
    // Without anticoagulants; the target on warfarin is 2.0–3.0 (Russian AF guideline 2020).
    reference: [{ low: 0.85, high: 1.15 }],
    typical: { mean: 1.0, sd: 0.06 },
  }),
  {
    ...single('psa', serum, 1, {
      loinc: '2857-1',
      name: {
        ru: 'Простатический специфический антиген (ПСА) общий',
        en: 'Prostate-specific antigen (PSA), total',
      },
      unit: 'µg/L',
      decimals: 2,
      reference: [{ high: 4.0, sex: 'male' }],
      typical: { mean: 1.0, sd: 0.5 },
    }),
    sex: 'male',
  },
  {
    ...single('hcg', serum, 1, {
      loinc: '21198-7',
      name: {
        ru: 'Хорионический гонадотропин человека (β-ХГЧ), тест на беременность',
        en: 'Human chorionic gonadotropin (β-hCG), pregnancy test',
      },
      unit: 'IU/L',
      decimals: 1,
      // Below 5 IU/L is "not pregnant" (ACOG Practice Bulletin 200, 2018).
      reference: [{ high: 5, sex: 'female' }],
      typical: { mean: 1, sd: 0.5 },
    }),
    sex: 'female',
  },
  urinalysis,
  // Sore throat (Centor/McIsaac ≥ 2, IDSA 2012 and the Russian tonsillitis guideline 2021): rapid test first.
  presence('strep-a-rapid', throatSwab, 1, {
    loinc: '78012-2',
    name: {
      ru: 'Мазок из зева: экспресс-тест на стрептококк группы А',
      en: 'Throat swab: rapid group A strep antigen test',
    },
  }),
  presence('throat-culture', throatSwab, 5, {
    loinc: '626-2',
    name: {
      ru: 'Мазок из зева: посев на флору (патогенная флора)',
      en: 'Throat swab culture (pathogenic bacteria)',
    },
  }),
  single('aslo', serum, 1, {
    loinc: '5370-2',
    name: { ru: 'Антистрептолизин-О (АСЛО)', en: 'Antistreptolysin O (ASO)' },
    unit: '[IU]/mL',
    decimals: 0,
    reference: [{ high: 150, maxAgeYears: 14 }, { high: 200 }],
    typical: { mean: 80, sd: 40 },
  }),
  // Significant bacteriuria: ≥ 10^5 CFU/mL of one organism (EAU urological infections guideline 2024).
  presence('urine-culture', midstreamUrine, 5, {
    loinc: '630-4',
    name: {
      ru: 'Посев мочи на флору (значимая бактериурия)',
      en: 'Urine culture (significant bacteriuria)',
    },
  }),
  presence('stool-occult-blood', stool, 1, {
    loinc: '2335-8',
    name: { ru: 'Кал на скрытую кровь', en: 'Faecal occult blood' },
  }),
  presence('stool-ova-parasites', stool, 2, {
    loinc: '10704-5',
    name: { ru: 'Кал на яйца гельминтов и цисты простейших', en: 'Stool ova and parasites' },
  }),
  single('calprotectin', stool, 3, {
    loinc: '38445-3',
    name: { ru: 'Кальпротектин в кале', en: 'Faecal calprotectin' },
    unit: 'µg/g',
    decimals: 0,
    reference: [{ high: 50 }],
    typical: { mean: 20, sd: 10 },
  }),
];

const byCode = new Map(labTests.map((t) => [t.code, t]));

export function findLabTest(code: string): LabTest | undefined {
  return byCode.get(code);
}

/** Whether a test may be ordered for a patient of this sex. */
export function orderableFor(test: LabTest, sex: 'female' | 'male'): boolean {
  return !test.sex || test.sex === sex;
}

/** The interval for this patient: the first range whose sex and age limits fit (ages inclusive). */
export function referenceRange(
  analyte: LabAnalyte,
  who: { sex: 'female' | 'male'; ageYears: number },
): { low?: number; high?: number } {
  const match = analyte.reference.find(
    (r) =>
      (!r.sex || r.sex === who.sex) &&
      (r.minAgeYears === undefined || who.ageYears >= r.minAgeYears) &&
      (r.maxAgeYears === undefined || who.ageYears <= r.maxAgeYears),
  );
  if (!match) return {};
  return {
    ...(match.low !== undefined ? { low: match.low } : {}),
    ...(match.high !== undefined ? { high: match.high } : {}),
  };
}
