import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointmentPayments } from '../src/db/schema/index.js';
import { paymentProviders } from '../src/domains/payments/provider.js';
import { acceptConsents } from './consents-helper.js';
import { json, type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';

const api = useTestApi();

type Slot = { id: string };
type Payment = { method: string; status: string; amountRub: number; invoiceNumber: string | null };
type Problem = { status: number; code: string; detail: string };

let newcomer: { session: TestSession; patientId: string };
let slots: Slot[];

beforeAll(async () => {
  newcomer = await newPatient(api, 'payer.new@example.org');
  // A new patient signs the required consents before a first booking (domains/consents).
  await acceptConsents(api, newcomer.session, newcomer.patientId);
  const { items: doctors } = await json<{ items: { id: string }[] }>(
    api.request(`/doctors?specialty=therapist&patientId=${newcomer.patientId}&format=video`, {
      session: newcomer.session,
    }),
  );
  ({ items: slots } = await json<{ items: Slot[] }>(
    api.request(`/doctors/${doctors[0]!.id}/slots?days=3&format=video`, { session: newcomer.session }),
  ));
});

const book = (session: TestSession, patientId: string, slot: Slot, payment?: string) =>
  api.request('/appointments', {
    method: 'POST',
    session,
    json: { patientId, slotId: slot.id, format: 'video', ...(payment ? { payment } : {}) },
  });

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
    expect(await json<Problem>(res)).toMatchObject({
      code: 'booking.not_covered',
      detail: 'This service is not part of your insurance programme and is paid separately.',
    });
  });

  it('books with pay-at-clinic and records the price as pending, without an invoice', async () => {
    const res = await book(newcomer.session, newcomer.patientId, slots[5]!, 'pay_at_clinic');
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    const payment = await json<Payment>(
      api.request(`/appointments/${id}/payment`, { session: newcomer.session }),
    );
    expect(payment).toEqual({
      method: 'pay_at_clinic',
      status: 'pending',
      amountRub: 1500,
      invoiceNumber: null,
    });
    expect((await api.request(`/appointments/${id}/invoice.pdf`, { session: newcomer.session })).status).toBe(
      404,
    );

    // Cancelling leaves nothing to pay.
    expect(
      (await api.request(`/appointments/${id}/cancel`, { method: 'POST', session: newcomer.session })).status,
    ).toBe(204);
    const [row] = await api.deps.database.db
      .select()
      .from(appointmentPayments)
      .where(eq(appointmentPayments.appointmentId, id));
    expect(row!.status).toBe('cancelled');
  });

  it('books by invoice with a downloadable PDF in both languages, for the payer only', async () => {
    const res = await book(newcomer.session, newcomer.patientId, slots[6]!, 'invoice');
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    const payment = await json<Payment>(
      api.request(`/appointments/${id}/payment`, { session: newcomer.session }),
    );
    expect(payment).toMatchObject({ method: 'invoice', status: 'pending', amountRub: 1500 });
    expect(payment.invoiceNumber).toMatch(/^INV-\d{8}-[0-9A-F]{8}$/);

    for (const locale of ['ru', 'en']) {
      const pdf = await api.request(`/appointments/${id}/invoice.pdf?locale=${locale}`, {
        session: newcomer.session,
      });
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
    expect((await api.request(`/appointments/${id}/payment`, { session: stranger })).status).toBe(404);
    expect((await api.request(`/appointments/${id}/invoice.pdf`, { session: stranger })).status).toBe(404);
    const invalid = await api.request(`/appointments/${id}/invoice.pdf?locale=de`, {
      session: newcomer.session,
    });
    expect(invalid.status).toBe(400);
  });

  it('records no payment when the programme covers the consultation, whatever method is sent', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const annaId = (await json<{ self: { id: string } }>(api.request('/me/family', { session: anna }))).self
      .id;
    const res = await book(anna, annaId, slots[7]!, 'invoice');
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    expect((await api.request(`/appointments/${id}/payment`, { session: anna })).status).toBe(404);
  });

  it('refuses an unknown payment method', async () => {
    const res = await book(newcomer.session, newcomer.patientId, slots[8]!, 'bitcoin');
    expect(res.status).toBe(400);
  });
});
