import { expect, test, type Browser, type Page } from '../fixtures.js';
import { apiSignIn } from '../second-factor.js';
import { signedIn as signedInTo, chosenLanguage } from '../sign-in.js';
import { API_URL, DOCTOR_URL, PATIENT_URL } from '../urls.js';

// The symptom checker in the patient app against the real api and ONNX model: a complaint in the patient's own
// words, the confirmation of what was understood, the adaptive questions, and the result with its hand-off to
// booking (the questionnaire travels as anamnesisId).
const PASSWORD = 'Telemed-Demo-2026';
const ANNA = 'anna.petrova@demo.telemed';

const at = (path: string) => new URL(path, PATIENT_URL).href;

const texts = {
  ru: {
    login: 'Электронная почта или телефон',
    password: 'Пароль',
    signIn: 'Войти',
    nav: 'Проверка симптомов',
    complaint: 'Что беспокоит?',
    start: 'Продолжить',
    confirm: 'Всё верно, продолжить',
    no: 'Нет',
    unknown: 'Не знаю',
    finish: 'Завершить сейчас',
    result: 'Ваш результат',
    disclaimer: 'Это не диагноз',
  },
  en: {
    login: 'E-mail or phone',
    password: 'Password',
    signIn: 'Sign in',
    nav: 'Symptom checker',
    complaint: 'What bothers you?',
    start: 'Continue',
    confirm: 'That’s right, continue',
    no: 'No',
    unknown: 'Don’t know',
    finish: 'Finish now',
    result: 'Your result',
    disclaimer: 'This is not a diagnosis',
  },
};
type Texts = (typeof texts)['ru'];

async function signedIn(browser: Browser, locale: 'ru' | 'en', javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  await context.addCookies(chosenLanguage(locale, PATIENT_URL));
  const page = await context.newPage();
  const t = texts[locale];
  await page.goto(at('/login'));
  await page.getByLabel(t.login).fill(ANNA);
  await page.getByLabel(t.password).fill(PASSWORD);
  await page.getByRole('button', { name: t.signIn }).click();
  await expect(page).toHaveURL(at('/'));
  return page;
}

const resultUrl = /\/check\/[0-9a-f-]{36}\/result$/;

/** The simple simulated patient: "no" to every yes/no question, "don't know" to every number. */
async function answerUntilResult(page: Page, t: Texts) {
  for (let asked = 0; asked < 40 && !resultUrl.test(page.url()); asked++) {
    const step = page.getByTestId('question-step');
    await expect(step).toBeVisible();
    const number = await page.getByTestId('question-number').textContent();
    const numeric = (await step.getByRole('textbox').count()) > 0;
    await step.getByRole('button', { name: numeric ? t.unknown : t.no, exact: true }).click();
    // Either the next question (a new number) or the result.
    // (allTextContents does not wait, so a page that is leaving cannot hang the check.)
    await expect(async () => {
      if (resultUrl.test(page.url())) return;
      const shown = await page.getByTestId('question-number').allTextContents();
      expect(shown.length === 1 && shown[0] !== number).toBe(true);
    }).toPass();
  }
  await expect(page).toHaveURL(resultUrl);
}

test('Anna describes a sore throat and fever in Russian, answers the questions and reaches the booking step', async ({
  browser,
}) => {
  const t = texts.ru;
  const page = await signedIn(browser, 'ru');
  await page.getByRole('navigation').getByRole('link', { name: t.nav }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.nav })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Я/ })).toBeChecked();
  // Every group of the pick-list has a name in her language, none a raw key.
  await expect(page.getByText('Укусы, ожоги, жара, холод и отравления')).toBeVisible();
  await expect(page.getByText('environmental')).toHaveCount(0);
  // Nothing written and nothing ticked: the form asks for a complaint instead of starting an interview.
  await page.getByRole('button', { name: t.start }).click();
  await expect(page.getByText('Опишите, что беспокоит, или отметьте жалобу в списке ниже.')).toBeVisible();
  await expect(page).toHaveURL(at('/check'));
  await page.getByLabel(t.complaint).fill('болит горло и температура 38,5 третий день');
  await page.getByRole('button', { name: t.start }).click();

  // What was understood, with the numbers as she wrote them.
  const confirm = page.getByTestId('confirm-step');
  await expect(confirm).toBeVisible();
  const recognized = confirm.getByTestId('recognized-finding');
  await expect(recognized.filter({ hasText: 'Боль в горле' })).toBeVisible();
  await expect(confirm.getByRole('textbox', { name: 'Самая высокая измеренная температура' })).toHaveValue(
    '38,5',
  );
  const anamnesisId = /\/check\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(anamnesisId).toBeTruthy();
  await confirm.getByRole('button', { name: t.confirm }).click();

  await answerUntilResult(page, t);
  await expect(page.getByRole('heading', { level: 1, name: t.result })).toBeVisible();
  await expect(page.getByTestId('triage-urgency')).toBeVisible();
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);
  await expect(page.getByTestId('emergency-call')).toHaveCount(0);
  // Codes are named in her language: МКБ-10, not ICD-10.
  await expect(page.getByTestId('condition').first()).toContainText('МКБ-10');

  // The one-step hand-off carries who, which specialist, which format and the questionnaire itself.
  const link = page.getByTestId('booking-link');
  const href = await link.getAttribute('href');
  const target = new URL(href!, PATIENT_URL);
  expect(['/book', '/urgent']).toContain(target.pathname);
  expect(target.searchParams.get('anamnesisId')).toBe(anamnesisId);
  expect(target.searchParams.get('patientId')).toMatch(/^[0-9a-f-]{36}$/);
  expect(target.searchParams.get('specialty')).toBeTruthy();
  expect(['video', 'audio', 'chat']).toContain(target.searchParams.get('format'));

  await link.click();
  await expect(page).toHaveURL(target.href);
  expect(new URL(page.url()).searchParams.get('anamnesisId')).toBe(anamnesisId);
});

test('chest pain with sweating in English goes straight to the ambulance advice, with no booking', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await signedIn(browser, 'en');
  await page.goto(at('/check'));
  await page.getByLabel(t.complaint).fill('chest pain and sweating');
  await page.getByRole('button', { name: t.start }).click();

  await expect(page).toHaveURL(resultUrl);
  await expect(page.getByTestId('triage-urgency')).toHaveAttribute('data-level', 'ambulance');
  const call = page.getByTestId('emergency-call');
  await expect(call).toBeVisible();
  await expect(call.getByRole('link', { name: 'Call 103' })).toHaveAttribute('href', 'tel:103');
  await expect(call.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByTestId('red-flags')).toContainText('Chest pain');
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);
  await expect(page.getByTestId('booking-link')).toHaveCount(0);
});

test('without JavaScript a parent checks her child, stops early and gets a booking link for the child', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await signedIn(browser, 'en', false);
  await page.goto(at('/check'));
  const child = page.getByRole('radio', { name: /Mikhail Petrov/ });
  await child.check();
  const childId = await child.getAttribute('value');
  await page.getByLabel(t.complaint).fill('cough and runny nose');
  await page.getByRole('button', { name: t.start }).click();

  await expect(page.getByText('For Mikhail Petrov')).toBeVisible();
  const confirm = page.getByTestId('confirm-step');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: t.confirm }).click();
  await page.getByTestId('question-step').getByRole('button', { name: t.unknown, exact: true }).click();
  await page.getByRole('button', { name: t.finish }).click();

  await expect(page).toHaveURL(resultUrl);
  await expect(page.getByTestId('disclaimer')).toBeVisible();
  const href = await page.getByTestId('booking-link').getAttribute('href');
  const target = new URL(href!, PATIENT_URL);
  expect(target.searchParams.get('patientId')).toBe(childId);
  expect(target.searchParams.get('anamnesisId')).toBe(/\/check\/([0-9a-f-]{36})/.exec(page.url())?.[1]);
});

const questionStep = (page: Page) => page.getByTestId('question-step');

/** Starts the checker from a complaint in words and confirms what was understood (it must be understood). */
async function startFrom(page: Page, t: Texts, complaint: string) {
  await page.goto(at('/check'));
  await page.getByLabel(t.complaint).fill(complaint);
  await page.getByRole('button', { name: t.start }).click();
  await page.getByTestId('confirm-step').getByRole('button', { name: t.confirm }).click();
  await expect(questionStep(page)).toBeVisible();
}

/** Anna checking for her son Mikhail (6), signed in in English, past the confirmation of `complaint`. */
async function interviewForMikhail(browser: Browser, complaint: string) {
  const page = await signedIn(browser, 'en');
  await page.goto(at('/check'));
  await page.getByRole('radio', { name: /Mikhail Petrov/ }).check();
  await page.getByLabel(texts.en.complaint).fill(complaint);
  await page.getByRole('button', { name: texts.en.start }).click();
  await page.getByTestId('confirm-step').getByRole('button', { name: texts.en.confirm }).click();
  await expect(questionStep(page)).toBeVisible();
  return page;
}

/** Anna, signed in in English, past the confirmation of `complaint`: the first question is on screen. */
async function interviewInEnglish(browser: Browser, complaint: string) {
  const page = await signedIn(browser, 'en');
  await startFrom(page, texts.en, complaint);
  return page;
}

/** Answers the current question (yes / no / don't know) and waits for the page to move on. */
async function answer(page: Page, label: string) {
  const step = questionStep(page);
  const finding = await step.getAttribute('data-finding');
  await step.getByRole('button', { name: label, exact: true }).click();
  await expect(async () => {
    if (resultUrl.test(page.url())) return;
    expect(await questionStep(page).getAttribute('data-finding')).not.toBe(finding);
  }).toPass();
}

test('Anna goes back, changes an answer without using a question, and the result follows the new answer', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await interviewInEnglish(browser, 'headache');

  // The first question (a danger sign, asked first), answered "no"; the second one follows.
  const step = questionStep(page);
  await expect(step.getByTestId('question-number')).toHaveText('Question 1');
  const first = (await step.getByRole('heading', { level: 2 }).textContent())!.trim();
  await answer(page, t.no);
  await expect(step.getByTestId('question-number')).toHaveText('Question 2');
  const answers = page.getByTestId('answers-so-far');
  await expect(answers.getByTestId('answered')).toHaveCount(1);
  await expect(answers.getByTestId('answered').first()).toContainText(first);
  await expect(answers.getByTestId('answered').first()).toContainText('no');

  // "Back" shows the first question again with the answer given; keeping it changes nothing.
  await step.getByTestId('back').click();
  const change = page.getByTestId('change-step');
  await expect(change.getByRole('heading', { level: 2 })).toHaveText(first);
  await expect(change.getByTestId('current-answer')).toContainText('no');
  await change.getByTestId('keep-answer').click();
  await expect(step.getByTestId('question-number')).toHaveText('Question 2');

  // Changed from the list to "don't know": a correction, so the next question is still number 2.
  await answers.getByRole('link', { name: `Change the answer: ${first}` }).click();
  await change.getByRole('button', { name: t.unknown, exact: true }).click();
  await expect(answers.getByTestId('answered').first()).toContainText('don’t know');
  await expect(answers.getByTestId('answered')).toHaveCount(1);
  await expect(step.getByTestId('question-number')).toHaveText('Question 2');

  // Changed to "yes": the danger sign is now present, and the result is the emergency it calls for, with the
  // changed answer among its reasons.
  await answers.getByRole('link', { name: `Change the answer: ${first}` }).click();
  await change.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(change).toHaveCount(0);
  if (!resultUrl.test(page.url())) await page.getByRole('button', { name: t.finish }).click();
  await expect(page).toHaveURL(resultUrl);
  await expect(page.getByTestId('emergency-call')).toBeVisible();
  await expect(page.getByTestId('reasons').getByTestId('reason-red_flag').first()).toBeVisible();
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);

  // A finished questionnaire cannot be changed: its page goes to the result.
  await page.goto(page.url().replace(/\/result$/, '') + '?change=x');
  await expect(page).toHaveURL(resultUrl);
});

test('a parent picks her son’s complaint from the list, filtered for his age and sex, and the questions follow it', async ({
  browser,
}) => {
  const t = texts.ru;
  const page = await signedIn(browser, 'ru');
  await page.goto(at('/check'));
  // The list follows the person chosen as soon as the page runs (the no-JavaScript button is then gone).
  await expect(page.getByRole('button', { name: 'Показать список для этого человека' })).toHaveCount(0);
  // Anna herself has no testicular complaint on her list; her son has one. (Searching opens the groups.)
  const search = page.getByLabel('Найти жалобу');
  await search.fill('яичк');
  const testicle = page.getByRole('checkbox', { name: 'Боль или отёк яичка' });
  await expect(page.getByText('В списке такого нет')).toBeVisible();
  await expect(testicle).toHaveCount(0);
  await page.getByRole('radio', { name: /Михаил/ }).check();
  await expect(testicle).toBeVisible();

  // Searching narrows the list as she types; the pick shows above it.
  await search.fill('ухе');
  const earache = page.getByRole('checkbox', { name: 'Боль в ухе' });
  await expect(earache).toBeVisible();
  await expect(testicle).toBeHidden();
  await earache.check();
  await expect(page.getByTestId('picked-complaints')).toHaveText('Выбрано: Боль в ухе');
  await page.getByRole('button', { name: t.start }).click();

  // No text to confirm: straight to the questions, with the complaint named among the answers.
  await expect(questionStep(page)).toBeVisible();
  await expect(page.getByTestId('check-for')).toContainText('Михаил');
  await answer(page, t.no);
  await expect(page.getByTestId('answers-so-far')).toContainText('Жалобы: Боль в ухе');
});

test('without JavaScript the complaint list is searched by sending the form, and the pick starts the interview', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await signedIn(browser, 'en', false);
  await page.goto(at('/check'));
  await page.getByLabel('Find a complaint').fill('earache');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  const earache = page.getByRole('checkbox', { name: 'Earache' });
  await expect(earache).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Cough', exact: true })).toBeHidden();
  await earache.check();
  await page.getByRole('button', { name: t.start }).click();
  await expect(questionStep(page)).toBeVisible();
  await expect(page.getByTestId('answers-so-far')).toContainText('Complaints: Earache');
});

test('“don’t know” to a danger sign brings a simpler question; a reassuring answer goes on with the interview', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await interviewForMikhail(browser, 'headache');

  // The first question is about consciousness (confused?); its re-ask is whether he answers normally, which "yes"
  // settles. (His mother answers for him, so her doubt about his consciousness counts.)
  const step = questionStep(page);
  await expect(step).toHaveAttribute('data-finding', 'confusion');
  const sign = (await step.getByRole('heading', { level: 2 }).textContent())!.trim();
  await answer(page, t.unknown);
  await expect(page).not.toHaveURL(resultUrl);
  await expect(step).toHaveAttribute('data-reason', 'reask');
  await expect(step).toHaveAttribute('data-finding', 'answers_normally');
  await expect(step.getByTestId('reask')).toContainText('You weren’t sure');
  await expect(step.getByTestId('reask')).toContainText(sign);
  await answer(page, 'Yes');

  // The doubt is resolved: the interview goes on instead of ending with an ambulance.
  await expect(page).not.toHaveURL(resultUrl);
  await expect(step).toBeVisible();
  await expect(step).not.toHaveAttribute('data-reason', 'reask');
  await page.getByRole('button', { name: t.finish }).click();
  await expect(page).toHaveURL(resultUrl);
  await expect(page.getByTestId('triage-urgency')).not.toHaveAttribute('data-level', 'ambulance');
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);
});

test('doubt that stays on a danger sign is named on the result as the reason for it', async ({ browser }) => {
  const t = texts.en;
  const page = await interviewForMikhail(browser, 'headache');

  await answer(page, t.unknown);
  await expect(questionStep(page)).toHaveAttribute('data-reason', 'reask');
  await answer(page, t.unknown);
  if (!resultUrl.test(page.url())) await page.getByRole('button', { name: t.finish }).click();
  await expect(page).toHaveURL(resultUrl);
  const doubt = page.getByTestId('reasons').getByTestId('reason-doubt').first();
  await expect(doubt).toBeVisible();
  await expect(doubt).toContainText('You were not sure');
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);
});

test('a patient answering for herself is not re-asked about her own consciousness, nor sent to hospital for it', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await interviewInEnglish(browser, 'headache');
  const step = questionStep(page);
  await expect(step).toHaveAttribute('data-finding', 'confusion');
  await answer(page, t.unknown);
  if (!resultUrl.test(page.url())) await expect(step).not.toHaveAttribute('data-reason', 'reask');
  if (!resultUrl.test(page.url())) await page.getByRole('button', { name: t.finish }).click();
  await expect(page).toHaveURL(resultUrl);
  await expect(page.getByTestId('triage-urgency')).not.toHaveAttribute(
    'data-level',
    /ambulance|emergency_department/,
  );
});

test('a cold is looked after at home: the result gives the advice, when to seek care and the disclaimer', async ({
  browser,
}) => {
  const t = texts.en;
  const page = await interviewInEnglish(browser, 'runny nose and sneezing');
  await answerUntilResult(page, t);

  await expect(page.getByTestId('triage-urgency')).toHaveAttribute('data-level', 'self_care');
  const selfCare = page.getByTestId('self-care');
  await expect(selfCare).toContainText('What you can do at home');
  await expect(selfCare).toContainText('See a doctor or call for help if');
  await expect(selfCare).toContainText('Based on: NICE');
  await expect(page.getByTestId('reasons')).toBeVisible();
  await expect(page.getByTestId('disclaimer')).toContainText(t.disclaimer);
});

/** Signs in to the api directly, for the steps of another journey this test only needs as a starting point. */
async function apiSession(login: string) {
  const { cookie, csrfToken } = await apiSignIn(API_URL, login, PASSWORD);
  return async <T = null>(method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${API_URL}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    return { status: answer.status, body: (await answer.json().catch(() => null)) as T };
  };
}

test("the doctor opens the consultation from today's schedule and reads the questionnaire", async ({
  browser,
}) => {
  // The patient's side through the api: a questionnaire, then the urgent queue with it attached.
  const anna = await apiSession(ANNA);
  const family = await anna<{ self: { id: string } }>('GET', '/me/family');
  const patientId = family.body.self.id;
  const started = await anna<{ id: string }>('POST', '/anamnesis', {
    patientId,
    locale: 'en',
    complaintText: 'sore throat and temperature 38.5, no cough',
  });
  expect(started.status).toBe(201);
  const anamnesisId = started.body.id;
  // A yes/no question answered "don't know" (numbers too, until one comes): the doctor sees the doubt.
  type View = {
    question: { findingId: string; kind: string } | null;
    answered: { findingId: string; name: { en: string } }[];
  };
  let view = (await anna<View>('GET', `/anamnesis/${anamnesisId}`)).body;
  let unsure: string | undefined;
  for (let i = 0; i < 10 && view.question && !unsure; i++) {
    const { findingId, kind } = view.question;
    const answered = await anna<View>('POST', `/anamnesis/${anamnesisId}/answers`, {
      answers: [{ findingId, value: 'unknown' }],
    });
    expect(answered.status).toBe(200);
    view = answered.body;
    if (kind === 'boolean') unsure = view.answered.find((a) => a.findingId === findingId)!.name.en;
  }
  expect(unsure).toBeDefined();
  expect((await anna('POST', `/anamnesis/${anamnesisId}/finish`)).status).toBe(200);
  // Booked into the therapist's next free slot (not the urgent queue, so the test can run again on one stack).
  const doctorApi = await apiSession('dr.smirnova@demo.telemed');
  const doctor = await doctorApi<{ practitioner: { id: string } }>('GET', '/me');
  const slots = await anna<{ items: { id: string; formats: string[] }[] }>(
    'GET',
    `/doctors/${doctor.body.practitioner.id}/slots?days=14`,
  );
  const slot = slots.body.items[0]!;
  const booked = await anna<{ id: string }>('POST', '/appointments', {
    patientId,
    slotId: slot.id,
    format: slot.formats[0],
    anamnesisId,
  });
  expect(booked.status).toBe(201);
  const appointmentId = booked.body.id;

  const page = await signedInTo(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await expect(page).toHaveURL(new URL('/today', DOCTOR_URL).href);
  await page.locator(`a[href="/appointments/${appointmentId}"]`).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Consultation: Anna Petrova' })).toBeVisible();
  await expect(page.getByTestId('patient-basics')).toContainText('38 years');
  const summary = page.getByTestId('anamnesis-summary');
  await expect(summary.getByTestId('anamnesis-complaint')).toContainText('sore throat and temperature 38.5');
  await expect(summary.getByTestId('anamnesis-positive')).toContainText('Sore throat');
  await expect(summary).toContainText('Highest measured temperature: 38.5 °C');
  await expect(summary.getByTestId('triage-urgency')).toBeVisible();
  await expect(summary.getByTestId('anamnesis-unsure')).toContainText(unsure!);
  // Said once: the disclaimer's own text begins with it.
  const disclaimer = await summary.getByTestId('anamnesis-disclaimer').innerText();
  expect(disclaimer.match(/This is not a diagnosis/g)).toHaveLength(1);

  // The slot is still ahead: the conclusion can be drafted, not signed, and the page says from when.
  await page.goto(new URL(`/appointments/${appointmentId}/conclusion`, DOCTOR_URL).href);
  await expect(page.getByTestId('sign-not-started')).toContainText(
    'The consultation has not started yet; you can sign from',
  );
  await expect(page.getByRole('button', { name: 'Sign the conclusion…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
});
