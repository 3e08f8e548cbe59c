import type { Locale } from '../i18n/index.js';
import { logIn, register, type ActionInput, type LoginField, type RegisterField } from './auth.js';
import { heldChallenge, secondStepPath } from './challenge-cookie.js';
import type { AppKind, CookieJar } from './cookies.js';
import type { FormFailure, FormOutcome } from './forms.js';
import {
  confirmPasswordReset,
  passwordResetMailbox,
  pendingPasswordReset,
  requestPasswordReset,
  type PasswordResetField,
  type PasswordResetRequestField,
} from './password-reset.js';
import { safeRedirectPath } from './redirect.js';
import {
  confirmRegistration,
  devMailbox,
  pendingRegistration,
  type RegistrationCodeField,
} from './registration.js';
import { verifySignIn, type SecondFactorField } from './second-factor.js';

/**
 * The `load` and `actions` of the public sign-in, password reset and (patient) registration pages, one copy for
 * both apps: each route exports what its factory returns. Kit's `fail` and `redirect` come from the app, which owns its
 * copy of Kit (their classes are checked with `instanceof`). `fail` is passed wrapped,
 * `(status, data) => fail(status, data)`: passed as is, TypeScript would lose the type of its data (it is
 * generic and overloaded), and with it the type of the page's `form`.
 */
interface PageOptions<Data, Failure> {
  apiUrl: () => string;
  fail: (status: number, data: Data) => Failure;
  redirect: (status: 303, location: string) => never;
}

/** The parts of SvelteKit's RequestEvent a form action here reads. */
interface ActionEvent {
  request: Request;
  cookies: CookieJar;
  url: URL;
  locals: { locale: Locale };
  getClientAddress: () => string;
}

function actionInput(event: ActionEvent, apiUrl: () => string): ActionInput {
  return {
    request: event.request,
    cookies: event.cookies,
    url: event.url,
    apiUrl: apiUrl(),
    locale: event.locals.locale,
    clientAddress: event.getClientAddress(),
  };
}

/** A form whose shared step either hands its failure back to the page or moves on to `next`. */
function formActions<Field extends string, Failure>(
  options: PageOptions<FormFailure<Field>, Failure>,
  step: (input: ActionInput) => Promise<FormOutcome<Field>>,
  next: (url: URL) => string,
) {
  return {
    default: async (event: ActionEvent) => {
      const outcome = await step(actionInput(event, options.apiUrl));
      if (!outcome.ok) return options.fail(outcome.failure.status, outcome.failure);
      options.redirect(303, next(event.url));
    },
  };
}

const nextPage = (url: URL) => safeRedirectPath(url.searchParams.get('next'));

/** What a refused sign-in hands back; in the patient app a staff account (403) also gets the staff app's address. */
export type LoginFailure = FormFailure<LoginField> & { staffAppUrl?: string | null };

export function signInPage<Failure>(
  options: PageOptions<LoginFailure, Failure> & {
    app: AppKind;
    /** The patient app's pointer for staff who came to the wrong app. */
    staffAppUrl?: () => string;
  },
) {
  const { app, staffAppUrl } = options;
  return {
    actions: {
      default: async (event: ActionEvent) => {
        const outcome = await logIn({ ...actionInput(event, options.apiUrl), app });
        if (!outcome.ok) {
          const { failure } = outcome;
          // 403: a staff account; the page links to the staff app rather than leaving them at a dead end.
          return options.fail(
            failure.status,
            staffAppUrl
              ? { ...failure, staffAppUrl: failure.status === 403 ? staffAppUrl() : null }
              : failure,
          );
        }
        const next = nextPage(event.url);
        // Second factor: a code (or, for new staff, enrolment) before the session exists.
        if ('secondStep' in outcome) options.redirect(303, secondStepPath(outcome.secondStep, next));
        options.redirect(303, next);
      },
    },
  };
}

/** The second step of sign-in; without a live challenge (expired, or opened directly) it starts over. */
export function signInSecondFactorPage<Failure>(
  options: PageOptions<FormFailure<SecondFactorField>, Failure> & { app: AppKind },
) {
  const { app } = options;
  return {
    load: ({ cookies, url }: { cookies: CookieJar; url: URL }) => {
      const held = heldChallenge(cookies, app, 'verify');
      if (!held) options.redirect(303, `/login?next=${encodeURIComponent(nextPage(url))}`);
      return { demo: held.demo };
    },
    actions: formActions(options, (input) => verifySignIn({ ...input, app }), nextPage),
  };
}

/** "Forgot password": the code goes out, and the next step asks for it. */
export function passwordResetRequestPage<Failure>(
  options: PageOptions<FormFailure<PasswordResetRequestField>, Failure>,
) {
  return { actions: formActions(options, requestPasswordReset, () => '/forgot-password/reset') };
}

/** The code and the new password; done, the user signs in with it. */
export function passwordResetPage<Failure>(options: PageOptions<FormFailure<PasswordResetField>, Failure>) {
  return {
    load: async ({ cookies }: { cookies: CookieJar }) => {
      const login = pendingPasswordReset(cookies);
      if (!login) options.redirect(303, '/forgot-password');
      // The demo mailbox link appears only where the api keeps one (never in production).
      return { login, demoMailbox: (await passwordResetMailbox(options.apiUrl(), login)) !== null };
    },
    actions: formActions(options, confirmPasswordReset, () => '/login?reset=done'),
  };
}

/** A patient's registration: the codes go out, and the next step asks for them. */
export function registrationPage<Failure>(options: PageOptions<FormFailure<RegisterField>, Failure>) {
  return { actions: formActions(options, register, () => '/register/verify') };
}

/** The registration's codes; the last one signs the new patient in. */
export function registrationCodePage<Failure>(
  options: PageOptions<FormFailure<RegistrationCodeField>, Failure>,
) {
  return {
    load: async ({ cookies }: { cookies: CookieJar }) => {
      const pending = pendingRegistration(cookies);
      if (!pending) options.redirect(303, '/register');
      // The demo mailbox link appears only where the api keeps one (never in production).
      return { pending, demoMailbox: (await devMailbox(options.apiUrl(), pending)) !== null };
    },
    actions: formActions(options, confirmRegistration, () => '/'),
  };
}
