import type { ProblemTexts } from '../problem-texts.js';
import { formatTime } from '../../format/dates.js';
import { kindList } from '../consent-kinds.js';
import { plural } from './plural.js';

const wait = (seconds: number | string) => {
  const s = Number(seconds);
  if (s < 60) return `${s} ${plural(s, { one: 'секунду', few: 'секунды', many: 'секунд' })}`;
  const m = Math.ceil(s / 60);
  return `${m} ${plural(m, { one: 'минуту', few: 'минуты', many: 'минут' })}`;
};
const characters = (n: number | string) =>
  `${n} ${plural(Number(n), { one: 'символ', few: 'символа', many: 'символов' })}`;
const minutes = (n: number | string) =>
  `${n} ${plural(Number(n), { one: 'минуту', few: 'минуты', many: 'минут' })}`;

export const problems: ProblemTexts = {
  'http.bad_request': 'Запрос не удалось выполнить. Проверьте данные формы и попробуйте снова.',
  'http.malformed_json': 'Запрос не удалось прочитать. Обновите страницу и попробуйте снова.',
  'http.malformed_value': 'Одно из значений вне допустимого диапазона. Проверьте данные формы.',
  'http.body_too_large': 'Отправленные данные слишком велики.',
  'http.route_not_found': 'Такой страницы или действия нет.',
  'http.method_not_allowed': 'Это действие здесь недоступно.',
  'http.conflict': 'Данные успели измениться. Обновите страницу и попробуйте снова.',
  'http.gone': 'Это больше недоступно.',
  'http.unsupported_media_type': 'Такой тип данных не принимается.',
  'http.unprocessable': 'Запрос не удалось обработать.',
  'http.rate_limited': ({ retryAfterSeconds }) =>
    `Слишком много запросов. Попробуйте через ${wait(retryAfterSeconds)}.`,
  'http.too_many_concurrent': 'Слишком много одновременных запросов. Дождитесь завершения остальных.',
  'http.too_many_requests': 'Слишком много запросов. Попробуйте чуть позже.',
  'http.server_error': 'Что-то пошло не так на нашей стороне. Попробуйте через минуту.',
  'http.service_restoring':
    'Сервис восстанавливает соединение с хранилищем. Ваши данные в сохранности; повторите через несколько секунд.',
  'http.internal_only': 'Это только для служб Telemed.',
  not_found: 'Не найдено, или у вас нет к этому доступа.',
  'auth.required': 'Войдите, чтобы продолжить.',
  'auth.csrf': 'Сеанс изменился. Обновите страницу и попробуйте снова.',
  'auth.role_forbidden': 'Это действие недоступно вашей учётной записи.',
  'auth.action_forbidden': 'Это действие вам недоступно.',
  'auth.wrong_credentials': 'Неверный e-mail/телефон или пароль.',
  'auth.too_many_attempts': ({ retryAfterSeconds }) =>
    `Слишком много неудачных попыток входа. Попробуйте через ${wait(retryAfterSeconds)}.`,
  'auth.staff_account': 'Это учётная запись сотрудника: войдите в кабинет врача.',
  'auth.patient_account': 'Это учётная запись пациента: войдите в приложение пациента.',
  'idempotency.invalid_key': 'Запрос не удалось сопоставить. Обновите страницу и попробуйте снова.',
  'idempotency.key_reused':
    'Эта форма уже была отправлена с другими данными. Обновите страницу и попробуйте снова.',
  'idempotency.in_progress': 'Мы ещё обрабатываем ваш запрос — пожалуйста, не отправляйте его повторно.',
  'validation.required': 'Заполните это поле.',
  'validation.invalid_type': 'Значение имеет неверный тип.',
  'validation.too_long': ({ max }) => `Слишком длинный текст: не больше ${characters(max)}.`,
  'validation.too_short': ({ min }) => `Слишком короткий текст: не меньше ${characters(min)}.`,
  'validation.too_many': ({ max }) => `Слишком много: не больше ${max}.`,
  'validation.too_few': ({ min }) => `Выберите не меньше ${min}.`,
  'validation.too_large': ({ max }) => `Значение должно быть не больше ${max}.`,
  'validation.too_small': ({ min }) => `Значение должно быть не меньше ${min}.`,
  'validation.invalid_id': 'Выберите вариант из списка.',
  'validation.invalid_email': 'Введите правильный адрес e-mail.',
  'validation.invalid_date': 'Введите правильную дату.',
  'validation.date_out_of_range': ({ min, max }) => `Дата должна быть между ${min} и ${max}.`,
  'validation.invalid_format': 'Значение в неверном формате.',
  'validation.invalid_choice': 'Выберите один из предложенных вариантов.',
  'validation.unknown_field': 'В форме есть поле, которого не ожидалось.',
  'validation.unsafe_text': 'В тексте есть символы, которые нельзя сохранить.',
  'validation.invalid': 'Проверьте это значение.',
  'account.no_patient_record': 'У этой учётной записи нет карты пациента.',
  'account_deletion.children':
    'В вашей учётной записи есть дети младше 15 лет. Их медицинским картам нужна учётная запись родителя, поэтому удалить её пока нельзя: сначала обратитесь в поддержку, чтобы передать детей второму родителю.',
  'account_deletion.upcoming_appointments':
    'У вас есть предстоящие записи на приём. Сначала отмените их, затем удалите учётную запись.',
  'account_deletion.wrong_password': 'Неверный пароль.',
  'registration.wrong_code':
    'Код неверный или устарел. Проверьте последнее сообщение или зарегистрируйтесь заново.',
  'password_reset.wrong_code':
    'Код неверный или устарел. Проверьте последнее сообщение или запросите новый код.',
  'password.contains_identity': 'Пароль не должен содержать ваш e-mail или номер телефона.',
  'dev_mailbox.unavailable': 'Тестовый почтовый ящик здесь недоступен.',
  'second_factor.already_on': 'Двухэтапный вход уже включён для этой учётной записи.',
  'second_factor.not_on': 'Двухэтапный вход не включён для этой учётной записи.',
  'second_factor.wrong_code': 'Код неверный. Проверьте время на телефоне и введите текущий код.',
  'second_factor.code_used': 'Этот код уже использован. Дождитесь следующего кода в приложении.',
  'second_factor.wrong_recovery_code': 'Резервный код неверный или уже использован.',
  'second_factor.setup_expired': 'Время настройки истекло. Начните заново, чтобы получить новый QR-код.',
  'second_factor.staff_must_keep': 'Сотрудники не могут отключить двухэтапный вход.',
  'second_factor.step_expired': 'Этот шаг входа устарел. Войдите снова с паролем.',
  'second_factor.too_many_codes': ({ retryAfterSeconds }) =>
    `Слишком много неверных кодов. Попробуйте через ${wait(retryAfterSeconds)}.`,
  'consent.required': ({ kinds }) =>
    `Перед консультацией примите обязательные согласия: ${kindList('ru', kinds)}.`,
  'consent.withdrawn': ({ kinds }) =>
    `Обязательное согласие отозвано (${kindList('ru', kinds)}), поэтому записаться на новую консультацию нельзя. Чтобы записаться, дайте его снова на странице «Согласия».`,
  'consent.wrong_code':
    'Код подписи неверный или устарел. Проверьте последнее сообщение или запросите новый код.',
  'consent.document_outdated':
    'Текст согласия только что обновился. Обновите страницу и прочитайте новую редакцию.',
  'booking.slot_not_found': 'Это время больше недоступно. Выберите другое.',
  'booking.slot_started': 'Это время уже наступило. Выберите более позднее.',
  'booking.slot_taken': 'Это время только что заняли. Выберите другое.',
  'booking.format_unavailable': 'В это время врач не принимает в таком формате.',
  'booking.doctor_sees_adults': 'Этот врач не принимает детей.',
  'booking.doctor_sees_children': 'Этот врач принимает только детей.',
  'booking.not_changeable': 'Эту консультацию уже нельзя изменить.',
  'booking.change_too_late': ({ minutes: m }) =>
    `Отменить или перенести консультацию можно не позднее чем за ${minutes(m)} до начала; обратитесь в поддержку.`,
  'booking.not_covered': 'Эта услуга не входит в вашу страховую программу.',
  'urgent.already_waiting': 'У вас уже есть запрос в очереди срочных консультаций.',
  'urgent.children_see_paediatrician': 'Детей консультирует педиатр.',
  'urgent.adults_see_therapist': 'Взрослых консультирует терапевт.',
  'urgent.already_taken': 'Врач уже взял этот запрос.',
  'urgent.already_left': 'Этот запрос уже отменён: его нет в очереди.',
  'booking.in_person_not_covered': 'Ваша программа страхования не покрывает очные приёмы в клиниках.',
  'booking.clinic_not_in_network': 'Эта клиника не входит в сеть вашей программы страхования.',
  'booking.clinic_books_by_phone': ({ phone }) => `В эту клинику записывают только по телефону: ${phone}.`,
  'booking.visit_not_in_person': 'Это онлайн-консультация, а не очный приём.',
  'urgent.online_only':
    'Срочная очередь — только для онлайн-консультаций; для очного приёма запишитесь к врачу.',
  'policy.unknown_programme': 'Выберите программу страхования из списка.',
  'policy.unknown_insurer': 'Выберите страховую компанию из списка.',
  'policy.insurer_programme_mismatch': ({ insurer }) => `${insurer} не выдаёт полисы этой программы.`,
  'policy.dms_number_format': 'Номер полиса ДМС выглядит так: DMS-2026-1A2B3C4D.',
  'policy.oms_number_format': 'Номер полиса ОМС состоит из 16 цифр.',
  'policy.oms_check_digit': 'В номере полиса ОМС опечатка: не сходится последняя (контрольная) цифра.',
  'policy.valid_to_required': 'Укажите дату окончания полиса ДМС, как в полисе.',
  'policy.ended': 'Срок действия этого полиса уже закончился.',
  'policy.valid_to_too_far': 'Проверьте дату окончания: она слишком далеко.',
  'policy.already_added': 'Этот полис уже добавлен.',
  'clinics.region_not_in_programme': ({ region }) =>
    `Ваша страховая программа не действует в регионе «${region}»; выберите из её регионов.`,
  'clinics.import_invalid': ({ rows }) => `В файле ошибки (строк с ошибками: ${rows}); ничего не загружено.`,
  'policy.number_taken':
    'Этот номер полиса зарегистрирован на другого человека. Если полис ваш, обратитесь в поддержку.',
  'policy.oms_exists': 'У этого человека уже есть полис ОМС: единый номер выдаётся один раз на всю жизнь.',
  'family.birth_date_future': 'Дата рождения в будущем.',
  'family.child_too_old': ({ years }) => `Дети с ${years} лет регистрируют собственную учётную запись.`,
  'family.birth_certificate_format':
    'Номер свидетельства о рождении выглядит так: IV-МЮ 123456 — римские цифры, две русские буквы и шесть цифр.',
  'family.child_registered':
    'Ребёнок с этим свидетельством о рождении уже зарегистрирован. Если это ваш ребёнок, обратитесь в поддержку.',
  'consultation.cancelled': 'Эта консультация отменена.',
  'consultation.ended': 'Эта консультация завершена.',
  'consultation.in_person': 'Это очный приём в клинике: подключаться к звонку не нужно.',
  'checkup.package_not_found': 'Такого чек-апа нет.',
  'checkup.clinic_not_offering': 'Эта клиника не проводит этот чек-ап. Выберите другую клинику.',
  'checkup.not_eligible': 'Этот чек-ап в этом году недоступен по возрасту или полу.',
  'checkup.oms_policy_required':
    'Бесплатная диспансеризация — для владельцев действующего полиса ОМС. Сначала добавьте полис ОМС.',
  'checkup.already_booked': 'Этот чек-ап уже забронирован. Чтобы выбрать другое время, отмените запись.',
  'checkup.time_passed': 'Это время уже прошло. Выберите другое.',
  'checkup.clinic_closed': 'Клиника не начинает чек-апы в это время. Выберите одно из предложенных.',
  'checkup.time_full': 'На это время мест нет. Выберите другое.',
  'checkup.reschedule_by_rebooking': 'Чтобы перенести чек-ап, отмените запись и запишитесь на другое время.',
  'consultation.in_queue': 'Вы в очереди: звонок откроется, когда врач возьмёт ваш запрос.',
  'consultation.not_open_yet': ({ minutes: m }) => `Звонок откроется за ${minutes(m)} до начала.`,
  'consultation.time_passed': 'Время этой консультации прошло.',
  'consultation.unknown_reference': 'То, на что ссылается запрос, больше не существует.',
  'chat.id_conflict': 'Сообщение не удалось отправить. Отправьте его ещё раз.',
  'file.empty': 'Файл пустой.',
  'file.too_large': ({ maxMb }) => `Файл больше ${maxMb} МБ.`,
  'file.unsupported_type': 'Можно прикладывать только файлы PDF, JPEG и PNG.',
  'file.not_own': 'Прикладывать можно только собственные документы пациента.',
  'anamnesis.complaint_not_applicable': 'Одна из жалоб не подходит для этого человека.',
  'anamnesis.no_complaint': 'Опишите, что беспокоит, или отметьте жалобу в списке.',
  'anamnesis.invalid_answer': 'Этот ответ нельзя принять. Проверьте его.',
  'anamnesis.not_answered': 'На этот вопрос ещё нет ответа.',
  'anamnesis.complete': 'Опрос завершён: ответы больше нельзя изменить.',
  'anamnesis.not_for_patient': 'Опрос для этого пациента не найден.',
  'anamnesis.already_attached':
    'Этот опрос уже прикреплён к другой консультации. Пройдите проверку симптомов заново для этой записи.',
  'conclusion.unknown_code': 'Диагноза или анализа нет в справочнике.',
  'conclusion.already_final': 'Заключение уже подписано.',
  'conclusion.no_draft': 'Черновика для подписи ещё нет.',
  'conclusion.not_started': ({ signFrom }) =>
    `Консультация ещё не началась; подписать заключение можно с ${formatTime(String(signFrom), 'ru')}.`,
  'conclusion.diagnosis_required': 'Для подписи нужен диагноз: выберите код МКБ-10.',
  'conclusion.final_locked': 'Заключение подписано; чтобы выпустить новую версию, начните исправление.',
  'conclusion.changed': 'Заключение изменилось во время сохранения; обновите страницу и попробуйте снова.',
  'conclusion.not_final': 'Исправить можно только подписанное заключение.',
  'conclusion.export_not_final':
    'Выгрузить структурированный документ (CDA) можно только для подписанного заключения.',
  'conclusion.correction_open': 'Исправление этого заключения уже начато.',
  'conclusion.version_superseded': ({ version }) =>
    `Версия ${version} уже исправлена; исправляйте последнюю версию.`,
  'conclusion.unknown_specialty': 'Неизвестная специальность.',
  'conclusion.follow_up_not_found': 'Повторная консультация этого пациента не найдена.',
  'conclusion.first_contact_prescriptions':
    'При первичной дистанционной консультации нельзя назначать лечение до очного осмотра (приказ 193н). Уберите назначения или укажите диагноз, установленный очно.',
  'conclusion.in_person_visit_required':
    'При первичной дистанционной консультации нужно рекомендовать очный приём: укажите срочность и специальность.',
  'conclusion.diagnosis_not_established': ({ code }) =>
    `Дистанционная консультация корректирует лечение диагноза, установленного очно (${code}). Новый диагноз укажите как сопутствующий: он требует очного осмотра.`,
  'conclusion.established_not_found': 'Этот очный диагноз не найден в медкарте пациента.',
  'conclusion.established_source_invalid': 'Дата очного осмотра не может быть позже консультации.',
  'conclusion.lab_test_wrong_sex': ({ tests }) => `Эти анализы не назначают пациенту этого пола: ${tests}.`,
  'lab.unknown_location': 'Выберите пункт забора из списка.',
  'lab.order_status': 'Направление уже обработано; обновите страницу.',
  'lab.order_not_cancellable': 'Отменить можно только направление, ещё не отправленное в лабораторию.',
  'lab.report_wrong_patient': 'Результат относится к другому пациенту, чем направление.',
  'doctor_request.already_taken': 'Врач уже взял этот запрос; отменить его нельзя.',
  'doctor_request.claimed_by_other': 'Этот запрос уже взял другой врач.',
  'doctor_request.not_claimant': 'Ответить может только врач, который взял запрос.',
  'doctor_request.not_in_review': 'Этот запрос сейчас не на рассмотрении.',
  'doctor_request.changed': 'Запрос успел измениться; обновите страницу.',
  'doctor_request.slot_not_found': 'Это время не найдено среди ваших.',
  'guarantee_letter.already_decided': 'По этому гарантийному письму уже принято решение или оно отозвано.',
  'guarantee_letter.no_active_policy': 'У застрахованного нет действующего полиса — письмо выдать нельзя.',
  'rating.already_given': 'Этот визит уже оценён; оценку нельзя изменить.',
  'rating.not_completed': 'Оценить можно только состоявшийся визит.',
  'rating.no_clinic': 'Этот визит был не в клинике — оценивать клинику не нужно.',
  'monitoring.already_enrolled': 'Пациент уже под мониторингом давления или ждёт решения по предложению.',
  'monitoring.not_enrolled': 'Пациент не подключён к мониторингу давления.',
  'outreach.series_start_out_of_range':
    'Серия должна начинаться не раньше чем 28 дней назад и не позже чем через 60 дней.',
  'outreach.morning_time_after_noon':
    'Утреннее напоминание должно быть раньше 12:00: утренними считаются измерения до полудня.',
  'outreach.evening_time_before_noon':
    'Вечернее напоминание должно быть не раньше 12:00: вечерними считаются измерения с полудня.',
  'titration.unknown_protocol': 'Такого протокола титрации нет.',
  'titration.invalid_step': 'В этом протоколе нет такого шага.',
  'titration.proposal_decided': 'По этому предложению об изменении лечения уже принято решение.',
  'titration.plan_ended':
    'Пациент больше не участвует в мониторинге, в рамках которого было сделано это предложение.',
  'monitoring.not_assistant': 'Выберите медицинского ассистента.',
  'monitoring.proposal_decided': 'По этому предложению уже принято решение.',
  'monitoring.assistant_proposes':
    'Ассистент может только предложить мониторинг: решает лечащий врач или сам пациент.',
  'monitoring.alert_closed': 'Это оповещение уже обработано.',
  'monitoring.invalid_readings': 'Некоторые измерения неверны; ничего не сохранено.',
  'monitoring.target_diastolic_not_below':
    'Целевое диастолическое (нижнее) давление должно быть ниже систолического (верхнего).',
  'admin.email_taken': 'Учётная запись с этим e-mail уже есть.',
  'admin.unknown_specialties': ({ codes }) => `Неизвестные специальности: ${codes}.`,
  'admin.unknown_clinic': 'Выберите клинику из списка.',
  'admin.template_overlap': 'Это время пересекается с другим шаблоном того же дня недели.',
  'admin.holiday_exists': 'Этот день уже отмечен как праздник.',
  'admin.programme_code_taken': 'Программа с таким кодом уже есть.',
  'admin.unknown_region': ({ region }) =>
    `В регионе «${region}» у сети нет клиник. Выберите один из предложенных регионов.`,
  'admin.unknown_programme': 'Выберите программу из списка.',
  'admin.policy_number_taken': 'Полис с таким номером уже есть.',
  'admin.policy_dates': 'Полис не может закончиться раньше, чем начался.',
  'admin.invalid_cursor': 'Эта страница результатов устарела; выполните поиск заново.',
};
