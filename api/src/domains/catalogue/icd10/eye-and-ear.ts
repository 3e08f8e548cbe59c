import { icd } from './types.js';

/** Chapters VII (H00–H59) and VIII (H60–H95): what a GP or paediatrician sees and refers. */
export const eyeAndEar = [
  icd(
    'H00.0',
    'Гордеолум и другие глубокие воспаления века',
    'Hordeolum and other deep inflammation of eyelid',
  ),
  icd('H01.0', 'Блефарит', 'Blepharitis'),
  icd(
    'H04.5',
    'Стеноз и недостаточность слёзных протоков',
    'Stenosis and insufficiency of lacrimal passages',
  ),
  icd('H10.0', 'Слизисто-гнойный конъюнктивит', 'Mucopurulent conjunctivitis'),
  icd('H10.1', 'Острый атопический конъюнктивит', 'Acute atopic conjunctivitis'),
  icd('H10.3', 'Острый конъюнктивит неуточнённый', 'Acute conjunctivitis, unspecified'),
  icd('H10.9', 'Конъюнктивит неуточнённый', 'Conjunctivitis, unspecified'),
  icd('H25.9', 'Старческая катаракта неуточнённая', 'Senile cataract, unspecified'),
  icd('H40.1', 'Первичная открытоугольная глаукома', 'Primary open-angle glaucoma'),
  icd('H50.0', 'Сходящееся содружественное косоглазие', 'Convergent concomitant strabismus'),
  icd('H52.0', 'Гиперметропия', 'Hypermetropia'),
  icd('H52.1', 'Миопия', 'Myopia'),
  icd('H52.4', 'Пресбиопия', 'Presbyopia'),
  icd('H60.9', 'Наружный отит неуточнённый', 'Otitis externa, unspecified'),
  icd('H61.2', 'Серная пробка', 'Impacted cerumen'),
  icd('H65.0', 'Острый средний серозный отит', 'Acute serous otitis media'),
  icd('H65.9', 'Негнойный средний отит неуточнённый', 'Nonsuppurative otitis media, unspecified'),
  icd('H66.0', 'Острый гнойный средний отит', 'Acute suppurative otitis media'),
  icd('H66.9', 'Средний отит неуточнённый', 'Otitis media, unspecified'),
  icd('H68.1', 'Закупорка евстахиевой трубы', 'Obstruction of Eustachian tube'),
  icd('H81.0', 'Болезнь Меньера', 'Ménière disease'),
  icd('H81.1', 'Доброкачественное пароксизмальное головокружение', 'Benign paroxysmal vertigo'),
  icd('H81.2', 'Вестибулярный нейронит', 'Vestibular neuronitis'),
  icd('H90.3', 'Нейросенсорная потеря слуха двусторонняя', 'Sensorineural hearing loss, bilateral'),
  icd('H93.1', 'Шум в ушах (субъективный)', 'Tinnitus'),
];
