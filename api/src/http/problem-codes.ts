/**
 * The stable machine codes of every problem the api answers with (`code` in the problem+json body), each with
 * the names of the parameters it carries (`params`). The web apps translate a code into the reader's language
 * (web-shared `i18n/{ru,en}/problems.ts`); `detail` stays English for other api consumers. A code, once
 * published, keeps its meaning: add a new one rather than reuse an old one for something else.
 *
 * This file imports nothing, so the web apps can import it in the browser too (`@telemed/api/problem-codes`).
 */
export const problemCodes = {
  // Whatever the route: the HTTP layer, sessions and the generic answer for each status.
  'http.bad_request': [],
  'http.malformed_json': [],
  'http.malformed_value': [],
  'http.body_too_large': [],
  'http.route_not_found': [],
  'http.method_not_allowed': [],
  'http.conflict': [],
  'http.gone': [],
  'http.unsupported_media_type': [],
  'http.unprocessable': [],
  'http.rate_limited': ['retryAfterSeconds'],
  'http.too_many_concurrent': [],
  'http.too_many_requests': [],
  'http.server_error': [],
  'http.service_restoring': [],
  'http.internal_only': [],
  not_found: [],
  'auth.required': [],
  'auth.csrf': [],
  'auth.role_forbidden': ['role'],
  'auth.action_forbidden': [],
  'auth.wrong_credentials': [],
  'auth.too_many_attempts': ['retryAfterSeconds'],
  'auth.staff_account': [],
  'auth.patient_account': [],
  'idempotency.invalid_key': [],
  'idempotency.key_reused': [],
  'idempotency.in_progress': [],
  // Input validation (zod issues and equivalent checks); `field` is the api's path of the value.
  'validation.required': ['field'],
  'validation.invalid_type': ['field'],
  'validation.too_long': ['field', 'max'],
  'validation.too_short': ['field', 'min'],
  'validation.too_many': ['field', 'max'],
  'validation.too_few': ['field', 'min'],
  'validation.too_large': ['field', 'max'],
  'validation.too_small': ['field', 'min'],
  'validation.invalid_id': ['field'],
  'validation.invalid_email': ['field'],
  'validation.invalid_date': ['field'],
  'validation.date_out_of_range': ['field', 'min', 'max'],
  'validation.invalid_format': ['field'],
  'validation.invalid_choice': ['field'],
  'validation.unknown_field': ['field'],
  'validation.unsafe_text': ['field'],
  'validation.invalid': ['field'],
  // Accounts, sign-in and second factor.
  'account.no_patient_record': [],
  'account_deletion.children': ['count'],
  'account_deletion.upcoming_appointments': ['count'],
  'account_deletion.wrong_password': [],
  'registration.wrong_code': [],
  'password_reset.wrong_code': [],
  'password.contains_identity': [],
  'dev_mailbox.unavailable': [],
  'second_factor.already_on': [],
  'second_factor.not_on': [],
  'second_factor.wrong_code': [],
  'second_factor.code_used': [],
  'second_factor.wrong_recovery_code': [],
  'second_factor.setup_expired': [],
  'second_factor.staff_must_keep': [],
  'second_factor.step_expired': [],
  'second_factor.too_many_codes': ['retryAfterSeconds'],
  // Consents (domains/consents): booking refused without the current required ones; signing them.
  'consent.required': ['kinds'],
  'consent.withdrawn': ['kinds'],
  'consent.wrong_code': [],
  'consent.document_outdated': [],
  // Booking and the urgent queue.
  'booking.slot_not_found': [],
  'booking.slot_started': [],
  'booking.slot_taken': [],
  'booking.format_unavailable': [],
  'booking.doctor_sees_adults': [],
  'booking.doctor_sees_children': [],
  'booking.not_changeable': ['status'],
  'booking.change_too_late': ['minutes'],
  'booking.not_covered': [],
  'booking.in_person_not_covered': [],
  'booking.clinic_not_in_network': [],
  'booking.clinic_books_by_phone': ['phone'],
  'booking.visit_not_in_person': [],
  'urgent.online_only': [],
  'urgent.already_waiting': [],
  'urgent.children_see_paediatrician': [],
  'urgent.adults_see_therapist': [],
  'urgent.already_taken': [],
  // Insurance policies and children added by the patient.
  'policy.unknown_programme': [],
  'policy.unknown_insurer': [],
  'policy.insurer_programme_mismatch': ['insurer'],
  'policy.dms_number_format': [],
  'policy.oms_number_format': [],
  'policy.oms_check_digit': [],
  'policy.valid_to_required': [],
  'policy.ended': [],
  'policy.valid_to_too_far': [],
  'policy.already_added': [],
  'clinics.region_not_in_programme': ['region'],
  'clinics.import_invalid': ['rows'],
  'policy.number_taken': [],
  'policy.oms_exists': [],
  'family.birth_date_future': [],
  'family.child_too_old': ['years'],
  'family.birth_certificate_format': [],
  'family.child_registered': [],
  // Consultations: the call window, chat, events.
  'consultation.cancelled': [],
  'consultation.ended': [],
  'consultation.in_person': [],
  // Check-ups and the OMS screening (domains/checkups).
  'checkup.package_not_found': [],
  'checkup.clinic_not_offering': [],
  'checkup.not_eligible': [],
  'checkup.oms_policy_required': [],
  'checkup.already_booked': [],
  'checkup.time_passed': [],
  'checkup.clinic_closed': [],
  'checkup.time_full': [],
  'checkup.reschedule_by_rebooking': [],
  'consultation.in_queue': [],
  'consultation.not_open_yet': ['minutes', 'opensAt'],
  'consultation.time_passed': [],
  'consultation.unknown_reference': [],
  'chat.id_conflict': [],
  // Files.
  'file.empty': [],
  'file.too_large': ['maxMb'],
  'file.unsupported_type': [],
  'file.not_own': [],
  // Symptom checker.
  'anamnesis.complaint_not_applicable': [],
  'anamnesis.invalid_answer': ['finding'],
  'anamnesis.not_answered': ['finding'],
  'anamnesis.complete': [],
  'anamnesis.not_for_patient': [],
  // Conclusions.
  'conclusion.unknown_code': [],
  'conclusion.already_final': [],
  'conclusion.no_draft': [],
  'conclusion.diagnosis_required': [],
  'conclusion.final_locked': [],
  'conclusion.changed': [],
  'conclusion.not_final': [],
  'conclusion.export_not_final': [],
  'conclusion.correction_open': [],
  'conclusion.version_superseded': ['version'],
  'conclusion.unknown_specialty': [],
  'conclusion.follow_up_not_found': [],
  // Consultation types by 323-FZ art. 36.2 part 3 and order 193n (2025).
  'conclusion.first_contact_prescriptions': [],
  'conclusion.in_person_visit_required': [],
  'conclusion.diagnosis_not_established': ['code'],
  'conclusion.established_not_found': [],
  'conclusion.established_source_invalid': [],
  'conclusion.lab_test_wrong_sex': ['tests'],
  // Labs.
  'lab.unknown_location': [],
  'lab.order_status': ['status'],
  'lab.order_not_cancellable': ['status'],
  'lab.report_wrong_patient': [],
  // Second opinions and test decodings.
  'doctor_request.already_taken': [],
  'doctor_request.claimed_by_other': [],
  'doctor_request.not_claimant': [],
  'doctor_request.not_in_review': ['status'],
  'doctor_request.changed': [],
  'doctor_request.slot_not_found': [],
  'guarantee_letter.already_decided': ['status'],
  'guarantee_letter.no_active_policy': [],
  // Ratings of completed visits.
  'rating.already_given': [],
  'rating.not_completed': ['status'],
  'rating.no_clinic': [],
  // Blood-pressure monitoring.
  'monitoring.already_enrolled': [],
  'monitoring.not_enrolled': [],
  'monitoring.not_assistant': [],
  'monitoring.proposal_decided': [],
  'monitoring.assistant_proposes': [],
  'monitoring.alert_closed': ['status'],
  'monitoring.invalid_readings': [],
  // Administration (the admin console).
  'admin.email_taken': [],
  'admin.unknown_specialties': ['codes'],
  'admin.unknown_clinic': [],
  'admin.template_overlap': [],
  'admin.holiday_exists': [],
  'admin.programme_code_taken': [],
  'admin.unknown_programme': [],
  'admin.policy_number_taken': [],
  'admin.policy_dates': [],
  'admin.invalid_cursor': [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemCode = keyof typeof problemCodes;

/** The parameters a code carries, by name (without a code: any parameters). */
export type ProblemParams<C extends ProblemCode | undefined = undefined> = C extends ProblemCode
  ? Record<(typeof problemCodes)[C][number], string | number>
  : Record<string, string | number>;

export const problemCodeList = Object.keys(problemCodes) as ProblemCode[];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(problemCodes, value);
}

/** The code of a problem that has nothing more specific to say than its status. */
export function codeForStatus(status: number): ProblemCode {
  const byStatus: Record<number, ProblemCode> = {
    400: 'http.bad_request',
    401: 'auth.required',
    403: 'auth.action_forbidden',
    404: 'not_found',
    405: 'http.method_not_allowed',
    409: 'http.conflict',
    410: 'http.gone',
    413: 'http.body_too_large',
    415: 'http.unsupported_media_type',
    422: 'http.unprocessable',
    429: 'http.too_many_requests',
    503: 'http.service_restoring',
  };
  return byStatus[status] ?? (status >= 500 ? 'http.server_error' : 'http.bad_request');
}
