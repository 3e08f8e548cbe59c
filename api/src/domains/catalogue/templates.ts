/**
 * Conclusion templates for frequent cases: a starting point the doctor edits to the patient in front of
 * them, never a finished conclusion. Each follows the guideline named above it. Drugs by international
 * non-proprietary name; prescriptions are written in Russian, the language of the medical record.
 * Adult doses unless the template is for children (doses per kg of body weight).
 */
export interface ConclusionTemplate {
  id: string;
  title: { ru: string; en: string };
  specialtyCodes: string[];
  diagnosisCode: string;
  findings: { ru: string; en: string };
  recommendations: { ru: string; en: string };
  prescriptions: { drug: string; dose: string; frequency: string; duration: string }[];
  labTestCodes: string[];
  followUp: { kind: 'none' } | { kind: 'suggest'; specialtyCode: string; inDays: number };
}

const paracetamolAdult = {
  drug: 'Парацетамол',
  dose: '500 мг',
  frequency: 'при температуре выше 38,5 °C или боли, не чаще 4 раз в сутки (не более 4 г/сут)',
  duration: 'до 3 дней',
};

export const conclusionTemplates: readonly ConclusionTemplate[] = [
  // Russian MoH guideline «Острая респираторная вирусная инфекция (ОРВИ) у взрослых», 2021.
  {
    id: 'arvi-adult',
    title: { ru: 'ОРВИ у взрослого', en: 'Acute respiratory viral infection (adult)' },
    specialtyCodes: ['therapist'],
    diagnosisCode: 'J06.9',
    findings: {
      ru: 'Жалобы на заложенность носа, насморк, першение в горле, повышение температуры до 38 °C в течение 2 дней. Состояние удовлетворительное. Одышки, боли в груди нет. Признаков поражения нижних дыхательных путей и бактериальной инфекции не выявлено.',
      en: 'Nasal congestion, runny nose, scratchy throat and temperature up to 38 °C for 2 days. General condition satisfactory. No shortness of breath or chest pain. No signs of lower respiratory tract involvement or bacterial infection.',
    },
    recommendations: {
      ru: 'Домашний режим, обильное тёплое питьё, промывание носа солевыми растворами. Антибиотики не показаны. Жаропонижающие — только при температуре выше 38,5 °C или плохом самочувствии. Срочно обратиться за медицинской помощью при одышке, боли в груди, температуре выше 38,5 °C дольше 3 дней, ухудшении после улучшения.',
      en: 'Rest at home, plenty of warm fluids, saline nasal rinses. Antibiotics are not indicated. Antipyretics only for temperature above 38.5 °C or if feeling unwell. Seek care urgently for shortness of breath, chest pain, temperature above 38.5 °C for more than 3 days, or worsening after improvement.',
    },
    prescriptions: [
      paracetamolAdult,
      {
        drug: 'Натрия хлорид 0,9 % (спрей назальный)',
        dose: '2 впрыскивания в каждый носовой ход',
        frequency: '3–4 раза в день',
        duration: '5–7 дней',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'none' },
  },
  // Russian MoH guideline «Острая респираторная вирусная инфекция (ОРВИ) у детей», 2022.
  {
    id: 'arvi-child',
    title: { ru: 'ОРВИ у ребёнка', en: 'Acute respiratory viral infection (child)' },
    specialtyCodes: ['paediatrician'],
    diagnosisCode: 'J06.9',
    findings: {
      ru: 'Со слов родителя: насморк, кашель, температура до 38,5 °C в течение 2 дней. Ребёнок активен, пьёт достаточно, мочеиспускание обычное. Одышки, втяжения уступчивых мест грудной клетки, сыпи нет.',
      en: 'According to the parent: runny nose, cough and temperature up to 38.5 °C for 2 days. The child is active, drinking enough, passing urine as usual. No shortness of breath, chest indrawing or rash.',
    },
    recommendations: {
      ru: 'Обильное питьё, проветривание, увлажнение воздуха, промывание носа солевыми растворами. Антибиотики не показаны. Жаропонижающие при температуре выше 39 °C или плохом самочувствии (парацетамол или ибупрофен 10 мг/кг, не чередовать). Немедленно вызвать скорую помощь при затруднённом дыхании, вялости, отказе от питья, судорогах, сыпи, не исчезающей при надавливании. Повторная консультация, если температура держится дольше 3 дней.',
      en: 'Plenty of fluids, fresh and humidified air, saline nasal rinses. Antibiotics are not indicated. Antipyretics for temperature above 39 °C or discomfort (paracetamol, or ibuprofen 10 mg/kg; do not alternate). Call an ambulance at once for laboured breathing, lethargy, refusal to drink, seizures or a rash that does not fade on pressure. Book again if the fever lasts more than 3 days.',
    },
    prescriptions: [
      {
        drug: 'Парацетамол (суспензия)',
        dose: '15 мг/кг',
        frequency: 'при температуре выше 39 °C, не чаще 4 раз в сутки с интервалом не менее 4 часов',
        duration: 'до 3 дней',
      },
      {
        drug: 'Натрия хлорид 0,9 % (капли назальные)',
        dose: '1–2 капли в каждый носовой ход',
        frequency: '3–4 раза в день',
        duration: '5–7 дней',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'none' },
  },
  // Russian MoH guideline «Острый тонзиллит и фарингит (острый тонзиллофарингит)», 2021; McIsaac score.
  {
    id: 'acute-pharyngitis',
    title: { ru: 'Острый фарингит', en: 'Acute pharyngitis' },
    specialtyCodes: ['therapist'],
    diagnosisCode: 'J02.9',
    findings: {
      ru: 'Жалобы на боль в горле при глотании в течение 2 дней, температура до 37,8 °C. При осмотре по видеосвязи: гиперемия задней стенки глотки, налётов на миндалинах нет. Кашель, насморк. По шкале McIsaac 0–1 балл: стрептококковая этиология маловероятна.',
      en: 'Sore throat on swallowing for 2 days, temperature up to 37.8 °C. On video examination: hyperaemic posterior pharyngeal wall, no tonsillar exudate. Cough and runny nose. McIsaac score 0–1: streptococcal cause unlikely.',
    },
    recommendations: {
      ru: 'Тёплое питьё, щадящая пища, полоскание горла тёплым солевым раствором. Антибиотики не показаны. При появлении налётов на миндалинах, температуре выше 38 °C без кашля, увеличении шейных лимфоузлов — очный осмотр и экспресс-тест на стрептококк. Срочно обратиться при затруднении глотания слюны, дыхания, открывания рта.',
      en: 'Warm drinks, soft food, gargling with warm salt water. Antibiotics are not indicated. If tonsillar exudate, fever above 38 °C without cough or swollen neck nodes appear — in-person examination and a rapid strep test. Seek care urgently for difficulty swallowing saliva, breathing or opening the mouth.',
    },
    prescriptions: [
      {
        drug: 'Ибупрофен',
        dose: '400 мг',
        frequency: 'при боли, до 3 раз в день после еды',
        duration: 'до 5 дней',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'none' },
  },
  // NICE NG120 "Cough (acute): antimicrobial prescribing", 2019; Russian MoH guideline «Острый бронхит», 2021.
  {
    id: 'acute-bronchitis',
    title: { ru: 'Острый бронхит', en: 'Acute bronchitis' },
    specialtyCodes: ['therapist'],
    diagnosisCode: 'J20.9',
    findings: {
      ru: 'Кашель с небольшим количеством светлой мокроты в течение 6 дней после перенесённой ОРВИ. Температура нормальная, одышки нет, частота дыхания и сатурация (по данным пульсоксиметра пациента) в норме. Признаков пневмонии не выявлено.',
      en: 'Cough with a little clear sputum for 6 days after a viral respiratory infection. Normal temperature, no shortness of breath, normal respiratory rate and oxygen saturation (patient’s pulse oximeter). No signs of pneumonia.',
    },
    recommendations: {
      ru: 'Кашель после вирусной инфекции может сохраняться до 3 недель. Антибиотики не показаны. Тёплое питьё, отказ от курения, увлажнение воздуха. Срочно обратиться при одышке, боли в груди, кровохарканье, температуре выше 38 °C дольше 3 дней. Если кашель сохраняется дольше 3 недель — повторная консультация и рентгенография органов грудной клетки.',
      en: 'A cough after a viral infection can last up to 3 weeks. Antibiotics are not indicated. Warm drinks, no smoking, humidified air. Seek care urgently for shortness of breath, chest pain, coughing up blood, or temperature above 38 °C for more than 3 days. If the cough lasts more than 3 weeks, book again for a chest X-ray.',
    },
    prescriptions: [paracetamolAdult],
    labTestCodes: [],
    followUp: { kind: 'suggest', specialtyCode: 'therapist', inDays: 21 },
  },
  // Russian MoH guideline «Артериальная гипертензия у взрослых», 2024 (Russian Society of Cardiology);
  // ESC 2024 guideline on elevated blood pressure and hypertension.
  {
    id: 'hypertension',
    title: { ru: 'Гипертоническая болезнь', en: 'Essential hypertension' },
    specialtyCodes: ['therapist'],
    diagnosisCode: 'I10',
    findings: {
      ru: 'Повторно повышенное артериальное давление: офисное 150/95 мм рт. ст., среднее домашнее за 7 дней 142/90 мм рт. ст. Головная боль, боль в груди, одышка, нарушения зрения отсутствуют. Признаков вторичной гипертензии по анамнезу нет.',
      en: 'Repeatedly raised blood pressure: office 150/95 mmHg, 7-day home average 142/90 mmHg. No headache, chest pain, shortness of breath or visual disturbance. No history suggesting secondary hypertension.',
    },
    recommendations: {
      ru: 'Ограничение соли до 5 г/сут, физическая активность не менее 150 минут в неделю, снижение массы тела при избыточной, отказ от курения, ограничение алкоголя. Домашнее измерение давления утром и вечером (по 2 измерения) 7 дней до контрольного визита; включение в программу дистанционного мониторинга. Целевое давление ниже 130/80 мм рт. ст. при хорошей переносимости. При давлении 180/110 мм рт. ст. и выше с головной болью, болью в груди, слабостью в руке или ноге, нарушением речи — вызвать скорую помощь.',
      en: 'Salt under 5 g a day, at least 150 minutes of physical activity a week, weight loss if overweight, no smoking, limited alcohol. Home blood pressure morning and evening (2 readings each) for 7 days before the next visit; enrolment in remote monitoring. Target below 130/80 mmHg if well tolerated. For 180/110 mmHg or higher with headache, chest pain, weakness of an arm or leg or trouble speaking — call an ambulance.',
    },
    prescriptions: [
      {
        drug: 'Периндоприл + амлодипин',
        dose: '5 мг + 5 мг',
        frequency: '1 раз в день утром',
        duration: 'длительно, контроль через 4 недели',
      },
    ],
    labTestCodes: [
      'cbc',
      'glucose',
      'lipid-panel',
      'creatinine',
      'potassium',
      'sodium',
      'uric-acid',
      'urinalysis',
    ],
    followUp: { kind: 'suggest', specialtyCode: 'therapist', inDays: 28 },
  },
  // Russian MoH guideline «Гастроэзофагеальная рефлюксная болезнь», 2024 (Russian Gastroenterological Association).
  {
    id: 'gerd',
    title: { ru: 'ГЭРБ без эзофагита', en: 'GERD without oesophagitis' },
    specialtyCodes: ['gastroenterologist', 'therapist'],
    diagnosisCode: 'K21.9',
    findings: {
      ru: 'Изжога и отрыжка кислым 2–3 раза в неделю в течение 3 месяцев, усиливаются после еды и в положении лёжа. Тревожных симптомов (дисфагия, потеря массы тела, рвота, признаки кровотечения, анемия) нет.',
      en: 'Heartburn and acid regurgitation 2–3 times a week for 3 months, worse after meals and lying down. No alarm symptoms (dysphagia, weight loss, vomiting, signs of bleeding, anaemia).',
    },
    recommendations: {
      ru: 'Не есть за 3 часа до сна, не ложиться после еды, приподнять изголовье кровати на 15–20 см, снизить массу тела при избыточной, отказ от курения, ограничение жирной пищи, алкоголя, кофе. При появлении тревожных симптомов, а также при неэффективности лечения через 8 недель — эзофагогастродуоденоскопия.',
      en: 'No food within 3 hours of bedtime, do not lie down after meals, raise the head of the bed by 15–20 cm, lose weight if overweight, no smoking, limit fatty food, alcohol and coffee. Upper endoscopy if alarm symptoms appear or treatment fails after 8 weeks.',
    },
    prescriptions: [
      {
        drug: 'Омепразол',
        dose: '20 мг',
        frequency: '1 раз в день за 30 минут до завтрака',
        duration: '4–8 недель',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'suggest', specialtyCode: 'gastroenterologist', inDays: 56 },
  },
  // Russian MoH guideline «Синдром раздражённого кишечника», 2024 (Russian Gastroenterological Association);
  // Rome IV criteria (2016).
  {
    id: 'ibs',
    title: { ru: 'Синдром раздражённого кишечника', en: 'Irritable bowel syndrome' },
    specialtyCodes: ['gastroenterologist', 'therapist'],
    diagnosisCode: 'K58.9',
    findings: {
      ru: 'Рецидивирующая боль в животе не реже 1 раза в неделю в течение последних 3 месяцев, связанная с дефекацией и изменением формы стула (соответствует Римским критериям IV). Симптомов тревоги (кровь в стуле, ночные симптомы, потеря массы тела, лихорадка, дебют после 50 лет, рак или ВЗК у родственников) нет.',
      en: 'Recurrent abdominal pain at least weekly for the last 3 months, related to defecation and a change in stool form (meets Rome IV criteria). No alarm features (blood in stool, nocturnal symptoms, weight loss, fever, onset after 50, family history of bowel cancer or IBD).',
    },
    recommendations: {
      ru: 'Регулярное питание, дневник питания и симптомов; при вздутии — диета с ограничением FODMAP на 4–6 недель под контролем врача. Регулярная физическая активность, нормализация сна. При появлении симптомов тревоги — колоноскопия.',
      en: 'Regular meals, a food and symptom diary; for bloating a low-FODMAP diet for 4–6 weeks under supervision. Regular physical activity and sleep. Colonoscopy if alarm features appear.',
    },
    prescriptions: [
      {
        drug: 'Мебеверин',
        dose: '200 мг',
        frequency: '2 раза в день за 20 минут до еды',
        duration: '4 недели',
      },
    ],
    labTestCodes: ['cbc', 'crp'],
    followUp: { kind: 'suggest', specialtyCode: 'gastroenterologist', inDays: 28 },
  },
  // Russian MoH guideline «Головная боль напряжения», 2024 (Russian Society for the Study of Headache); ICHD-3 (2018).
  {
    id: 'tension-headache',
    title: { ru: 'Головная боль напряжения', en: 'Tension-type headache' },
    specialtyCodes: ['neurologist', 'therapist'],
    diagnosisCode: 'G44.2',
    findings: {
      ru: 'Эпизодическая двусторонняя сжимающая головная боль лёгкой и средней интенсивности, 3–5 дней в месяц, не усиливается при обычной физической нагрузке, без тошноты. Связь со стрессом и длительной работой за компьютером. Неврологических симптомов и «красных флагов» нет.',
      en: 'Episodic bilateral pressing headache of mild to moderate intensity, 3–5 days a month, not aggravated by routine activity, no nausea. Related to stress and long hours at the computer. No neurological symptoms or red flags.',
    },
    recommendations: {
      ru: 'Дневник головной боли. Регулярный сон, физическая активность, перерывы в работе за компьютером, упражнения для мышц шеи. Обезболивающие не чаще 2 дней в неделю (не более 10 дней в месяц), чтобы не развилась лекарственно-индуцированная головная боль. Срочно обратиться при внезапной сильнейшей головной боли, слабости, онемении, нарушении речи или зрения, температуре с ригидностью шеи.',
      en: 'Keep a headache diary. Regular sleep, physical activity, breaks from the computer, neck exercises. Painkillers no more than 2 days a week (at most 10 days a month) to avoid medication-overuse headache. Seek care urgently for a sudden worst-ever headache, weakness, numbness, trouble speaking or seeing, or fever with a stiff neck.',
    },
    prescriptions: [
      {
        drug: 'Ибупрофен',
        dose: '400 мг',
        frequency: 'однократно при головной боли, не чаще 2 дней в неделю',
        duration: 'по потребности',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'none' },
  },
  // Russian MoH guideline «Мигрень», 2024 (Russian Society for the Study of Headache); ICHD-3 (2018).
  {
    id: 'migraine',
    title: { ru: 'Мигрень без ауры', en: 'Migraine without aura' },
    specialtyCodes: ['neurologist', 'therapist'],
    diagnosisCode: 'G43.0',
    findings: {
      ru: 'Приступы односторонней пульсирующей головной боли средней и высокой интенсивности длительностью 4–24 часа, 2–3 раза в месяц, с тошнотой, свето- и звукобоязнью, усиливаются при физической нагрузке. Ауры нет. Неврологический статус по видеосвязи без особенностей, «красных флагов» нет.',
      en: 'Attacks of one-sided throbbing headache of moderate to severe intensity lasting 4–24 hours, 2–3 times a month, with nausea and sensitivity to light and sound, worse on exertion. No aura. Neurological status on video unremarkable; no red flags.',
    },
    recommendations: {
      ru: 'Дневник головной боли и провоцирующих факторов (недосыпание, пропуск еды, алкоголь, стресс). Принимать препарат в начале приступа. Обезболивающие не более 15 дней, триптаны — не более 10 дней в месяц. При 4 и более днях мигрени в месяц — консультация невролога для профилактического лечения. Срочно обратиться при внезапной сильнейшей головной боли или новых неврологических симптомах.',
      en: 'Keep a diary of headaches and triggers (lack of sleep, skipped meals, alcohol, stress). Take treatment early in the attack. Simple painkillers on at most 15 days, triptans on at most 10 days a month. With 4 or more migraine days a month see a neurologist about preventive treatment. Seek care urgently for a sudden worst-ever headache or new neurological symptoms.',
    },
    prescriptions: [
      {
        drug: 'Ибупрофен',
        dose: '400–800 мг',
        frequency: 'в начале приступа',
        duration: 'по потребности',
      },
      {
        drug: 'Суматриптан',
        dose: '50 мг',
        frequency: 'при неэффективности ибупрофена; повторно не ранее чем через 2 часа, не более 200 мг/сут',
        duration: 'по потребности',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'suggest', specialtyCode: 'neurologist', inDays: 60 },
  },
  // Russian MoH guideline «Атопический дерматит», 2023 (Russian Society of Dermatovenereologists, Union of Paediatricians).
  {
    id: 'atopic-dermatitis-child',
    title: { ru: 'Атопический дерматит у ребёнка', en: 'Atopic dermatitis in a child' },
    specialtyCodes: ['paediatrician', 'dermatologist'],
    diagnosisCode: 'L20.8',
    findings: {
      ru: 'Сухость кожи, зудящие эритематозные очаги с шелушением на сгибательных поверхностях локтевых и подколенных областей, щеках. Обострение около 2 недель. Признаков вторичной инфекции (мокнутие с корками, пустулы) нет. Сон нарушен из-за зуда.',
      en: 'Dry skin, itchy scaly erythematous patches on the elbow and knee flexures and cheeks. Flare for about 2 weeks. No signs of secondary infection (weeping with crusts, pustules). Itch disturbs sleep.',
    },
    recommendations: {
      ru: 'Эмоленты ежедневно 2–3 раза в день и после каждого купания, длительно, в том числе вне обострения. Короткое купание (5–10 минут) в тёплой воде без мыла. Хлопковая одежда, избегать перегрева, шерсти, ароматизированных средств. Элиминационные диеты без подтверждённой пищевой аллергии не рекомендуются. Очный осмотр при мокнутии, корках, пузырьках, лихорадке.',
      en: 'Emollients daily 2–3 times and after every bath, long term, also between flares. Short baths (5–10 minutes) in lukewarm water without soap. Cotton clothes; avoid overheating, wool and fragranced products. No elimination diets without proven food allergy. In-person examination for weeping, crusts, blisters or fever.',
    },
    prescriptions: [
      {
        drug: 'Эмолент (увлажняющий крем для атопичной кожи)',
        dose: 'обильно на всю кожу',
        frequency: '2–3 раза в день',
        duration: 'длительно',
      },
      {
        drug: 'Метилпреднизолона ацепонат 0,1 % крем',
        dose: 'тонким слоем на очаги',
        frequency: '1 раз в день',
        duration: '7–14 дней',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'suggest', specialtyCode: 'dermatologist', inDays: 14 },
  },
  // Russian MoH guideline «Отит средний острый», 2021 (National Medical Association of Otorhinolaryngologists).
  {
    id: 'acute-otitis-media-child',
    title: { ru: 'Острый средний отит у ребёнка', en: 'Acute otitis media in a child' },
    specialtyCodes: ['paediatrician'],
    diagnosisCode: 'H66.0',
    findings: {
      ru: 'Боль в ухе в течение суток, температура до 38,5 °C, беспокойство, после ОРВИ. Со слов родителя выделений из уха нет. Отёка и покраснения за ухом нет. Требуется очная отоскопия для подтверждения диагноза.',
      en: 'Ear pain for a day, temperature up to 38.5 °C, restlessness, following a viral respiratory infection. No ear discharge according to the parent. No swelling or redness behind the ear. In-person otoscopy needed to confirm the diagnosis.',
    },
    recommendations: {
      ru: 'Обезболивание — основа лечения. У детей старше 2 лет с нетяжёлым течением возможно наблюдение 48–72 часа; антибиотик начать при отсутствии улучшения, у детей до 2 лет и при тяжёлом течении — сразу. Очный осмотр ЛОР-врача или педиатра с отоскопией. Срочно обратиться при отёке или покраснении за ухом, ригидности шеи, рвоте, сохранении температуры выше 39 °C более 48 часов на фоне антибиотика.',
      en: 'Pain relief is the mainstay. Children over 2 with a mild course may be observed for 48–72 hours, starting the antibiotic if there is no improvement; under 2 or with a severe course start at once. In-person otoscopy by an ENT doctor or paediatrician. Seek care urgently for swelling or redness behind the ear, a stiff neck, vomiting, or fever above 39 °C for more than 48 hours on the antibiotic.',
    },
    prescriptions: [
      {
        drug: 'Ибупрофен (суспензия)',
        dose: '10 мг/кг',
        frequency: 'при боли, до 3 раз в день',
        duration: 'до 3 дней',
      },
      {
        drug: 'Амоксициллин',
        dose: '80–90 мг/кг/сут',
        frequency: 'в 2–3 приёма',
        duration: '10 дней до 2 лет, 5–7 дней старше 2 лет',
      },
    ],
    labTestCodes: [],
    followUp: { kind: 'suggest', specialtyCode: 'paediatrician', inDays: 3 },
  },
  // Russian MoH guideline «Железодефицитная анемия», 2021 (National Haematology Society); WHO ferritin guideline 2020.
  {
    id: 'iron-deficiency-anaemia',
    title: { ru: 'Железодефицитная анемия', en: 'Iron deficiency anaemia' },
    specialtyCodes: ['therapist', 'gynaecologist'],
    diagnosisCode: 'D50.9',
    findings: {
      ru: 'Слабость, утомляемость, выпадение волос. По анализам: гемоглобин 105 г/л, MCV 74 фл, ферритин 8 мкг/л — железодефицитная анемия лёгкой степени. Обильные менструации. Признаков желудочно-кишечного кровотечения нет.',
      en: 'Weakness, tiredness, hair loss. Tests: haemoglobin 105 g/L, MCV 74 fL, ferritin 8 µg/L — mild iron deficiency anaemia. Heavy periods. No signs of gastrointestinal bleeding.',
    },
    recommendations: {
      ru: 'Пероральные препараты железа натощак или между приёмами пищи, не запивать чаем, кофе, молоком. Ожидаемый прирост гемоглобина — не менее 10 г/л через 3–4 недели; лечение продолжать до восполнения запасов (ферритин выше 30 мкг/л), обычно 3 месяца. Установить причину: при обильных менструациях — консультация гинеколога; у мужчин и женщин в постменопаузе — обследование желудочно-кишечного тракта.',
      en: 'Oral iron on an empty stomach or between meals, not with tea, coffee or milk. Haemoglobin should rise by at least 10 g/L in 3–4 weeks; continue until stores are replete (ferritin above 30 µg/L), usually 3 months. Find the cause: heavy periods — see a gynaecologist; men and postmenopausal women — gastrointestinal investigation.',
    },
    prescriptions: [
      {
        drug: 'Железа сульфат',
        dose: '100 мг элементарного железа',
        frequency: '1 раз в день натощак (или через день при плохой переносимости)',
        duration: '3 месяца',
      },
    ],
    labTestCodes: ['cbc', 'ferritin'],
    followUp: { kind: 'suggest', specialtyCode: 'therapist', inDays: 28 },
  },
  // Ministry of Health order No. 404н (2021) on preventive examinations; SCORE2 (ESC 2021) for risk.
  {
    id: 'check-up',
    title: { ru: 'Профилактический осмотр', en: 'General check-up' },
    specialtyCodes: ['therapist'],
    diagnosisCode: 'Z00.0',
    findings: {
      ru: 'Жалоб нет. Артериальное давление 124/78 мм рт. ст., индекс массы тела 24 кг/м². Не курит, алкоголь — редко. Физическая активность достаточная. Сердечно-сосудистый риск оценён по шкале SCORE2.',
      en: 'No complaints. Blood pressure 124/78 mmHg, body mass index 24 kg/m². Non-smoker, rare alcohol. Sufficient physical activity. Cardiovascular risk assessed with SCORE2.',
    },
    recommendations: {
      ru: 'Здоровое питание (овощи и фрукты не менее 400 г в день, соль до 5 г), физическая активность не менее 150 минут в неделю, сон 7–9 часов. Контроль давления не реже 1 раза в год. Скрининг онкологических заболеваний в рамках диспансеризации по возрасту. Следующий профилактический осмотр через год.',
      en: 'Healthy diet (at least 400 g of vegetables and fruit a day, salt under 5 g), at least 150 minutes of physical activity a week, 7–9 hours of sleep. Blood pressure check at least once a year. Age-appropriate cancer screening. Next check-up in a year.',
    },
    prescriptions: [],
    labTestCodes: ['cbc', 'glucose', 'lipid-panel'],
    followUp: { kind: 'none' },
  },
  // NICE CG113 "Generalised anxiety disorder and panic disorder in adults" (2011, updated 2020); GAD-7 screening.
  {
    id: 'generalized-anxiety',
    title: { ru: 'Генерализованное тревожное расстройство', en: 'Generalised anxiety disorder' },
    specialtyCodes: ['psychologist', 'therapist'],
    diagnosisCode: 'F41.1',
    findings: {
      ru: 'Постоянная трудноконтролируемая тревога и беспокойство по разным поводам более 6 месяцев, напряжение, раздражительность, нарушение засыпания, трудности концентрации. GAD-7 — 12 баллов (умеренная тревога). Суицидальных мыслей нет. Употребление психоактивных веществ отрицает.',
      en: 'Persistent hard-to-control anxiety and worry about many things for more than 6 months, tension, irritability, trouble falling asleep, poor concentration. GAD-7 score 12 (moderate anxiety). No suicidal thoughts. Denies substance use.',
    },
    recommendations: {
      ru: 'Курс когнитивно-поведенческой терапии (12–16 встреч). Регулярная физическая активность, гигиена сна, ограничение кофеина и алкоголя, дыхательные и релаксационные упражнения. Исключить тиреотоксикоз (ТТГ). При недостаточном эффекте психотерапии — консультация психиатра для решения вопроса о медикаментозном лечении. При появлении мыслей о самоповреждении — немедленно обратиться за экстренной помощью (112).',
      en: 'A course of cognitive behavioural therapy (12–16 sessions). Regular physical activity, sleep hygiene, limit caffeine and alcohol, breathing and relaxation exercises. Rule out thyrotoxicosis (TSH). If therapy is not enough, see a psychiatrist about medication. With any thoughts of self-harm seek emergency help at once (112).',
    },
    prescriptions: [],
    labTestCodes: ['tsh'],
    followUp: { kind: 'suggest', specialtyCode: 'psychologist', inDays: 7 },
  },
];
