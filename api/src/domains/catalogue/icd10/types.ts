/**
 * ICD-10 as published by WHO (2019 edition) with the Russian names of МКБ-10 (the Ministry of Health's
 * edition used in Russian medical records). The catalogue holds the codes most used in primary care,
 * paediatrics and the platform's specialties, not the whole classification.
 */
export interface Icd10Code {
  code: string;
  name: { ru: string; en: string };
}

/** Keeps the chapter files one line per code. */
export const icd = (code: string, ru: string, en: string): Icd10Code => ({ code, name: { ru, en } });
