import { apiSignIn } from './second-factor.js';
import { PASSWORD } from './sign-in.js';
import { API_URL } from './urls.js';

/** The api the apps talk to: journeys call it directly to set a scene up or read an id. */

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

/** A demo account signed in to the api directly (both steps for staff). */
export const apiSession = (login: string): Promise<ApiSession> => apiSignIn(API_URL, login, PASSWORD);

export async function apiCall(session: ApiSession, method: string, path: string, body?: unknown) {
  return fetch(`${API_URL}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** A patient's own record id, as their doctor or assistant would have it from the clinic. */
export async function patientIdOf(login: string): Promise<string> {
  const family = await apiCall(await apiSession(login), 'GET', '/me/family');
  if (family.status !== 200) throw new Error(`the family of ${login}: ${family.status}`);
  return ((await family.json()) as { self: { id: string } }).self.id;
}
