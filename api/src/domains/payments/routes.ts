import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { appointmentPayments, appointments } from '../../db/schema/index.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  idParamSchema,
  jsonContent,
  localeSchema,
  notFoundProblem,
} from '../../http/schemas.js';
import { listAppointments } from '../appointments/queries.js';
import { requireParticipant } from '../consultations/access.js';
import { renderInvoicePdf } from './invoice-pdf.js';

const paymentSchema = z
  .object({
    method: z.enum(['pay_at_clinic', 'invoice']),
    status: z.enum(['pending', 'paid', 'cancelled']),
    amountRub: z.number().int(),
    invoiceNumber: z.string().nullable(),
  })
  .openapi('AppointmentPayment');

const routes = {
  payment: createRoute({
    method: 'get',
    path: '/appointments/{id}/payment',
    tags: ['Payments'],
    summary: 'What the patient pays for this consultation and how (404 when it is covered)',
    request: { params: idParamSchema },
    responses: { 200: jsonContent(paymentSchema, 'The payment'), ...authProblems, ...notFoundProblem },
  }),
  invoice: createRoute({
    method: 'get',
    path: '/appointments/{id}/invoice.pdf',
    tags: ['Payments'],
    summary: 'The bank-transfer invoice of a consultation paid by invoice',
    request: { params: idParamSchema, query: z.object({ locale: localeSchema.default('ru') }) },
    responses: {
      200: { content: { 'application/pdf': { schema: z.string() } }, description: 'The invoice' },
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

async function findPayment(db: Parameters<typeof listAppointments>[0], appointmentId: string) {
  const [payment] = await db
    .select()
    .from(appointmentPayments)
    .where(eq(appointmentPayments.appointmentId, appointmentId));
  return payment ?? null;
}

/** Payments are the payer's business: the patient (or the guardian who booked), not the doctor. */
const payer = { allow: ['patient'] as const };

export const paymentRoutes = createRouter()
  .openapi(routes.payment, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'payment.read', payer);
    const payment = await findPayment(c.get('deps').database.db, appointment.id);
    if (!payment) throw notFound();
    const { method, status, amountRub, invoiceNumber } = payment;
    return c.json({ method, status, amountRub, invoiceNumber }, 200);
  })
  .openapi(routes.invoice, async (c) => {
    const { appointment } = await requireParticipant(c, c.req.valid('param').id, 'payment.invoice', payer);
    const db = c.get('deps').database.db;
    const payment = await findPayment(db, appointment.id);
    if (!payment?.invoiceNumber) throw notFound();
    const [item] = await listAppointments(db, eq(appointments.id, appointment.id), 1);
    const locale = c.req.valid('query').locale;
    const pdf = await renderInvoicePdf(
      {
        invoiceNumber: payment.invoiceNumber,
        issuedAt: payment.createdAt,
        amountRub: payment.amountRub,
        patientName: item!.patient.fullName[locale],
        doctorName: item!.practitioner?.fullName[locale] ?? '',
        specialty: item!.practitioner?.specialty.name[locale] ?? '',
        startsAt: appointment.startsAt,
      },
      locale,
    );
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.byteLength),
      'content-disposition': `attachment; filename="invoice-${payment.invoiceNumber}.pdf"`,
      'cache-control': 'private, no-store',
    });
  });
