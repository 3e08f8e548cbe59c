import type { ProblemTexts } from '../problem-texts.js';
import { formatTime } from '../../format/dates.js';
import { kindList } from '../consent-kinds.js';

const wait = (seconds: number | string) => {
  const s = Number(seconds);
  return s < 60 ? `${s} s` : `${Math.ceil(s / 60)} min`;
};

/** What each api problem code means, for people (api/src/http/problem-codes.ts lists the codes). */
export const problems: ProblemTexts = {
  'http.bad_request': 'The request could not be processed. Check the form and try again.',
  'http.malformed_json': 'The request could not be read. Reload the page and try again.',
  'http.malformed_value': 'One of the values is out of range. Check the form and try again.',
  'http.body_too_large': 'What you sent is too large.',
  'http.route_not_found': 'This page or action does not exist.',
  'http.method_not_allowed': 'This action is not available here.',
  'http.conflict': 'This has changed meanwhile. Reload the page and try again.',
  'http.gone': 'This is no longer available.',
  'http.unsupported_media_type': 'This kind of content is not accepted.',
  'http.unprocessable': 'The request could not be processed.',
  'http.rate_limited': ({ retryAfterSeconds }) =>
    `Too many requests. Please try again in ${wait(retryAfterSeconds)}.`,
  'http.too_many_concurrent': 'Too many requests at once. Please wait for the others to finish.',
  'http.too_many_requests': 'Too many requests. Please try again a little later.',
  'http.server_error': 'Something went wrong on our side. Please try again in a minute.',
  'http.service_restoring':
    'The service is restoring a connection. Your data is safe; try again in a few seconds.',
  'http.internal_only': 'This is for Telemed services only.',
  not_found: 'Not found, or you do not have access to it.',
  'auth.required': 'Please sign in to continue.',
  'auth.csrf': 'Your session has changed. Reload the page and try again.',
  'auth.role_forbidden': 'This action is not available to your account.',
  'auth.action_forbidden': 'This action is not available to you.',
  'auth.wrong_credentials': 'Wrong e-mail/phone or password.',
  'auth.too_many_attempts': ({ retryAfterSeconds }) =>
    `Too many failed sign-in attempts. Try again in ${wait(retryAfterSeconds)}.`,
  'auth.staff_account': 'This is a staff account: sign in to the doctor workspace instead.',
  'auth.patient_account': 'This is a patient account: sign in to the patient app instead.',
  'idempotency.invalid_key': 'The request could not be matched. Reload the page and try again.',
  'idempotency.key_reused': 'This form was already sent with other content. Reload the page and try again.',
  'idempotency.in_progress': 'We are still processing your request; please do not send it again.',
  'validation.required': 'Please fill in this field.',
  'validation.invalid_type': 'This value has the wrong type.',
  'validation.too_long': ({ max }) => `Too long: at most ${max} characters.`,
  'validation.too_short': ({ min }) => `Too short: at least ${min} characters.`,
  'validation.too_many': ({ max }) => `Too many: at most ${max}.`,
  'validation.too_few': ({ min }) => `Choose at least ${min}.`,
  'validation.too_large': ({ max }) => `Must be at most ${max}.`,
  'validation.too_small': ({ min }) => `Must be at least ${min}.`,
  'validation.invalid_id': 'Choose an item from the list.',
  'validation.invalid_email': 'Enter a valid e-mail address.',
  'validation.invalid_date': 'Enter a valid date.',
  'validation.date_out_of_range': ({ min, max }) => `The date must be between ${min} and ${max}.`,
  'validation.invalid_format': 'This value is not in the expected format.',
  'validation.invalid_choice': 'Choose one of the offered options.',
  'validation.unknown_field': 'The form contains a field that is not expected.',
  'validation.unsafe_text': 'The text contains characters that cannot be stored.',
  'validation.invalid': 'Check this value.',
  'account.no_patient_record': 'This account has no patient record.',
  'account_deletion.children':
    'Your account looks after children under 15. Their medical records need a parent’s account, so it cannot be deleted while they are in it: contact support to hand them over to the other parent first.',
  'account_deletion.upcoming_appointments':
    'You have upcoming appointments. Cancel them first, then delete the account.',
  'account_deletion.wrong_password': 'The password is not right.',
  'registration.wrong_code': 'The code is wrong or has expired. Check the latest message or register again.',
  'password_reset.wrong_code':
    'The code is wrong or has expired. Check the latest message or ask for a new code.',
  'password.contains_identity': 'The password must not contain your e-mail or phone number.',
  'dev_mailbox.unavailable': 'The development mailbox is not available here.',
  'second_factor.already_on': 'Two-step sign-in is already on for this account.',
  'second_factor.not_on': 'Two-step sign-in is not on for this account.',
  'second_factor.wrong_code':
    'The code is not right. Check the time on your phone and enter the current code.',
  'second_factor.code_used': 'This code has already been used. Wait for the next code in your app.',
  'second_factor.wrong_recovery_code': 'This recovery code is not right or has already been used.',
  'second_factor.setup_expired': 'The set-up has expired. Start again to get a new QR code.',
  'second_factor.staff_must_keep': 'Staff accounts must keep two-step sign-in.',
  'second_factor.step_expired': 'This sign-in step has expired. Sign in again with your password.',
  'second_factor.too_many_codes': ({ retryAfterSeconds }) =>
    `Too many wrong codes. Try again in ${wait(retryAfterSeconds)}.`,
  'consent.required': ({ kinds }) =>
    `Before a consultation, please accept the required consents: ${kindList('en', kinds)}.`,
  'consent.withdrawn': ({ kinds }) =>
    `A required consent has been withdrawn (${kindList('en', kinds)}), so no new consultations can be booked. Give it again on the Consents page to book.`,
  'consent.wrong_code':
    'The signature code is wrong or has expired. Check the latest message or ask for a new code.',
  'consent.document_outdated':
    'A consent text has just been updated. Reload the page and read the new version.',
  'booking.slot_not_found': 'This time is no longer available. Please choose another.',
  'booking.slot_started': 'This time has already started. Please choose a later one.',
  'booking.slot_taken': 'Someone has just booked this time. Please choose another.',
  'booking.format_unavailable': 'The doctor does not offer this format at this time.',
  'booking.doctor_sees_adults': 'This doctor does not see children.',
  'booking.doctor_sees_children': 'This doctor sees children only.',
  'booking.not_changeable': 'This consultation can no longer be changed.',
  'booking.change_too_late': ({ minutes }) =>
    `Consultations can be cancelled or moved up to ${minutes} minutes before the start; please contact support.`,
  'booking.not_covered': 'This service is not covered by the insurance programme.',
  'urgent.already_waiting': 'You already have a request waiting in the urgent queue.',
  'urgent.children_see_paediatrician': 'Children are seen by a paediatrician.',
  'urgent.adults_see_therapist': 'Adults are seen by a therapist.',
  'urgent.already_taken': 'A doctor has already taken this request.',
  'urgent.already_left': 'This request has already been cancelled: it is no longer in the queue.',
  'booking.in_person_not_covered': 'Your insurance programme does not cover in-person visits to clinics.',
  'booking.clinic_not_in_network': "This clinic is not in your insurance programme's network.",
  'booking.clinic_books_by_phone': ({ phone }) => `This clinic books visits by phone only: call ${phone}.`,
  'booking.visit_not_in_person': 'This is an online consultation, not an in-person visit.',
  'urgent.online_only':
    'The urgent queue is for online consultations only; book an in-person visit with a doctor.',
  'policy.unknown_programme': 'Choose an insurance programme from the list.',
  'policy.unknown_insurer': 'Choose an insurer from the list.',
  'policy.insurer_programme_mismatch': ({ insurer }) =>
    `${insurer} does not issue policies of this programme.`,
  'policy.dms_number_format': 'A voluntary (DMS) policy number looks like DMS-2026-1A2B3C4D.',
  'policy.oms_number_format': 'An OMS policy number has 16 digits.',
  'policy.oms_check_digit':
    'This OMS policy number has a typing error: its last (check) digit does not match.',
  'policy.valid_to_required': 'Give the last day of the DMS policy, as printed on it.',
  'policy.ended': 'This policy has already ended.',
  'policy.valid_to_too_far': 'Check the end date: it is too far ahead.',
  'policy.already_added': 'This policy has already been added.',
  'clinics.region_not_in_programme': ({ region }) =>
    `Your insurance programme does not serve the region “${region}”; choose among its regions.`,
  'clinics.import_invalid': ({ rows }) => `The file has errors in ${rows} row(s); nothing was imported.`,
  'policy.number_taken':
    'This policy number is registered to another person. If the policy is yours, contact support.',
  'policy.oms_exists': 'This person already has an OMS policy: the unified number is one for life.',
  'family.birth_date_future': 'The date of birth is in the future.',
  'family.child_too_old': ({ years }) => `Children from ${years} years of age register their own account.`,
  'family.birth_certificate_format':
    'A birth certificate number looks like IV-МЮ 123456: a Roman numeral, two Cyrillic letters and six digits.',
  'family.child_registered':
    'A child with this birth certificate is already registered. If this is your child, contact support.',
  'consultation.cancelled': 'This consultation was cancelled.',
  'consultation.ended': 'This consultation has ended.',
  'consultation.in_person': 'This visit is in person at the clinic: there is no call to join.',
  'checkup.package_not_found': 'There is no such check-up.',
  'checkup.clinic_not_offering': 'This clinic does not offer this check-up. Please choose another clinic.',
  'checkup.not_eligible': 'This check-up is not available for this person this year (by age or sex).',
  'checkup.oms_policy_required':
    'The free screening is for holders of a valid compulsory (OMS) policy. Add your OMS policy first.',
  'checkup.already_booked': 'This check-up is already booked. Cancel that booking to choose another time.',
  'checkup.time_passed': 'This time has already passed. Please choose another.',
  'checkup.clinic_closed':
    'The clinic does not start check-ups at this time. Please choose one of the times offered.',
  'checkup.time_full': 'This time is fully booked. Please choose another.',
  'checkup.reschedule_by_rebooking': 'A check-up is moved by cancelling it and booking another time.',
  'consultation.in_queue': 'You are in the queue: the call opens when a doctor takes you.',
  'consultation.not_open_yet': ({ minutes }) => `The call opens ${minutes} minutes before the start.`,
  'consultation.time_passed': 'The time for this consultation has passed.',
  'consultation.unknown_reference': 'Something this refers to no longer exists.',
  'chat.id_conflict': 'This message could not be sent. Please send it again.',
  'file.empty': 'The file is empty.',
  'file.too_large': ({ maxMb }) => `The file is larger than ${maxMb} MB.`,
  'file.unsupported_type': 'Only PDF, JPEG and PNG files can be attached.',
  'file.not_own': "Only the patient's own documents can be attached.",
  'anamnesis.complaint_not_applicable': 'One of the complaints does not apply to this person.',
  'anamnesis.no_complaint': 'Describe what troubles you, or tick a complaint on the list.',
  'anamnesis.invalid_answer': 'This answer cannot be accepted. Please check it.',
  'anamnesis.not_answered': 'This question has not been answered yet.',
  'anamnesis.complete': 'This questionnaire is complete: its answers can no longer change.',
  'anamnesis.not_for_patient': 'The questionnaire was not found for this patient.',
  'anamnesis.already_attached':
    'This questionnaire is already attached to another consultation. Answer the symptom checker again for this one.',
  'conclusion.unknown_code': 'A diagnosis or lab test is not in the catalogue.',
  'conclusion.already_final': 'The conclusion is already final.',
  'conclusion.no_draft': 'There is no draft to finalise yet.',
  'conclusion.not_started': ({ signFrom }) =>
    `The consultation has not started yet; you can sign from ${formatTime(String(signFrom), 'en')}.`,
  'conclusion.diagnosis_required': 'A final conclusion needs a diagnosis: choose an ICD-10 code.',
  'conclusion.final_locked': 'The conclusion is final; start a correction to issue a new version.',
  'conclusion.changed': 'The conclusion changed while saving; reload and try again.',
  'conclusion.not_final': 'Only a final conclusion can be corrected.',
  'conclusion.export_not_final': 'Only a signed conclusion can be exported as a structured document (CDA).',
  'conclusion.correction_open': 'A correction of this conclusion is already open.',
  'conclusion.version_superseded': ({ version }) =>
    `Version ${version} was already corrected; correct the latest version.`,
  'conclusion.unknown_specialty': 'Unknown specialty.',
  'conclusion.follow_up_not_found': 'The follow-up consultation was not found for this patient.',
  'conclusion.first_contact_prescriptions':
    'A first remote contact may not prescribe treatment before an in-person examination (order 193n). Remove the prescriptions or link a diagnosis established in person.',
  'conclusion.in_person_visit_required':
    'A first remote contact must recommend an in-person visit: choose its urgency and specialty.',
  'conclusion.diagnosis_not_established': ({ code }) =>
    `A remote follow-up treats the diagnosis established in person (${code}). Add a new diagnosis as a secondary one: it needs an in-person examination.`,
  'conclusion.established_not_found': 'This in-person diagnosis was not found in the patient’s card.',
  'conclusion.established_source_invalid':
    'The in-person examination must be dated on or before the consultation.',
  'conclusion.lab_test_wrong_sex': ({ tests }) => `These tests are not for a patient of this sex: ${tests}.`,
  'lab.unknown_location': 'Choose a collection point from the list.',
  'lab.order_status': 'This order has already moved on; reload the page.',
  'lab.order_not_cancellable': 'Only orders not yet sent to the lab can be cancelled.',
  'lab.report_wrong_patient': 'The report is about another patient than the order.',
  'doctor_request.already_taken': 'A doctor has already taken this request; it can no longer be cancelled.',
  'doctor_request.claimed_by_other': 'Another doctor has already taken this request.',
  'doctor_request.not_claimant': 'Only the doctor who took this request can answer it.',
  'doctor_request.not_in_review': 'This request is not in review.',
  'doctor_request.changed': 'This request has changed meanwhile; reload it.',
  'doctor_request.slot_not_found': 'The time was not found among your own.',
  'guarantee_letter.already_decided': 'This guarantee letter has already been decided or withdrawn.',
  'guarantee_letter.no_active_policy': 'The member has no policy valid today, so a letter cannot be issued.',
  'rating.already_given': 'This visit has already been rated; a rating cannot be changed.',
  'rating.not_completed': 'Only a completed visit can be rated.',
  'rating.no_clinic': 'This visit was not at a clinic, so there is no clinic to rate.',
  'monitoring.already_enrolled':
    'This patient is already in blood-pressure monitoring or has a proposal waiting for a decision.',
  'monitoring.not_enrolled': 'This patient is not in blood-pressure monitoring.',
  'outreach.series_start_out_of_range':
    'The series must start no earlier than 28 days ago and no later than 60 days ahead.',
  'outreach.morning_time_after_noon':
    'The morning reminder must be before 12:00: readings taken before noon count as the morning ones.',
  'outreach.evening_time_before_noon':
    'The evening reminder must be at 12:00 or later: readings taken from noon on count as the evening ones.',
  'titration.unknown_protocol': 'There is no such titration protocol.',
  'titration.invalid_step': 'This protocol has no such step.',
  'titration.proposal_decided': 'This treatment proposal has already been decided.',
  'titration.plan_ended': 'The patient has left the monitoring this proposal was made in.',
  'monitoring.not_assistant': 'Choose a medical assistant.',
  'monitoring.proposal_decided': 'This proposal has already been decided.',
  'monitoring.assistant_proposes':
    'An assistant can only propose monitoring: a doctor who treats the patient, or the patient, decides.',
  'monitoring.alert_closed': 'This alert has already been handled.',
  'monitoring.invalid_readings': 'Some readings are not valid; nothing was saved.',
  'monitoring.target_diastolic_not_below':
    'The diastolic (lower) target must be below the systolic (upper) target.',
  'admin.email_taken': 'An account with this e-mail already exists.',
  'admin.unknown_specialties': ({ codes }) => `Unknown specialties: ${codes}.`,
  'admin.unknown_clinic': 'Choose a clinic from the list.',
  'admin.template_overlap': 'This time overlaps another template of the same weekday.',
  'admin.holiday_exists': 'That day is already a holiday.',
  'admin.programme_code_taken': 'A programme with this code already exists.',
  'admin.unknown_region': ({ region }) =>
    `The network has no clinics in the region “${region}”. Choose one of the regions offered.`,
  'admin.unknown_programme': 'Choose a programme from the list.',
  'admin.policy_number_taken': 'A policy with this number already exists.',
  'admin.policy_dates': 'A policy cannot end before it starts.',
  'admin.invalid_cursor': 'This page of results is no longer available; search again.',
};
