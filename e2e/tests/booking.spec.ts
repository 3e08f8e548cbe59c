import { writeFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL, idIn } from '../urls.js';

// Booking in the patient app against the real api: a planned consultation for a child with a document
// attached, the urgent queue joined and left, and a therapist taking the next urgent patient in the staff app.

const appointmentUrl = /\/appointments\/([0-9a-f-]{36})/;
const queueUrl = /\/urgent\/([0-9a-f-]{36})$/;

test('a parent books a planned video consultation for her child with a PDF attached', async ({
  browser,
}, testInfo) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { language: 'ru' });
  await page.getByRole('navigation').getByRole('link', { name: 'Запись', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на консультацию' })).toBeVisible();

  // For whom → specialist → format; the doctors who see children follow.
  await page.getByRole('radio', { name: /Михаил/ }).check();
  await page.getByRole('radio', { name: 'Педиатр' }).check();
  await page.getByLabel('Формат').selectOption('video');
  await page.getByRole('button', { name: 'Найти врачей' }).click();
  const doctors = page.getByTestId('doctor-card');
  await expect(doctors.first()).toBeVisible();
  await expect(doctors.first()).toContainText('Педиатр');
  await expect(doctors.first()).toContainText('Детей');
  await expect(doctors.first().getByTestId('next-free')).not.toBeEmpty();

  await doctors
    .first()
    .getByRole('link', { name: /Выбрать время/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Время приёма/ })).toBeVisible();
  // A time some days ahead, well clear of the one-hour rule.
  await page.getByTestId('slot').last().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Подтверждение записи' })).toBeVisible();
  await expect(page.getByTestId('confirm-patient')).toHaveText('Петров Михаил Андреевич');
  await expect(page.getByTestId('coverage')).toContainText('Входит в вашу страховку');
  await expect(page.getByRole('radio', { name: 'Видеозвонок' })).toBeChecked();
  await page.getByLabel('Что вы хотите обсудить?').fill('Кашель неделю, температуры нет.');

  // A minimal PDF made here: the api checks the content (magic bytes), not the name.
  // Named per run: the patient's earlier documents are listed beside it.
  const name = `analysis-${Date.now()}.pdf`;
  const pdf = testInfo.outputPath(name);
  await writeFile(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await page.getByLabel('Добавить документ').setInputFiles(pdf);
  await expect(page.getByTestId('upload-percent')).toHaveText('100 %');
  await expect(page.getByTestId('upload-progress')).toContainText(`${name} загружен`);
  await expect(page.getByRole('checkbox', { name })).toBeChecked();

  await page.getByRole('button', { name: 'Записаться' }).click();
  await expect(page).toHaveURL(appointmentUrl);
  const id = idIn(page, appointmentUrl);
  await expect(page.getByTestId('appointment-notice')).toHaveText('Вы записаны. Мы напомним перед началом.');
  await expect(page.getByTestId('appointment-patient')).toHaveText('Петров Михаил Андреевич');
  await expect(page.getByTestId('appointment-status')).toHaveText('Запись подтверждена');
  await expect(page.getByTestId('attachment')).toContainText(name);
  await expect(page.locator('#consultation')).toBeVisible();

  // The booking is on her home page and opens its page.
  await page.getByRole('navigation').getByRole('link', { name: 'Главная', exact: true }).click();
  const booked = page.getByTestId('appointment').filter({ has: page.locator(`a[href$="${id}"]`) });
  await expect(booked).toContainText('Пациент: Петров Михаил Андреевич');
  await expect(booked).toContainText('Видеозвонок');
  await booked.getByTestId('appointment-link').click();
  await expect(page).toHaveURL(new RegExp(`/appointments/${id}$`));

  // Cancelled, it is no longer upcoming: it moves to her recent appointments, marked so.
  await page.getByText('Отменить консультацию').click();
  await page.getByRole('button', { name: 'Да, отменить' }).click();
  await expect(page.getByTestId('appointment-status')).toHaveText('Отменена');
  await page.getByRole('navigation').getByRole('link', { name: 'Главная', exact: true }).click();
  const card = (section: string) =>
    page
      .getByRole('region', { name: section })
      .getByTestId('appointment')
      .filter({ has: page.locator(`a[href$="${id}"]`) });
  await expect(card('Недавние записи')).toContainText('Отменена');
  await expect(card('Предстоящие записи')).toHaveCount(0);
});

test('a patient joins the urgent queue, sees her place and leaves', async ({ browser }) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { language: 'en' });
  await page.getByRole('navigation').getByRole('link', { name: 'Urgent consultation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Urgent consultation' })).toBeVisible();
  await page.getByRole('radio', { name: /^Me/ }).check();
  await page.getByRole('radio', { name: 'Audio call' }).check();
  await page.getByLabel('What happened?').fill('Headache since the morning.');
  await page.getByRole('button', { name: 'Join the queue' }).click();

  await expect(page).toHaveURL(queueUrl);
  await expect(page.getByRole('heading', { name: 'You are in the queue' })).toBeVisible();
  await expect(page.getByTestId('queue-position')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('queue-wait')).toHaveText(/about \d+ minutes?/);

  await page.getByText('Leave the queue', { exact: true }).click();
  await page.getByRole('button', { name: 'Yes, leave the queue' }).click();
  await expect(page.getByTestId('queue-left')).toContainText('You have left the queue');
  await expect(page.getByTestId('queue-position')).toHaveCount(0);
});

test('a therapist takes the next urgent patient and both land on the consultation', async ({ browser }) => {
  // A patient no other journey queues: a request a doctor has taken stays in the queue until the consultation.
  const patient = await signedIn(browser, PATIENT_URL, 'marina.orlova@demo.telemed', { language: 'en' });
  await patient.goto(new URL('/urgent', PATIENT_URL).href);
  await patient.getByRole('radio', { name: /^Me/ }).check();
  await patient.getByRole('button', { name: 'Join the queue' }).click();
  await expect(patient).toHaveURL(queueUrl);
  const id = idIn(patient, queueUrl);
  await expect(patient.getByTestId('queue-position')).toBeVisible();

  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', { language: 'en' });
  // Somebody may have queued before this patient: the doctor takes patients until this one is theirs.
  for (let taken = 0; taken < 10; taken++) {
    await doctor.goto(new URL('/today', DOCTOR_URL).href);
    await doctor.getByRole('button', { name: 'Take next urgent patient' }).click();
    await expect(doctor).toHaveURL(appointmentUrl);
    if (idIn(doctor, appointmentUrl) === id) break;
  }
  expect(idIn(doctor, appointmentUrl)).toBe(id);
  await expect(doctor.getByRole('heading', { level: 1 })).toContainText('Marina Orlova');

  // The waiting page notices by itself (it polls) and leads to the consultation.
  await expect(patient.getByTestId('doctor-ready')).toContainText('Elena Smirnova is ready to see you now.', {
    timeout: 15_000,
  });
  // One click: straight to the call page, not to the appointment page with a second "go to" button.
  await patient.getByRole('link', { name: 'Go to the consultation' }).click();
  await expect(patient).toHaveURL(new RegExp(`/appointments/${id}/call$`));
  await expect(patient.getByRole('heading', { level: 1 })).toContainText('Elena Smirnova');

  // With nobody left waiting, the button says so.
  await doctor.goto(new URL('/today', DOCTOR_URL).href);
  await doctor.getByRole('button', { name: 'Take next urgent patient' }).click();
  await expect(doctor.getByTestId('nobody-waiting')).toHaveText('Nobody is waiting in the urgent queue.');
});
