import { icd } from './types.js';

/** Chapter XIX (S00–T98): minor injuries and allergic reactions that reach a remote consultation. */
export const injuries = [
  icd('S06.0', 'Сотрясение головного мозга', 'Concussion'),
  icd(
    'S13.4',
    'Растяжение и перенапряжение связочного аппарата шейного отдела позвоночника',
    'Sprain and strain of cervical spine',
  ),
  icd(
    'S33.5',
    'Растяжение и перенапряжение связочного аппарата поясничного отдела позвоночника',
    'Sprain and strain of lumbar spine',
  ),
  icd(
    'S93.4',
    'Растяжение и перенапряжение связочного аппарата голеностопного сустава',
    'Sprain and strain of ankle',
  ),
  icd(
    'T14.0',
    'Поверхностная травма неуточнённой области тела',
    'Superficial injury of unspecified body region',
  ),
  icd(
    'T30.0',
    'Термический ожог неуточнённой локализации, степень неуточнённая',
    'Burn of unspecified body region, unspecified degree',
  ),
  icd('T63.4', 'Токсическое действие яда других членистоногих', 'Toxic effect of venom of other arthropods'),
  icd(
    'T78.1',
    'Другие проявления патологической реакции на пищу',
    'Other adverse food reactions, not elsewhere classified',
  ),
  icd('T78.3', 'Ангионевротический отёк', 'Angioneurotic oedema'),
  icd('T78.4', 'Аллергия неуточнённая', 'Allergy, unspecified'),
  icd(
    'T88.7',
    'Патологическая реакция на лекарственное средство или медикаменты неуточнённая',
    'Unspecified adverse effect of drug or medicament',
  ),
];
