import { fail } from '@sveltejs/kit';
import { fieldProblemMessages, messages, problemMessage, type Locale } from '@telemed/web-shared/i18n';
import { readProblem, readResult } from '@telemed/web-shared/server';
import type { ApiClient } from '@telemed/web-shared/server';

/** The member's rating of a visit, or whether they may rate it; null when the api shows them none (404). */
export async function loadVisitRating(api: ApiClient, appointmentId: string) {
  const result = await api.appointments[':id'].rating.$get({ param: { id: appointmentId } }).then(readResult);
  return result.ok ? result.data : null;
}

const readStars = (value: FormDataEntryValue | null) => {
  const stars = Number(value);
  return Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : undefined;
};

/**
 * The "Rate this visit" form action shared by the appointment and conclusion pages. Answers `{ rated: true }`
 * (the page then shows the thank-you and the rating) or a failure with the member's text kept.
 */
export async function rateVisit(api: ApiClient, appointmentId: string, request: Request, locale: Locale) {
  const data = await request.formData();
  const comment = String(data.get('comment') ?? '');
  const doctorStars = readStars(data.get('doctorStars'));
  const clinicStars = readStars(data.get('clinicStars'));
  if (doctorStars === undefined)
    return fail(400, { rateMessage: messages(locale).ratings.form.chooseStars, comment });
  const response = await api.appointments[':id'].rating.$post({
    param: { id: appointmentId },
    json: { doctorStars, ...(clinicStars ? { clinicStars } : {}), ...(comment.trim() ? { comment } : {}) },
  });
  if (response.status === 201) return { rated: true };
  const problem = await readProblem(response);
  const fieldMessage = fieldProblemMessages(problem, locale)[0]?.message;
  return fail(response.status, { rateMessage: fieldMessage ?? problemMessage(problem, locale), comment });
}
