import type { Messages } from '../messages.js';

const valuesForm = (n: number) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'значение';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'значения';
  return 'значений';
};

export const medcard: Messages['medcard'] = {
  nav: { tests: 'Анализы', card: 'Медкарта' },
  person: { self: 'Я', legend: 'Чья карта' },
  orderStatus: {
    prescribed: 'Назначены',
    confirmed: 'Подтверждены',
    sent: 'Переданы в лабораторию',
    resulted: 'Результаты готовы',
    cancelled: 'Отменены',
  },
  tests: {
    title: 'Анализы',
    intro:
      'Анализы, которые назначили врачи. Выберите лабораторию рядом, подтвердите — результаты появятся в медкарте.',
    empty: 'Назначенных анализов нет.',
    forPerson: (name: string) => `Для: ${name}`,
    orderedBy: (doctor: string, date: string) => `Назначил(а) ${doctor}, ${date}`,
    orderedOn: (date: string) => `Назначены ${date}`,
    chooseLocation: 'Выберите лабораторию',
    hours: 'Часы работы',
    map: 'На карте',
    mapLabel: (name: string) => `${name} на Яндекс Картах (в новой вкладке)`,
    confirm: 'Подтвердить',
    confirmed:
      'Заказ подтверждён и передаётся в лабораторию. Возьмите паспорт; результаты обычно готовы через 1–2 дня.',
    cancel: 'Отменить заказ',
    cancelQuestion: 'Отменить эти анализы? Врач не получит результаты.',
    cancelConfirm: 'Да, отменить',
    cancelled: 'Заказ отменён.',
    location: 'Лаборатория',
    openResult: 'Открыть результаты',
    needLocation: 'Выберите лабораторию из списка.',
  },
  card: {
    title: 'Медицинская карта',
    intro: 'Всё о вашем лечении в одном месте: консультации, заключения, анализы и результаты, документы.',
    filters: 'Показать',
    all: 'Все',
    empty: 'Здесь пока ничего нет.',
    export: 'Выгрузить (FHIR)',
    exportHint: 'Скачать всю карту в формате FHIR R4 Bundle для другой клиники или приложения.',
    analytesTitle: 'Показатели в динамике',
    analytesEmpty: 'Результатов анализов пока нет.',
    valuesCount: (n: number) => `${n} ${valuesForm(n)}`,
    abnormal: (n: number) => `${n} ${valuesForm(n)} вне нормы`,
    open: 'Открыть',
  },
  kinds: {
    appointment: 'Консультации',
    conclusion: 'Заключения',
    lab_order: 'Назначения',
    lab_result: 'Результаты',
    attachment: 'Документы',
    bp_reading: 'Давление',
  },
  kind: {
    appointment: 'Консультация',
    conclusion: 'Заключение',
    lab_order: 'Назначены анализы',
    lab_result: 'Результаты анализов',
    attachment: 'Документ',
    bp_reading: 'Давление',
  },
  result: {
    title: 'Результаты анализов',
    back: 'К медкарте',
    issued: (date: string) => `Выданы ${date}`,
    analyte: 'Показатель',
    value: 'Результат',
    reference: 'Референсный интервал',
    flag: 'Отметка',
    trend: 'Динамика',
    openTrend: (name: string) => `${name}: динамика`,
    flags: { low: 'Ниже нормы', normal: 'Норма', high: 'Выше нормы' },
    decode: 'Попросить расшифровать эти результаты',
    decodeHint: 'Врач объяснит, что значат показатели именно для вас.',
    note: 'Референсные интервалы зависят от лаборатории, пола и возраста. Отклонение само по себе не диагноз.',
  },
  trend: {
    title: (name: string) => `${name}: динамика`,
    back: 'К медкарте',
    chartLabel: (name: string, unit: string) =>
      `График: ${name} (${unit}) по датам; закрашенная полоса — референсный интервал`,
    band: 'Референсный интервал',
    date: 'Дата',
    value: 'Значение',
    onePoint: 'Пока одно значение: линия появится со второго.',
  },
};
