import type { Queue } from 'bull';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../auth/audit.js';
import type { Db, Tx } from '../../db/client.js';
import { labLocations, labObservations, labOrders, labReports } from '../../db/schema/index.js';
import { notFound, ProblemError, zodProblem } from '../../http/problem.js';
import { recipientAccount } from '../notifications/recipient.js';
import { notify } from '../notifications/service.js';
import { analyteName, flagFor } from './analytes.js';
import { fhirDiagnosticReportSchema, idOf, loincOf, type FhirDiagnosticReport } from './fhir.js';
import { moveOrder, sourcesOf } from './order-state.js';

type Order = typeof labOrders.$inferSelect;

/**
 * Writes a report and its values, and marks the order resulted, in the caller's transaction (which holds the
 * order's row lock). The same delivery twice (same report id and issue time), or another `final` report for an
 * order that has one, is a no-op answering the stored report. A report the lab marks `corrected`/`amended` is
 * stored beside the latest version it corrects, which stays as received (order 947n (2020): an amendment is
 * kept with the original document).
 */
export async function storeReport(tx: Tx, order: Order, report: FhirDiagnosticReport) {
  const issuedAt = new Date(report.issued);
  const [stored] = await tx
    .select({ id: labReports.id })
    .from(labReports)
    .where(
      and(
        eq(labReports.orderId, order.id),
        eq(labReports.externalId, report.id),
        eq(labReports.issuedAt, issuedAt),
      ),
    );
  if (stored) return { reportId: stored.id, created: false, amends: null };
  // The newest version so far: the report of this order that no other report corrects.
  const [latest] = await tx
    .select({ id: labReports.id })
    .from(labReports)
    .where(
      and(
        eq(labReports.orderId, order.id),
        sql`not exists (select 1 from ${labReports} later where later.amends_report_id = ${labReports.id})`,
      ),
    );
  // Only a report the lab marks as a correction replaces one; a `final` one again is a repeated delivery.
  if (latest && report.status === 'final') {
    const [original] = await tx
      .select({ id: labReports.id })
      .from(labReports)
      .where(and(eq(labReports.orderId, order.id), isNull(labReports.amendsReportId)));
    return { reportId: original!.id, created: false, amends: null };
  }
  const [row] = await tx
    .insert(labReports)
    .values({
      orderId: order.id,
      patientId: order.patientId,
      externalId: report.id,
      issuedAt,
      status: report.status,
      amendsReportId: latest?.id ?? null,
      raw: report as unknown as Record<string, unknown>,
    })
    .returning({ id: labReports.id });
  if (!row) throw new Error('the lab report was not stored');
  const effectiveAt = new Date(report.effectiveDateTime);
  const byId = new Map(report.contained.map((o) => [o.id, o]));
  const values = report.result.map((r) => {
    const o = byId.get(r.reference.slice(1))!;
    const loinc = loincOf(o.code)!;
    const range = o.referenceRange?.[0];
    const low = range?.low?.value ?? null;
    const high = range?.high?.value ?? null;
    return {
      reportId: row.id,
      patientId: order.patientId,
      loinc,
      name: analyteName(loinc, o.code.text ?? o.code.coding[0]?.display),
      value: o.valueQuantity.value,
      unit: o.valueQuantity.code ?? o.valueQuantity.unit,
      referenceLow: low,
      referenceHigh: high,
      // The numbers decide, not the lab's interpretation code: one rule for every partner.
      flag: flagFor(o.valueQuantity.value, low, high),
      effectiveAt: o.effectiveDateTime ? new Date(o.effectiveDateTime) : effectiveAt,
    };
  });
  // One value per analyte: a report repeating a code keeps its first value.
  const unique = values.filter((v, i) => values.findIndex((w) => w.loinc === v.loinc) === i);
  await tx.insert(labObservations).values(unique);
  const resulted = await moveOrder(tx, order.id, 'resulted', {
    resultedAt: sql`now()`,
    externalId: sql`coalesce(${labOrders.externalId}, ${report.id})`,
  });
  // The caller checked the status under the order's lock; a report must never be stored on an order it cannot close.
  if (!resulted) throw new Error(`lab order ${order.id} could not move from ${order.status} to resulted`);
  return { reportId: row.id, created: true, amends: latest?.id ?? null };
}

/**
 * A lab's DiagnosticReport arrives (from a partner's call or the demo lab): validated, matched to our order
 * and its partner, stored once, and the patient (a child's guardian) told the results are ready.
 */
export async function ingestReport(db: Db, notifications: Queue, partner: string, raw: unknown) {
  const parsed = fhirDiagnosticReportSchema.safeParse(raw);
  if (!parsed.success) throw zodProblem(parsed.error, 'DiagnosticReport');
  const report = parsed.data;
  const orderId = idOf(report.basedOn[0]!.reference);
  const { reportId, created, patientId } = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ order: labOrders })
      .from(labOrders)
      .innerJoin(labLocations, eq(labLocations.id, labOrders.locationId))
      .where(and(eq(labOrders.id, orderId), eq(labLocations.partner, partner)))
      .for('update', { of: labOrders });
    if (!found) throw notFound();
    const order = found.order;
    if (idOf(report.subject.reference) !== order.patientId) {
      throw new ProblemError(400, 'The report is about another patient than the order.', {
        code: 'lab.report_wrong_patient',
        errors: [{ path: 'subject.reference', message: 'does not match the order' }],
      });
    }
    if (!sourcesOf('resulted').includes(order.status)) {
      throw new ProblemError(409, `The order is ${order.status}; the lab was not asked for it.`, {
        code: 'lab.order_status',
        params: { status: order.status },
      });
    }
    const stored = await storeReport(tx, order, report);
    // The lab is the actor: the patient's access log says "the partner lab added a lab result".
    if (stored.created)
      await writeAudit(tx, null, undefined, {
        action: stored.amends ? 'lab_report.amended' : 'lab_report.received',
        resourceType: 'DiagnosticReport',
        resourceId: stored.reportId,
        patientId: order.patientId,
        outcome: 'allowed',
      });
    return { reportId: stored.reportId, created: stored.created, patientId: order.patientId };
  });
  // Sent on every delivery: a crash after the commit is healed by the lab's retry, and the key keeps it single.
  const recipient = await recipientAccount(db, patientId);
  if (recipient) {
    await notify(db, notifications, {
      accountId: recipient.accountId,
      kind: 'lab_result',
      title: { ru: 'Готовы результаты анализов', en: 'Your test results are ready' },
      body: {
        ru: 'Результаты появились в медицинской карте.',
        en: 'The results are in the medical card.',
      },
      data: { reportId, patientId },
      idempotencyKey: `lab-result:${reportId}`,
    });
  }
  return { reportId, created };
}
