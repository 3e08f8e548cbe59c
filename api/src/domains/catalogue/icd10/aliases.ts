/**
 * Abbreviations Russian doctors type instead of the official name (ОРВИ is not a word of J06.9's name).
 * Searched like name words, never shown.
 */
export const searchAliases: Readonly<Record<string, readonly string[]>> = {
  'J06.9': ['ОРВИ', 'ОРЗ', 'ARVI', 'URTI'],
  'J06.8': ['ОРВИ'],
  I10: ['АГ', 'ГБ', 'гипертоническая болезнь'],
  'K21.0': ['ГЭРБ', 'GERD'],
  'K21.9': ['ГЭРБ', 'НЭРБ', 'GERD'],
  'K58.0': ['СРК', 'IBS'],
  'K58.9': ['СРК', 'IBS'],
  'J44.9': ['ХОБЛ', 'COPD'],
  'J44.1': ['ХОБЛ', 'COPD'],
  'I25.9': ['ИБС', 'IHD'],
  'D50.9': ['ЖДА', 'IDA'],
  'E11.9': ['СД2', 'T2DM'],
  'E10.9': ['СД1', 'T1DM'],
  'G90.8': ['ВСД'],
  'F90.0': ['СДВГ', 'ADHD'],
  'N39.0': ['ИМП', 'UTI'],
  'G44.2': ['ГБН', 'TTH'],
  'G45.9': ['ТИА', 'TIA'],
  'K76.0': ['НАЖБП', 'NAFLD', 'MASLD'],
  'U07.1': ['коронавирус', 'SARS-CoV-2'],
  'U07.2': ['коронавирус', 'SARS-CoV-2'],
};
