import { icd } from './types.js';

/** Chapter XXI (Z00–Z99): check-ups, screening, pregnancy supervision, counselling and risk factors. */
export const healthFactors = [
  icd('Z00.0', 'Общий медицинский осмотр', 'General medical examination'),
  icd('Z00.1', 'Рутинное обследование состояния здоровья ребёнка', 'Routine child health examination'),
  icd(
    'Z00.2',
    'Обследование в период быстрого роста в детстве',
    'Examination for period of rapid growth in childhood',
  ),
  icd('Z00.3', 'Обследование состояния развития подростка', 'Examination for adolescent development state'),
  icd('Z00.8', 'Другие общие обследования', 'Other general examinations'),
  icd('Z01.0', 'Обследование глаз и зрения', 'Examination of eyes and vision'),
  icd(
    'Z01.4',
    'Гинекологическое обследование (общее) (рутинное)',
    'Gynaecological examination (general)(routine)',
  ),
  icd('Z01.7', 'Лабораторное обследование', 'Laboratory examination'),
  icd(
    'Z02.0',
    'Обследование в связи с поступлением в учебные заведения',
    'Examination for admission to educational institution',
  ),
  icd('Z02.1', 'Обследование перед поступлением на работу', 'Pre-employment examination'),
  icd('Z02.5', 'Обследование в связи с занятием спортом', 'Examination for participation in sport'),
  icd('Z02.7', 'Обращение в связи с выдачей медицинских документов', 'Issue of medical certificate'),
  icd(
    'Z03.8',
    'Наблюдение при подозрении на другие болезни или патологические состояния',
    'Observation for other suspected diseases and conditions',
  ),
  icd(
    'Z09.8',
    'Последующее обследование после другого лечения по поводу других состояний',
    'Follow-up examination after other treatment for other conditions',
  ),
  icd('Z10.0', 'Профессиональное общее обследование', 'Occupational health examination'),
  icd(
    'Z13.1',
    'Специальное скрининговое обследование с целью выявления сахарного диабета',
    'Special screening examination for diabetes mellitus',
  ),
  icd(
    'Z13.6',
    'Специальное скрининговое обследование с целью выявления сердечно-сосудистых болезней',
    'Special screening examination for cardiovascular disorders',
  ),
  icd('Z25.1', 'Необходимость иммунизации против гриппа', 'Need for immunization against influenza'),
  icd(
    'Z27.4',
    'Необходимость иммунизации против кори, эпидемического паротита и краснухи',
    'Need for immunization against measles-mumps-rubella [MMR]',
  ),
  icd(
    'Z30.0',
    'Общие советы и консультации по контрацепции',
    'General counselling and advice on contraception',
  ),
  icd('Z32.1', 'Беременность подтверждённая', 'Pregnancy confirmed'),
  icd(
    'Z34.0',
    'Наблюдение за течением нормальной первой беременности',
    'Supervision of normal first pregnancy',
  ),
  icd(
    'Z34.9',
    'Наблюдение за течением нормальной беременности неуточнённой',
    'Supervision of normal pregnancy, unspecified',
  ),
  icd('Z39.2', 'Рутинное послеродовое наблюдение', 'Routine postpartum follow-up'),
  icd(
    'Z63.0',
    'Проблемы взаимоотношений между супругами или партнёрами',
    'Problems in relationship with spouse or partner',
  ),
  icd(
    'Z71.1',
    'Лицо с опасениями по поводу болезни, диагноз которой не был установлен',
    'Person with feared complaint in whom no diagnosis is made',
  ),
  icd('Z71.3', 'Наблюдение и консультирование по вопросам питания', 'Dietary counselling and surveillance'),
  icd('Z71.6', 'Консультирование по поводу курения табака', 'Tobacco abuse counselling'),
  icd('Z71.9', 'Консультирование неуточнённое', 'Counselling, unspecified'),
  icd('Z72.0', 'Употребление табака', 'Tobacco use'),
  icd('Z73.0', 'Переутомление', 'Burn-out'),
  icd(
    'Z73.3',
    'Стрессовое состояние, не классифицированное в других рубриках',
    'Stress, not elsewhere classified',
  ),
  icd('Z76.0', 'Выдача повторного рецепта', 'Issue of repeat prescription'),
  icd(
    'Z76.2',
    'Наблюдение за состоянием здоровья и уход за другим здоровым грудным ребёнком и ребёнком',
    'Health supervision and care of other healthy infant and child',
  ),
  icd(
    'Z82.4',
    'В семейном анамнезе ишемическая болезнь сердца и другие болезни системы кровообращения',
    'Family history of ischaemic heart disease and other diseases of the circulatory system',
  ),
  icd('Z83.3', 'В семейном анамнезе сахарный диабет', 'Family history of diabetes mellitus'),
  icd(
    'Z88.0',
    'Наличие в личном анамнезе аллергии к пенициллину',
    'Personal history of allergy to penicillin',
  ),
];
