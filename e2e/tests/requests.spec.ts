import { apiCall, apiSession } from '../api.js';
import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { openSection } from '../nav.js';

// Test decoding end to end: a patient asks for a decoding of her lab results, a therapist takes the request
// from the inbox and answers in writing, and the patient reads the answer.

async function apiGet<T>(login: string, path: string): Promise<T> {
  const response = await apiCall(await apiSession(login), 'GET', path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The patient's newest lab report (the demo world seeds several; the lab journey may add one). */
async function newestLabReport(login: string) {
  const family = await apiGet<{ self: { id: string } }>(login, '/me/family');
  const reports = await apiGet<{ items: { id: string; observations: { name: { ru: string } }[] }[] }>(
    login,
    `/patients/${family.self.id}/requests/lab-reports`,
  );
  expect(reports.items[0], 'the demo world gives Anna lab results').toBeDefined();
  return reports.items[0]!;
}

test('a patient asks for a decoding of her results, a therapist claims and answers, the patient reads it', async ({
  browser,
}) => {
  const report = await newestLabReport('anna.petrova@demo.telemed');
  const patient = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { language: 'ru' });

  // The one-click way in: the lab result page's "ask for a decoding of these results" (the question is optional).
  await patient.goto(new URL(`/card/results/${report.id}`, PATIENT_URL).href);
  await patient
    .getByLabel('Ваш вопрос (необязательно)')
    .fill('Слабость и быстрая утомляемость последние две недели.');
  await patient.getByTestId('ask-decoding').click();

  await expect(patient).toHaveURL(/\/requests\/[0-9a-f-]{36}/);
  const requestId = /\/requests\/([0-9a-f-]{36})/.exec(patient.url())![1]!;
  await expect(patient.getByTestId('request-status')).toHaveText('Отправлен');

  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', { language: 'ru' });
  await doctor.getByRole('navigation').getByRole('link', { name: 'Запросы', exact: true }).click();
  const item = doctor.getByTestId('inbox-request').filter({ has: doctor.locator(`a[href$="${requestId}"]`) });
  await expect(item).toContainText('Слабость и быстрая утомляемость');
  await item.getByRole('link', { name: 'Расшифровка анализов' }).click();
  await expect(doctor.getByTestId('request-patient')).toContainText('Петрова Анна');
  await expect(doctor.getByTestId('lab-report')).toContainText(report.observations[0]!.name.ru);
  await doctor.getByTestId('claim').click();
  await expect(doctor.getByTestId('request-status')).toHaveText('На рассмотрении');

  const answer = 'Гемоглобин снижен до 105 г/л: сдайте ферритин и запишитесь на очный приём к терапевту.';
  await doctor.getByLabel('Ваш ответ').fill(answer);
  await doctor.getByRole('button', { name: 'Отправить ответ' }).click();
  await expect(doctor.getByTestId('request-status')).toHaveText('Получен ответ');
  await expect(doctor.getByTestId('request-answer')).toContainText(answer);

  await patient.reload();
  await expect(patient.getByTestId('request-status')).toHaveText('Получен ответ');
  await expect(patient.getByTestId('request-answer')).toContainText(answer);
  // The time and the doctor are apart: "… в 14:54 · Смирнова Елена …", not "14:54· Смирнова".
  await expect(patient.getByTestId('request-answer')).toContainText(/Ответ получен .*\d\d:\d\d · Смирнова/);
  await openSection(patient, 'Запросы');
  await expect(patient.getByTestId('request').first()).toContainText('Получен ответ');
});
