import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointmentPayments } from '../src/db/schema/index.js';
import { paymentProviders } from '../src/domains/payments/provider.js';
import { acceptConsents } from './consents-helper.js';
import { withStatus } from './account-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';
import { familyOf } from './people.js';

const api = useTestApi();

let newcomer: { session: TestSession; patientId: string };
let slots: { id: string }[];

beforeAll(async () => {
  newcomer = await newPatient(api, 'payer.new@example.org');
  // A new patient signs the required consents before a first booking (domains/consents).
  await acceptConsents(api, newcomer.session, newcomer.patientId);
  const client = api.client(newcomer.session);
  const { items: doctors } = await parseResponse(
    client.doctors.$get({
      query: { specialty: 'therapist', patientId: newcomer.patientId, format: 'video' },
    }),
  );
  ({ items: slots } = await parseResponse(
    client.doctors[':id'].slots.$get({
      param: { id: doctors[0]!.id },
      query: { days: '3', format: 'video' },
    }),
  ));
});

const book = (
  session: TestSession,
  patientId: string,
  slot: { id: string },
  payment?: 'pay_at_clinic' | 'invoice',
) =>
  api.client(session).appointments.$post({
    json: { patientId, slotId: slot.id, format: 'video', ...(payment ? { payment } : {}) },
    header: {},
  });
const appointment = (session: TestSession) => api.client(session).appointments[':id'];

describe('paying for a consultation the programme does not cover', () => {
  it('has one provider per method', () => {
    expect(Object.entries(paymentProviders).map(([key, p]) => [key, p.method])).toEqual([
      ['pay_at_clinic', 'pay_at_clinic'],
      ['invoice', 'invoice'],
    ]);
  });

  it('refuses the booking without a payment method, saying it is not covered', async () => {
    const res = await book(newcomer.session, newcomer.patientId, slots[4]!);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      code: 'booking.not_covered',
      detail: 'This service is not part of your insurance programme and is paid separately.',
    });
  });

  it('books with pay-at-clinic and records the price as pending, without an invoice', async () => {
    const res = withStatus(await book(newcomer.session, newcomer.patientId, slots[5]!, 'pay_at_clinic'), 201);
    const { id } = await res.json();
    const mine = appointment(newcomer.session);
    const payment = await parseResponse(mine.payment.$get({ param: { id } }));
    expect(payment).toEqual({
      method: 'pay_at_clinic',
      status: 'pending',
      amountRub: 1500,
      invoiceNumber: null,
    });
    expect((await mine['invoice.pdf'].$get({ param: { id }, query: {} })).status).toBe(404);

    // Cancelling leaves nothing to pay.
    expect((await mine.cancel.$post({ param: { id } })).status).toBe(204);
    const [row] = await api.deps.database.db
      .select()
      .from(appointmentPayments)
      .where(eq(appointmentPayments.appointmentId, id));
    expect(row!.status).toBe('cancelled');
  });

  it('books by invoice with a downloadable PDF in both languages, for the payer only', async () => {
    const res = withStatus(await book(newcomer.session, newcomer.patientId, slots[6]!, 'invoice'), 201);
    const { id } = await res.json();
    const mine = appointment(newcomer.session);
    const payment = await parseResponse(mine.payment.$get({ param: { id } }));
    expect(payment).toMatchObject({ method: 'invoice', status: 'pending', amountRub: 1500 });
    expect(payment.invoiceNumber).toMatch(/^INV-\d{8}-[0-9A-F]{8}$/);

    for (const locale of ['ru', 'en'] as const) {
      const pdf = await mine['invoice.pdf'].$get({ param: { id }, query: { locale } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toContain(payment.invoiceNumber);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }

    const stranger = await api.login('ivan.sokolov@demo.telemed');
    const theirs = appointment(stranger);
    expect((await theirs.payment.$get({ param: { id } })).status).toBe(404);
    expect((await theirs['invoice.pdf'].$get({ param: { id }, query: {} })).status).toBe(404);
    // Sent raw: the typed client only takes the locales the api knows.
    const invalid = await api.request(`/appointments/${id}/invoice.pdf?locale=de`, {
      session: newcomer.session,
    });
    expect(invalid.status).toBe(400);
  });

  it('records no payment when the programme covers the consultation, whatever method is sent', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const annaId = (await familyOf(api, anna)).self.id;
    const { id } = await withStatus(await book(anna, annaId, slots[7]!, 'invoice'), 201).json();
    expect((await appointment(anna).payment.$get({ param: { id } })).status).toBe(404);
  });

  it('refuses an unknown payment method', async () => {
    // Sent raw: the typed client only takes the methods the api knows.
    const res = await api.request('/appointments', {
      method: 'POST',
      session: newcomer.session,
      json: { patientId: newcomer.patientId, slotId: slots[8]!.id, format: 'video', payment: 'bitcoin' },
    });
    expect(res.status).toBe(400);
  });
});
