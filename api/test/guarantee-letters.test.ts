import { and, eq, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  clinicProgrammes,
  clinics,
  guaranteeLetterDeliveries,
  insuranceProgrammes,
  notifications,
} from '../src/db/schema/index.js';
import {
  coverageVerdict,
  letterValidity,
  type CoverageInput,
} from '../src/domains/guarantee-letters/coverage.js';
import { DemoClinicLetterAdapter, deliverLetter } from '../src/domains/guarantee-letters/delivery.js';
import { COORDINATOR_DEMO_EMAIL, LETTERS_DEMO_EMAIL } from '../src/seed/guarantee-letters.js';
import { json, type TestSession, useTestApi } from './harness.js';

describe('the coverage rule', () => {
  const policy = { id: 'p1', programmeId: 'full', validFrom: '2026-01-01', validTo: '2026-12-31' };
  const base: CoverageInput = {
    policies: [policy],
    clinicProgrammeIds: ['full'],
    coverage: [
      { programmeId: 'full', service: 'in_person', covered: true },
      { programmeId: 'full', service: 'lab', covered: false },
    ],
    serviceKind: 'diagnostics',
    today: '2026-06-01',
  };

  it('covers a service of an in-person kind at a clinic of the programme within the policy', () => {
    for (const serviceKind of ['diagnostics', 'procedure', 'consultation', 'checkup'] as const)
      expect(coverageVerdict({ ...base, serviceKind })).toEqual({
        covered: true,
        problems: [],
        policyId: 'p1',
        programmeId: 'full',
      });
  });

  it('judges lab services by the lab cover', () => {
    expect(coverageVerdict({ ...base, serviceKind: 'lab' }).problems).toEqual(['service_not_covered']);
  });

  it('needs a policy valid on the day, boundaries included', () => {
    expect(coverageVerdict({ ...base, today: '2026-12-31' }).covered).toBe(true);
    expect(coverageVerdict({ ...base, today: '2026-01-01' }).covered).toBe(true);
    for (const today of ['2027-01-01', '2025-12-31'])
      expect(coverageVerdict({ ...base, today })).toMatchObject({
        covered: false,
        problems: ['no_active_policy'],
        policyId: null,
      });
    expect(coverageVerdict({ ...base, policies: [] }).problems).toEqual(['no_active_policy']);
  });

  it('needs the clinic in the programme, and names every problem', () => {
    expect(coverageVerdict({ ...base, clinicProgrammeIds: ['other'] }).problems).toEqual([
      'clinic_not_in_programme',
    ]);
    expect(coverageVerdict({ ...base, clinicProgrammeIds: [], coverage: [] }).problems).toEqual([
      'clinic_not_in_programme',
      'service_not_covered',
    ]);
  });

  it('picks the active policy that covers, among several', () => {
    const oms = { id: 'p2', programmeId: 'oms', validFrom: '2026-01-01', validTo: '2030-12-31' };
    const verdict = coverageVerdict({ ...base, policies: [oms, policy] });
    expect(verdict).toMatchObject({ covered: true, policyId: 'p1' });
  });

  it('keeps a letter 30 days, never past the policy', () => {
    expect(letterValidity('2026-06-01', '2026-12-31')).toEqual({
      validFrom: '2026-06-01',
      validTo: '2026-06-30',
    });
    expect(letterValidity('2026-12-20', '2026-12-31')).toEqual({
      validFrom: '2026-12-20',
      validTo: '2026-12-31',
    });
  });
});

const api = useTestApi();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

type Family = { self: { id: string }; children: { id: string }[] };
type Letter = {
  id: string;
  status: string;
  number: string | null;
  validFrom: string | null;
  validTo: string | null;
  declineReason: string | null;
  referralFile: { id: string } | null;
  coverage: { covered: boolean; problems: string[] };
  policy: { number: string } | null;
  actions: { cancel: boolean; approve: boolean; decline: boolean; downloadPdf: boolean };
};

let member: TestSession;
let anna: TestSession;
let ivan: TestSession;
let doctor: TestSession;
let assistant: TestSession;
let admin: TestSession;
let coordinator: TestSession;
let memberId: string;
let annaFamily: Family;
let coveredClinic: string;
let uncoveredClinic: string;
let referralId: string;

async function upload(patientId: string, session: TestSession) {
  const form = new FormData();
  form.set('file', new File([Buffer.concat([PDF, Buffer.from(String(Math.random()))])], 'направление.pdf'));
  form.set('kind', 'other');
  const res = await api.request(`/patients/${patientId}/files`, { method: 'POST', body: form, session });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const submit = (patientId: string, session: TestSession, body: Record<string, unknown>) =>
  api.request(`/patients/${patientId}/guarantee-letters`, { method: 'POST', json: body, session });

beforeAll(async () => {
  [member, anna, ivan, doctor, assistant, admin, coordinator] = await Promise.all([
    api.login(LETTERS_DEMO_EMAIL),
    api.login('anna.petrova@demo.telemed'),
    api.login('ivan.sokolov@demo.telemed'),
    api.login('dr.smirnova@demo.telemed'),
    api.login('nurse.orlova@demo.telemed'),
    api.login('admin@demo.telemed'),
    api.login(COORDINATOR_DEMO_EMAIL, undefined, 'staff'),
  ]);
  memberId = (await json<Family>(api.request('/me/family', { session: member }))).self.id;
  annaFamily = await json<Family>(api.request('/me/family', { session: anna }));
  const db = api.deps.database.db;
  const [full] = await db
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-full'));
  const fullClinics = db
    .select({ id: clinicProgrammes.clinicId })
    .from(clinicProgrammes)
    .where(eq(clinicProgrammes.programmeId, full!.id));
  const all = await db.select({ id: clinics.id, services: clinics.services }).from(clinics);
  const covering = new Set((await fullClinics).map((r) => r.id));
  coveredClinic = all.find((c) => covering.has(c.id) && c.services.includes('mri_brain'))!.id;
  const [outside] = await db
    .select({ id: clinics.id, services: clinics.services })
    .from(clinics)
    .where(notInArray(clinics.id, fullClinics));
  expect(outside).toBeDefined();
  uncoveredClinic = outside!.id;
  referralId = await upload(memberId, member);
}, 60_000);

describe('asking for a letter', () => {
  it('files it with a referral and shows the verdict', async () => {
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'Головные боли, направление невролога',
      referralFileId: referralId,
    });
    expect(res.status).toBe(201);
    const letter = (await res.json()) as Letter;
    expect(letter).toMatchObject({
      status: 'submitted',
      number: null,
      referralFile: { id: referralId },
      coverage: { covered: true, problems: [] },
      actions: { cancel: true, approve: false, decline: false, downloadPdf: false },
    });
  });

  it('shows a clinic outside the programme as not covered', async () => {
    const [clinic] = await api.deps.database.db
      .select({ services: clinics.services })
      .from(clinics)
      .where(eq(clinics.id, uncoveredClinic));
    const res = await submit(memberId, member, {
      clinicId: uncoveredClinic,
      serviceCode: clinic!.services[0],
      reason: 'Хочу в эту клинику',
    });
    expect(res.status).toBe(201);
    expect((await res.json()) as Letter).toMatchObject({
      coverage: { covered: false, problems: ['clinic_not_in_programme'] },
    });
  });

  it('refuses a service the clinic does not perform, and another family’s file', async () => {
    const [clinic] = await api.deps.database.db
      .select({ services: clinics.services })
      .from(clinics)
      .where(eq(clinics.id, coveredClinic));
    const missing = ['mri_brain', 'physiotherapy', 'dental_treatment', 'mammography'].find(
      (s) => !clinic!.services.includes(s),
    );
    expect(
      (await submit(memberId, member, { clinicId: coveredClinic, serviceCode: missing, reason: 'нужно' }))
        .status,
    ).toBe(400);
    const annaFile = await upload(annaFamily.self.id, anna);
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'нужно',
      referralFileId: annaFile,
    });
    expect(res.status).toBe(400);
    expect(
      (await submit(memberId, member, { clinicId: coveredClinic, serviceCode: 'mri_brain', reason: '' }))
        .status,
    ).toBe(400);
  });

  it('lets a guardian ask for a child, and nobody for another family', async () => {
    const child = annaFamily.children[0]!.id;
    const body = { clinicId: coveredClinic, serviceCode: 'mri_brain', reason: 'Направление педиатра' };
    expect((await submit(child, anna, body)).status).toBe(201);
    expect((await submit(memberId, ivan, body)).status).toBe(404);
    expect((await api.request(`/patients/${memberId}/guarantee-letters`, { session: ivan })).status).toBe(
      404,
    );
    expect((await submit(memberId, doctor, body)).status).toBe(403);
  });
});

describe('deciding', () => {
  let letterId: string;

  beforeAll(async () => {
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'МРТ по направлению',
      referralFileId: referralId,
    });
    letterId = ((await res.json()) as Letter).id;
  });

  it('keeps letters from other families and from other staff roles', async () => {
    expect((await api.request(`/guarantee-letters/${letterId}`, { session: ivan })).status).toBe(404);
    expect((await api.request(`/guarantee-letters/${letterId}/referral`, { session: ivan })).status).toBe(
      404,
    );
    for (const session of [doctor, assistant, admin, member]) {
      expect((await api.request('/coordinator/guarantee-letters', { session })).status).toBe(403);
      const approve = await api.request(`/coordinator/guarantee-letters/${letterId}/approve`, {
        method: 'POST',
        session,
      });
      expect(approve.status).toBe(403);
    }
    for (const session of [doctor, assistant, admin])
      expect((await api.request(`/guarantee-letters/${letterId}`, { session })).status).toBe(403);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, letterId), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThan(0);
  });

  it('shows the coordinator the inbox, the letter and its referral, never the medical card', async () => {
    const inbox = await json<{ items: { id: string; status: string }[] }>(
      api.request('/coordinator/guarantee-letters', { session: coordinator }),
    );
    const firstDecided = inbox.items.findIndex((i) => i.status !== 'submitted');
    const lastSubmitted = inbox.items.map((i) => i.status).lastIndexOf('submitted');
    expect(firstDecided).toBeGreaterThan(lastSubmitted);
    expect(inbox.items.some((i) => i.id === letterId)).toBe(true);
    const letter = await json<Letter>(
      api.request(`/guarantee-letters/${letterId}`, { session: coordinator }),
    );
    expect(letter.actions).toMatchObject({ approve: true, decline: true, cancel: false });
    expect(letter.coverage.covered).toBe(true);
    const referral = await api.request(`/guarantee-letters/${letterId}/referral`, { session: coordinator });
    expect(referral.status).toBe(200);
    expect(
      Buffer.from(await referral.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await api.request(`/files/${referralId}`, { session: coordinator })).status).toBe(404);
    expect((await api.request(`/patients/${memberId}/files`, { session: coordinator })).status).toBe(404);
    const reads = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.resourceId, letterId), eq(auditEvents.actorAccountId, coordinator.accountId)),
      );
    expect(reads.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'guarantee_letter.inbox',
        'guarantee_letter.read',
        'guarantee_letter.referral',
      ]),
    );
  });

  it('approves: a number, a PDF for the member, one delivery to the clinic, one notification', async () => {
    const res = await api.request(`/coordinator/guarantee-letters/${letterId}/approve`, {
      method: 'POST',
      session: coordinator,
    });
    expect(res.status).toBe(200);
    const letter = (await res.json()) as Letter;
    expect(letter.status).toBe('approved');
    expect(letter.number).toMatch(/^GL-\d{4}-[0-9A-F]{8}$/);
    expect(letter.policy?.number).toMatch(/^DMS-/);
    expect(letter.validFrom).toBeTruthy();
    const again = await api.request(`/coordinator/guarantee-letters/${letterId}/approve`, {
      method: 'POST',
      session: coordinator,
    });
    expect(again.status).toBe(409);

    const db = api.deps.database.db;
    const adapter = new DemoClinicLetterAdapter();
    expect((await deliverLetter(db, adapter, api.deps.logger, { letterId })).status).toBe('delivered');
    expect((await deliverLetter(db, adapter, api.deps.logger, { letterId })).status).toBe(
      'already-delivered',
    );
    const deliveries = await db
      .select()
      .from(guaranteeLetterDeliveries)
      .where(eq(guaranteeLetterDeliveries.letterId, letterId));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.clinicId).toBe(coveredClinic);

    for (const locale of ['ru', 'en']) {
      const pdf = await api.request(`/guarantee-letters/${letterId}/pdf?locale=${locale}`, {
        session: member,
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect((await api.request(`/guarantee-letters/${letterId}/pdf`, { session: ivan })).status).toBe(404);
    const told = await db.select().from(notifications).where(eq(notifications.accountId, member.accountId));
    expect(told.filter((n) => n.kind === 'guarantee_letter.approved')).toHaveLength(1);
  });

  it('declines only with a reason, and the member sees it', async () => {
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'ещё раз',
    });
    const { id } = (await res.json()) as Letter;
    const decline = (reason: unknown) =>
      api.request(`/coordinator/guarantee-letters/${id}/decline`, {
        method: 'POST',
        json: reason === undefined ? {} : { reason },
        session: coordinator,
      });
    expect((await decline(undefined)).status).toBe(400);
    expect((await decline('  ')).status).toBe(400);
    const declined = await decline('Повторная заявка: письмо на МРТ уже выдано');
    expect(declined.status).toBe(200);
    const seen = await json<Letter>(api.request(`/guarantee-letters/${id}`, { session: member }));
    expect(seen).toMatchObject({
      status: 'declined',
      declineReason: 'Повторная заявка: письмо на МРТ уже выдано',
    });
    expect((await api.request(`/guarantee-letters/${id}/pdf`, { session: member })).status).toBe(404);
    expect(
      (await api.request(`/guarantee-letters/${id}/cancel`, { method: 'POST', session: member })).status,
    ).toBe(409);
    const told = await api.deps.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.accountId, member.accountId),
          eq(notifications.kind, 'guarantee_letter.declined'),
        ),
      );
    expect(told.length).toBeGreaterThan(0);
  });

  it('lets the member withdraw an open letter', async () => {
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'передумал',
    });
    const { id } = (await res.json()) as Letter;
    const cancelled = await api.request(`/guarantee-letters/${id}/cancel`, {
      method: 'POST',
      session: member,
    });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as Letter).status).toBe('cancelled');
    const approve = await api.request(`/coordinator/guarantee-letters/${id}/approve`, {
      method: 'POST',
      session: coordinator,
    });
    expect(approve.status).toBe(409);
  });
});
