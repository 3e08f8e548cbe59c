import { icd } from './types.js';

/** Chapter II (benign neoplasms seen in outpatient practice) and chapter III (D50–D89, anaemias). */
export const bloodAndNeoplasms = [
  icd(
    'D17.9',
    'Доброкачественное новообразование жировой ткани неуточнённой локализации',
    'Benign lipomatous neoplasm, unspecified',
  ),
  icd('D18.0', 'Гемангиома любой локализации', 'Haemangioma, any site'),
  icd('D22.9', 'Меланоформный невус неуточнённый', 'Melanocytic naevi, unspecified'),
  icd(
    'D23.9',
    'Доброкачественное новообразование кожи неуточнённой локализации',
    'Benign neoplasm of skin, unspecified',
  ),
  icd('D24', 'Доброкачественное новообразование молочной железы', 'Benign neoplasm of breast'),
  icd('D25.9', 'Лейомиома матки неуточнённая', 'Leiomyoma of uterus, unspecified'),
  icd('D27', 'Доброкачественное новообразование яичника', 'Benign neoplasm of ovary'),
  icd('D34', 'Доброкачественное новообразование щитовидной железы', 'Benign neoplasm of thyroid gland'),
  icd(
    'D50.0',
    'Железодефицитная анемия вторичная вследствие потери крови (хроническая)',
    'Iron deficiency anaemia secondary to blood loss (chronic)',
  ),
  icd('D50.8', 'Другие железодефицитные анемии', 'Other iron deficiency anaemias'),
  icd('D50.9', 'Железодефицитная анемия неуточнённая', 'Iron deficiency anaemia, unspecified'),
  icd(
    'D51.0',
    'Витамин-B12-дефицитная анемия вследствие дефицита внутреннего фактора',
    'Vitamin B12 deficiency anaemia due to intrinsic factor deficiency',
  ),
  icd('D51.9', 'Витамин-B12-дефицитная анемия неуточнённая', 'Vitamin B12 deficiency anaemia, unspecified'),
  icd('D52.9', 'Фолиеводефицитная анемия неуточнённая', 'Folate deficiency anaemia, unspecified'),
  icd('D64.9', 'Анемия неуточнённая', 'Anaemia, unspecified'),
  icd('D69.0', 'Аллергическая пурпура', 'Allergic purpura'),
  icd('D69.6', 'Тромбоцитопения неуточнённая', 'Thrombocytopenia, unspecified'),
  icd('D72.1', 'Эозинофилия', 'Eosinophilia'),
];
