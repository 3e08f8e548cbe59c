import type { Messages } from '../messages.js';
import { plural } from './plural.js';

const patients = (n: number) => plural(n, { one: 'пациент', few: 'пациента', many: 'пациентов' });
const readingsWord = (n: number) => plural(n, { one: 'измерение', few: 'измерения', many: 'измерений' });

export const workspace: Messages['workspace'] = {
  nav: { patients: 'Пациенты' },
  queue: {
    waitingCount: (count: number) => (count === 0 ? 'Никто не ждёт' : `Ждут: ${count} ${patients(count)}`),
    waitingFor: (minutes: number) => (minutes < 1 ? 'только что' : `ждёт ${minutes} мин`),
    questionnaire: 'анкета заполнена',
    live: 'Очередь обновляется сама каждые несколько секунд.',
    listLabel: 'Ожидающие пациенты, дольше всех ждущие — первыми',
  },
  schedule: { history: 'История' },
  summary: {
    historyLink: 'История пациента',
    guardian: 'Законный представитель',
    insuranceTitle: 'Программа страхования',
    noPolicy: 'У пациента нет действующего полиса: все услуги оплачиваются отдельно.',
    policy: (number: string, insurer: string, validTo: string) =>
      `Полис ${number}, ${insurer}, действует до ${validTo}`,
    franchise: (percent: number) =>
      `Программа с франшизой: пациент оплачивает ${percent}% стоимости услуг, входящих во франшизу.`,
    adviceHint: 'Планируйте анализы и направления в пределах того, что программа ещё покрывает в этом году.',
    service: {
      telemedicine: 'Онлайн-консультации',
      lab: 'Анализы',
      second_opinion: 'Второе мнение',
      test_decoding: 'Расшифровка анализов',
      in_person: 'Очные приёмы',
    },
    columns: {
      service: 'Услуга',
      cover: 'Покрытие',
      used: (year: number) => `Использовано в ${year}`,
      left: 'Осталось',
    },
    cover: {
      included: 'Полностью',
      franchise: (percent: number) => `Да, пациент платит ${percent}%`,
      not_covered: 'Не входит',
    },
    usedOf: (used: number, limit: number | null) => (limit === null ? String(used) : `${used} из ${limit}`),
    notTracked: 'не учитывается онлайн',
    noLimit: 'без лимита',
    limitReached: 'лимит исчерпан',
    conclusionsTitle: 'Предыдущие заключения',
    noConclusions: 'Предыдущих заключений нет.',
    noDiagnosis: 'Диагноз не указан',
    version: (version: number) => `исправлено, версия ${version}`,
    labsTitle: 'Последние анализы',
    noLabs: 'В карте пока нет результатов анализов.',
    labColumns: { analyte: 'Показатель', value: 'Значение', reference: 'Норма', date: 'Дата' },
    flag: { low: 'Ниже нормы', normal: 'Норма', high: 'Выше нормы' },
    bpTitle: 'Домашнее давление',
    bpAverage: (days: number, readings: number) =>
      `Среднее за последние ${days} дней (${readings} ${readingsWord(readings)})`,
    bpTarget: 'Целевое давление',
    bpNone: (days: number) => `За последние ${days} дней измерений нет.`,
    bpLast: 'Последнее измерение',
    attachmentsTitle: 'Приложенные документы',
    noAttachments: 'Пациент не приложил документов.',
    openFile: 'Открыть в новой вкладке',
  },
  history: {
    listTitle: 'Мои пациенты',
    listLead: 'Все, у кого была или запланирована консультация с вами.',
    search: 'Имя',
    searchButton: 'Найти',
    noPatients: 'Пациенты не найдены.',
    consults: (count: number) =>
      `${count} ${plural(count, { one: 'консультация', few: 'консультации', many: 'консультаций' })}`,
    last: 'Последняя',
    next: 'Следующая',
    title: (name: string) => `История: ${name}`,
    timelineTitle: 'Хронология',
    empty: 'Записей пока нет.',
    consult: 'Консультация',
    labReport: 'Результаты анализов',
    request: { second_opinion: 'Запрос второго мнения', test_decoding: 'Запрос расшифровки анализов' },
    requestStatus: {
      submitted: 'отправлен',
      in_review: 'на рассмотрении',
      answered: 'дан ответ',
      consult_booked: 'назначена консультация',
      cancelled: 'отменён',
    },
    diagnosis: 'Диагноз',
    recommendations: 'Рекомендации',
    noConclusion: 'Окончательного заключения нет',
    openConsult: 'Открыть консультацию',
    back: 'Все пациенты',
  },
};
