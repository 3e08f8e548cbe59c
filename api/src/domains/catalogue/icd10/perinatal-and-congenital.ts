import { icd } from './types.js';

/** Chapters XVI (P00–P96) and XVII (Q00–Q99): what a paediatrician follows after the maternity ward. */
export const perinatalAndCongenital = [
  icd('P07.3', 'Другие случаи недоношенности', 'Other preterm infants'),
  icd('P39.1', 'Конъюнктивит и дакриоцистит у новорождённого', 'Neonatal conjunctivitis and dacryocystitis'),
  icd('P59.9', 'Неонатальная желтуха неуточнённая', 'Neonatal jaundice, unspecified'),
  icd('P83.1', 'Неонатальная токсическая эритема', 'Neonatal erythema toxicum'),
  icd('Q21.0', 'Дефект межжелудочковой перегородки', 'Ventricular septal defect'),
  icd('Q21.1', 'Дефект предсердной перегородки', 'Atrial septal defect'),
  icd('Q53.9', 'Неопустившееся яичко неуточнённое', 'Undescended testicle, unspecified'),
  icd('Q82.5', 'Врождённый неопухолевый невус', 'Congenital non-neoplastic naevus'),
];
