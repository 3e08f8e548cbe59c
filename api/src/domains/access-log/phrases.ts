import type { LocalizedText } from '../../db/schema/common.js';

/**
 * Audit actions in plain language, for the patient's "who saw my data" page. English is a verb phrase
 * ("open" + "the medical card") so a line reads "opened the medical card" or, when refused, "tried to open the
 * medical card"; Russian is a noun phrase ("просмотр медицинской карты"), which reads the same for either
 * outcome and needs no grammatical gender of the person.
 *
 * Every action written by `writeAudit`/`auditBatch`/`requirePatientAccess` and the domains' access helpers has
 * a line here (api/test/access-log.test.ts scans the code for them); an unknown one falls back to a phrase
 * built from its resource type, and that to a generic one.
 */
interface Phrase {
  /** Bare verb, its past form taken from PAST below. */
  verb: Verb;
  /** What the verb acts on, in English. */
  object: string;
  ru: string;
}

const PAST = {
  access: 'accessed',
  acknowledge: 'acknowledged',
  add: 'added',
  answer: 'answered',
  approve: 'approved',
  archive: 'archived',
  attach: 'attached',
  book: 'booked',
  cancel: 'cancelled',
  change: 'changed',
  check: 'checked',
  choose: 'chose',
  claim: 'took',
  close: 'closed',
  confirm: 'confirmed',
  correct: 'corrected',
  decide: 'decided',
  decline: 'declined',
  declare: 'declared',
  download: 'downloaded',
  end: 'ended',
  enrol: 'enrolled',
  escalate: 'escalated',
  export: 'exported',
  find: 'found',
  finish: 'finished',
  import: 'imported',
  invite: 'invited',
  join: 'joined',
  leave: 'left',
  list: 'listed',
  mark: 'marked',
  open: 'opened',
  pay: 'paid',
  propose: 'proposed',
  rate: 'rated',
  read: 'read',
  receive: 'received',
  record: 'recorded',
  refer: 'referred',
  request: 'requested',
  reschedule: 'rescheduled',
  resolve: 'resolved',
  save: 'saved',
  see: 'saw',
  set: 'set',
  sign: 'signed',
  start: 'started',
  submit: 'sent',
  take: 'took',
  turn: 'turned',
  upload: 'uploaded',
  write: 'wrote',
  delete: 'deleted',
  hide: 'hid',
  withdraw: 'withdrew',
} as const;
type Verb = keyof typeof PAST;

const p = (verb: Verb, object: string, ru: string): Phrase => ({ verb, object, ru });

export const ACTION_PHRASES: Record<string, Phrase> = {
  // Profile, family, insurance
  'patient.read': p('open', 'the profile and insurance cover', 'просмотр профиля и страхового покрытия'),
  'family.read': p('open', 'the family list', 'просмотр списка семьи'),
  'patient.list': p('see', 'the patient in their list of patients', 'просмотр списка пациентов'),
  'patient.search': p('find', 'the patient in a search', 'поиск пациента'),
  'policies.read': p('read', 'the insurance policies', 'просмотр страховых полисов'),
  'policy.add': p('add', 'an insurance policy', 'добавление страхового полиса'),
  'policy.added': p('add', 'an insurance policy', 'добавление страхового полиса'),
  'coverage.read': p('check', 'the insurance cover', 'проверка страхового покрытия'),
  'clinics.coverage': p('check', 'which clinics the policy covers', 'просмотр клиник по полису'),
  'regions.read': p('read', 'the home region', 'просмотр региона'),
  'regions.choose': p('choose', 'the home region', 'выбор региона'),
  'admin.policies.read': p('read', 'the insurance policies', 'просмотр страховых полисов'),
  'admin.policy.create': p('add', 'an insurance policy', 'добавление страхового полиса'),
  'admin.policy.end': p('end', 'an insurance policy', 'прекращение страхового полиса'),
  // Medical card
  'medcard.timeline': p('open', 'the medical card', 'просмотр медицинской карты'),
  'medcard.analytes': p('read', 'the lab results', 'просмотр результатов анализов'),
  'medcard.analyte': p('read', 'the trend of a lab result', 'просмотр динамики показателя анализа'),
  'medcard.fhir_export': p('export', 'the medical card', 'выгрузка медицинской карты'),
  'lab_report.read': p('open', 'a lab report', 'просмотр результата анализа'),
  'lab_report.received': p('add', 'a lab result', 'поступление результата анализа'),
  'lab_report.amended': p('add', 'a corrected lab result', 'поступление исправленного результата анализа'),
  'history.read': p('read', 'the medical history', 'просмотр истории обращений'),
  'clinical-summary.read': p('read', 'the clinical summary', 'просмотр клинической сводки'),
  // Documents
  'file.upload': p('upload', 'a document', 'загрузка документа'),
  'file.list': p('see', 'the list of documents', 'просмотр списка документов'),
  'file.download': p('download', 'a document', 'скачивание документа'),
  'file.withdraw': p('withdraw', 'a document', 'отзыв документа'),
  'appointment.attach': p('attach', 'a document to a consultation', 'прикрепление документа к консультации'),
  'appointment.attachments.read': p(
    'see',
    'the documents attached to a consultation',
    'просмотр документов консультации',
  ),
  // Symptom checker and questionnaire
  'triage.complaints': p('read', 'the symptom checker answers', 'просмотр жалоб из проверки симптомов'),
  'anamnesis.start': p('start', 'a symptom questionnaire', 'начало опроса о симптомах'),
  'anamnesis.answer': p('answer', 'the symptom questionnaire', 'ответы на опрос о симптомах'),
  'anamnesis.finish': p('finish', 'the symptom questionnaire', 'завершение опроса о симптомах'),
  'anamnesis.read': p('read', 'the symptom questionnaire', 'просмотр опроса о симптомах'),
  'anamnesis.correct': p('correct', 'the symptom questionnaire', 'исправление опроса о симптомах'),
  // Appointments and consultations
  'appointment.list': p('see', 'the appointments', 'просмотр списка записей'),
  'appointment.book': p('book', 'an appointment', 'запись на приём'),
  'appointment.calendar': p('download', 'an appointment for the calendar', 'выгрузка записи в календарь'),
  'appointment.cancel': p('cancel', 'an appointment', 'отмена записи'),
  'appointment.read': p('open', 'an appointment', 'просмотр записи на приём'),
  'appointment.reschedule': p('reschedule', 'an appointment', 'перенос записи'),
  'appointment.visit_completed': p('mark', 'a visit as held', 'отметка о состоявшемся визите'),
  'checkups.read': p('see', 'the check-ups available', 'просмотр доступных диспансеризаций'),
  'checkup.book': p('book', 'a check-up', 'запись на диспансеризацию'),
  'checkup.reschedule_by_rebooking': p('reschedule', 'a check-up', 'перенос диспансеризации'),
  'urgent.join': p(
    'join',
    'the queue for an urgent consultation',
    'постановка в очередь срочной консультации',
  ),
  'urgent.leave': p('leave', 'the queue for an urgent consultation', 'выход из очереди срочной консультации'),
  'urgent.status': p('check', 'the place in the urgent queue', 'проверка места в очереди'),
  'urgent.queue.read': p('see', 'the urgent consultation queue', 'просмотр очереди срочных консультаций'),
  'urgent.take': p('take', 'the urgent consultation', 'приём срочной консультации'),
  'consultation.join': p('join', 'the consultation', 'подключение к консультации'),
  'consultation.chat.read': p('read', 'the consultation chat', 'просмотр чата консультации'),
  'consultation.chat.write': p('write', 'in the consultation chat', 'сообщение в чате консультации'),
  'consultation.event': p('record', 'a consultation event', 'событие консультации'),
  'consultation.phone': p('turn', 'the consultation to a phone call', 'переход консультации на телефон'),
  'consultation.invite': p('invite', 'a guest to the consultation', 'приглашение участника консультации'),
  'consultation.invite.candidates': p(
    'see',
    'who may be invited to the consultation',
    'просмотр возможных участников консультации',
  ),
  'consultation.participants.read': p(
    'see',
    'the consultation participants',
    'просмотр участников консультации',
  ),
  // Conclusions
  'conclusion.read': p('open', 'a consultation conclusion', 'просмотр заключения'),
  'conclusion.pdf': p('download', 'a consultation conclusion (PDF)', 'скачивание заключения (PDF)'),
  'conclusion.archive': p('open', 'the archive of conclusions', 'просмотр архива заключений'),
  'conclusion.save_draft': p('save', 'a draft conclusion', 'сохранение черновика заключения'),
  'conclusion.finalise': p('sign', 'a consultation conclusion', 'подписание заключения'),
  'conclusion.correct': p('correct', 'a consultation conclusion', 'исправление заключения'),
  'conclusion.established_diagnoses': p(
    'check',
    'the diagnoses established at in-person visits',
    'просмотр диагнозов, установленных на очных приёмах',
  ),
  'conclusion.cda': p('export', 'a consultation conclusion (CDA)', 'выгрузка заключения (CDA)'),
  'conclusion.fhir': p('export', 'a consultation conclusion (FHIR)', 'выгрузка заключения (FHIR)'),
  // Second opinions and test decoding
  'care_request.submit': p('submit', 'a request for a second opinion', 'отправка запроса врачу'),
  'care_request.list': p('see', 'the requests to doctors', 'просмотр запросов врачам'),
  'care_request.read': p('open', 'a request to a doctor', 'просмотр запроса врачу'),
  'care_request.inbox': p('see', 'a request in the doctors’ inbox', 'просмотр входящих запросов'),
  'care_request.claim': p('take', 'a request to answer', 'принятие запроса в работу'),
  'care_request.answer': p('answer', 'a request', 'ответ на запрос'),
  'care_request.convert': p('turn', 'a request into a consultation', 'перевод запроса в консультацию'),
  'care_request.cancel': p('cancel', 'a request', 'отмена запроса'),
  'care_request.lab_reports': p('read', 'the lab reports of a request', 'просмотр анализов по запросу'),
  // Lab orders
  'lab_order.list': p('see', 'the lab test orders', 'просмотр направлений на анализы'),
  'lab_order.confirm': p('confirm', 'a lab test order', 'подтверждение направления на анализы'),
  'lab_order.cancel': p('cancel', 'a lab test order', 'отмена направления на анализы'),
  // Blood-pressure monitoring
  'bp-reading.create': p('add', 'a blood-pressure reading', 'добавление измерения давления'),
  'bp-reading.import': p('import', 'blood-pressure readings', 'импорт измерений давления'),
  'bp-reading.read': p('read', 'the blood-pressure readings', 'просмотр измерений давления'),
  'bp-reading.fhir': p('export', 'the blood-pressure readings', 'выгрузка измерений давления'),
  'monitoring.worklist': p('see', 'the patient in the monitoring worklist', 'просмотр списка мониторинга'),
  'monitoring.patient.read': p('open', 'the blood-pressure monitoring', 'просмотр мониторинга давления'),
  'bp-reading.device-import': p(
    'import',
    'blood-pressure readings from a device export',
    'импорт измерений давления из файла тонометра',
  ),
  'monitoring.population': p(
    'see',
    'the patient in the monitoring population view',
    'просмотр сводки по пациентам мониторинга',
  ),
  'titration.read': p('open', 'the blood-pressure treatment plan', 'просмотр плана лечения давления'),
  'titration.attach': p('start', 'a blood-pressure treatment plan', 'назначение плана лечения давления'),
  'titration.list': p(
    'see',
    'the proposed change of the treatment plan',
    'просмотр предложений по плану лечения',
  ),
  'titration.approve': p('approve', 'a change of the treatment plan', 'утверждение изменения плана лечения'),
  'titration.decline': p(
    'decline',
    'a proposed change of the treatment plan',
    'отклонение предложения по плану лечения',
  ),
  'monitoring.note.create': p('write', 'a monitoring note', 'запись заметки мониторинга'),
  'monitoring.enrol': p(
    'enrol',
    'the patient in blood-pressure monitoring',
    'включение в мониторинг давления',
  ),
  'monitoring.propose': p('propose', 'blood-pressure monitoring', 'предложение мониторинга давления'),
  'monitoring.proposal.list': p('see', 'the monitoring proposals', 'просмотр предложений мониторинга'),
  'monitoring.proposal.decide': p('decide', 'on a monitoring proposal', 'решение по предложению мониторинга'),
  'monitoring.enrolment.read': p('read', 'the monitoring terms', 'просмотр условий мониторинга'),
  'monitoring.enrolment.end': p('end', 'blood-pressure monitoring', 'завершение мониторинга давления'),
  'monitoring.target.update': p('change', 'the blood-pressure target', 'изменение целевого давления'),
  'monitoring.alert.acknowledge': p('acknowledge', 'a blood-pressure alert', 'принятие сигнала о давлении'),
  'monitoring.alert.escalate': p('escalate', 'a blood-pressure alert to a doctor', 'передача сигнала врачу'),
  'monitoring.alert.resolve': p('resolve', 'a blood-pressure alert', 'закрытие сигнала о давлении'),
  'monitoring.escalation.read': p(
    'read',
    'an escalated blood-pressure alert',
    'просмотр переданного сигнала',
  ),
  'outreach.read': p(
    'open',
    'the home-measurement series and contacts',
    'просмотр серии измерений и контактов',
  ),
  'outreach.schedule.set': p('set', 'a home-measurement series', 'назначение серии измерений давления'),
  'outreach.contact.create': p('record', 'a contact attempt', 'запись попытки связаться'),
  'outreach.task.resolve': p(
    'close',
    'a task about missed measurements',
    'закрытие задачи о пропущенных измерениях',
  ),
  'outreach.series.read': p('open', 'the home-measurement series', 'просмотр серии измерений давления'),
  'outreach.questionnaire.submit': p(
    'answer',
    'the symptom and side-effect questionnaire',
    'ответы на опрос о симптомах',
  ),
  // Guarantee letters (the insurer's medical coordinator)
  'guarantee_letter.options': p(
    'see',
    'the guarantee letter options',
    'просмотр вариантов гарантийного письма',
  ),
  'guarantee_letter.submit': p('request', 'a guarantee letter', 'запрос гарантийного письма'),
  'guarantee_letter.list': p('see', 'the guarantee letters', 'просмотр гарантийных писем'),
  'guarantee_letter.read': p('open', 'a guarantee letter request', 'просмотр запроса гарантийного письма'),
  'guarantee_letter.inbox': p(
    'see',
    'a guarantee letter request in the inbox',
    'просмотр входящих запросов писем',
  ),
  'guarantee_letter.referral': p(
    'open',
    'the referral of a guarantee letter request',
    'просмотр направления',
  ),
  'guarantee_letter.approve': p('approve', 'a guarantee letter', 'выдача гарантийного письма'),
  'guarantee_letter.decline': p('decline', 'a guarantee letter request', 'отказ в гарантийном письме'),
  'guarantee_letter.cancel': p('cancel', 'a guarantee letter request', 'отмена запроса гарантийного письма'),
  'guarantee_letter.pdf': p('download', 'a guarantee letter', 'скачивание гарантийного письма'),
  // Payments and ratings
  'payment.read': p('read', 'a payment', 'просмотр оплаты'),
  'payment.invoice': p('download', 'an invoice', 'скачивание счёта'),
  'rating.create': p('rate', 'a consultation', 'оценка консультации'),
  'rating.read': p('read', 'a rating', 'просмотр оценки'),
  'rating.hide_comment': p('hide', 'a review comment', 'скрытие комментария к оценке'),
  // Consents (domains/consents)
  'consent.read': p('see', 'the consents', 'просмотр согласий'),
  'consent.signature_code': p('request', 'a code to sign consents', 'запрос кода для подписания согласий'),
  'consent.sign': p('sign', 'consents', 'подписание согласий'),
  'consent.accepted': p('sign', 'a consent', 'подписание согласия'),
  'consent.withdraw': p('withdraw', 'a consent', 'отзыв согласия'),
  'consent.withdrawn': p('withdraw', 'a consent', 'отзыв согласия'),
  // Administration (rows about a patient are rare: policies; the rest are listed for completeness)
  'admin.audit.export': p('export', 'the audit log', 'выгрузка журнала аудита'),
  'admin.holiday.create': p('add', 'a holiday to the schedule', 'добавление праздничного дня'),
  'admin.holiday.delete': p('delete', 'a holiday from the schedule', 'удаление праздничного дня'),
  'admin.practitioner.create': p('add', 'a practitioner', 'добавление сотрудника'),
  'admin.practitioner.deactivate': p('turn', 'a practitioner’s account off', 'отключение сотрудника'),
  'admin.practitioner.reactivate': p('turn', 'a practitioner’s account back on', 'включение сотрудника'),
  'admin.programme.create': p('add', 'an insurance programme', 'добавление страховой программы'),
  'admin.programme.update': p('change', 'an insurance programme', 'изменение страховой программы'),
  'admin.slot_template.create': p('add', 'a schedule template', 'добавление шаблона расписания'),
  'admin.slot_template.delete': p('delete', 'a schedule template', 'удаление шаблона расписания'),
  'admin.slots.generate': p('add', 'schedule slots', 'создание слотов расписания'),
  'clinic.imported': p('import', 'the clinic list', 'импорт списка клиник'),
  'doctors.search': p('find', 'a doctor to book', 'поиск врача для записи'),
  // This page and the account
  'access_log.read': p('read', 'the log of who saw the data', 'просмотр журнала доступа к данным'),
  'account.deletion': p(
    'delete',
    'the account (the medical record is kept)',
    'удаление учётной записи (медицинская карта сохранена)',
  ),
};

/** Actions written with a suffix (`guardianship.declared.mother`…): the phrase of their prefix. */
const PREFIX_PHRASES: [string, Phrase][] = [
  [
    'guardianship.declared.',
    p('declare', 'themselves the child’s legal representative', 'указание законного представителя ребёнка'),
  ],
  ['consent.', p('record', 'a consent', 'оформление согласия')],
];

/** What a resource type is, for actions without a phrase of their own. */
const RESOURCE_PHRASES: Record<string, Phrase> = {
  Patient: p('access', 'the patient record', 'обращение к данным пациента'),
  Composition: p('access', 'a consultation conclusion', 'обращение к заключению'),
  DiagnosticReport: p('access', 'a lab report', 'обращение к результату анализа'),
  Observation: p('access', 'the lab results', 'обращение к результатам анализов'),
  DocumentReference: p('access', 'a document', 'обращение к документу'),
  Bundle: p('access', 'an export of the medical card', 'обращение к выгрузке медицинской карты'),
  Appointment: p('access', 'an appointment', 'обращение к записи на приём'),
  CareRequest: p('access', 'a request to a doctor', 'обращение к запросу врачу'),
  GuaranteeLetter: p('access', 'a guarantee letter', 'обращение к гарантийному письму'),
  ServiceRequest: p('access', 'a lab test order', 'обращение к направлению на анализы'),
  Coverage: p('access', 'the insurance cover', 'обращение к страховому покрытию'),
  InsurancePolicy: p('access', 'an insurance policy', 'обращение к страховому полису'),
  QuestionnaireResponse: p('access', 'the symptom questionnaire', 'обращение к опросу о симптомах'),
  BpReading: p('access', 'the blood-pressure readings', 'обращение к измерениям давления'),
  MonitoringEnrolment: p('access', 'the blood-pressure monitoring', 'обращение к мониторингу давления'),
  MonitoringNote: p('access', 'a monitoring note', 'обращение к заметке мониторинга'),
  MonitoringAlert: p('access', 'a blood-pressure alert', 'обращение к сигналу о давлении'),
  MeasurementSchedule: p('access', 'the home-measurement series', 'обращение к серии измерений давления'),
  SeriesTask: p('access', 'a task about missed measurements', 'обращение к задаче о пропущенных измерениях'),
  SymptomQuestionnaire: p(
    'access',
    'the symptom and side-effect questionnaire',
    'обращение к опросу о симптомах',
  ),
  Condition: p('access', 'a diagnosis', 'обращение к диагнозу'),
  Encounter: p('access', 'a consultation', 'обращение к консультации'),
  Consent: p('access', 'a consent', 'обращение к согласию'),
};

const GENERIC = p('access', 'the medical record', 'обращение к медицинским данным');

/** The phrase for an action, or for its resource type, or the generic one; `known` says which. */
export function phraseFor(action: string, resourceType: string): { phrase: Phrase; known: boolean } {
  const own = ACTION_PHRASES[action] ?? PREFIX_PHRASES.find(([prefix]) => action.startsWith(prefix))?.[1];
  if (own) return { phrase: own, known: true };
  return { phrase: RESOURCE_PHRASES[resourceType] ?? GENERIC, known: false };
}

/** "opened the medical card" / "tried to open the medical card"; "просмотр медицинской карты". */
export function describeAction(
  action: string,
  resourceType: string,
  outcome: 'allowed' | 'denied',
): LocalizedText {
  const { phrase } = phraseFor(action, resourceType);
  const en =
    outcome === 'allowed'
      ? `${PAST[phrase.verb]} ${phrase.object}`
      : `tried to ${phrase.verb} ${phrase.object}`;
  return { en, ru: phrase.ru };
}
