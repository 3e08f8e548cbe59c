import { redirect } from '@sveltejs/kit';
import { readResult, safeRedirectPath, type ApiClient } from '@telemed/web-shared/server';

/** Where the consents page sends a patient to sign before booking, and back to `returnTo` afterwards. */
export const consentsPath = (patientId: string, returnTo: string) =>
  `/consents?${new URLSearchParams({ patientId, returnTo })}`;

/**
 * Before a consultation is booked: a patient (or a parent for a child) without the current required consents is
 * led to sign them first, and comes back here afterwards (the api refuses the booking anyway: domains/consents).
 */
export async function requireConsents(api: ApiClient, patientId: string, url: URL) {
  const result = await api.patients[':id'].consents.$get({ param: { id: patientId } }).then(readResult);
  // Any other answer is the booking's to report; the api checks consents again when booking.
  if (result.ok && !result.data.complete) {
    redirect(303, consentsPath(patientId, safeRedirectPath(url.pathname + url.search)));
  }
}

/** The consents' state for the booking pages that show a notice rather than leave (the urgent queue). */
export async function consentsComplete(api: ApiClient, patientId: string) {
  const result = await api.patients[':id'].consents.$get({ param: { id: patientId } }).then(readResult);
  return !result.ok || result.data.complete;
}
