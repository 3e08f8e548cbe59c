import { and, eq, notInArray } from 'drizzle-orm';
import { type InferRequestType, parseResponse } from 'hono/client';
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
import type { ApiClient } from '../src/client.js';
import { uploadPdf } from './booking-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';

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

let member: TestSession;
let anna: TestSession;
let ivan: TestSession;
let doctor: TestSession;
let assistant: TestSession;
let admin: TestSession;
let coordinator: TestSession;
let memberId: string;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;
let coveredClinic: string;
let uncoveredClinic: string;
let referralId: string;

const upload = (patientId: string, session: TestSession) =>
  uploadPdf(api, session, patientId, 'направление.pdf', 'other');

type Request = InferRequestType<ApiClient['patients'][':id']['guarantee-letters']['$post']>['json'];
const submit = (patientId: string, session: TestSession, json: Request) =>
  api
    .client(session)
    .patients[':id']['guarantee-letters'].$post({ param: { id: patientId }, header: {}, json });

const letter = (session: TestSession) => api.client(session)['guarantee-letters'][':id'];
const coordinatorLetters = (session: TestSession) => api.client(session).coordinator['guarantee-letters'];
const approve = (id: string, session: TestSession) =>
  coordinatorLetters(session)[':id'].approve.$post({ param: { id } });

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
  memberId = (await familyOf(api, member)).self.id;
  annaFamily = await familyOf(api, anna);
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
    expect(await parseResponse(res)).toMatchObject({
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
      serviceCode: clinic!.services[0]!,
      reason: 'Хочу в эту клинику',
    });
    expect(res.status).toBe(201);
    expect(await parseResponse(res)).toMatchObject({
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
      (await submit(memberId, member, { clinicId: coveredClinic, serviceCode: missing!, reason: 'нужно' }))
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
    expect(
      (await api.client(ivan).patients[':id']['guarantee-letters'].$get({ param: { id: memberId } })).status,
    ).toBe(404);
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
    letterId = (await parseResponse(res)).id;
  });

  it('keeps letters from other families and from other staff roles', async () => {
    const param = { id: letterId };
    expect((await letter(ivan).$get({ param })).status).toBe(404);
    expect((await letter(ivan).referral.$get({ param })).status).toBe(404);
    for (const session of [doctor, assistant, admin, member]) {
      expect((await coordinatorLetters(session).$get({ query: {} })).status).toBe(403);
      expect((await approve(letterId, session)).status).toBe(403);
    }
    for (const session of [doctor, assistant, admin])
      expect((await letter(session).$get({ param })).status).toBe(403);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, letterId), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThan(0);
  });

  it('shows the coordinator the inbox, the letter and its referral, never the medical card', async () => {
    const inbox = await parseResponse(coordinatorLetters(coordinator).$get({ query: {} }));
    const firstDecided = inbox.items.findIndex((i) => i.status !== 'submitted');
    const lastSubmitted = inbox.items.map((i) => i.status).lastIndexOf('submitted');
    expect(firstDecided).toBeGreaterThan(lastSubmitted);
    expect(inbox.items.some((i) => i.id === letterId)).toBe(true);
    const param = { id: letterId };
    const seen = await parseResponse(letter(coordinator).$get({ param }));
    expect(seen.actions).toMatchObject({ approve: true, decline: true, cancel: false });
    expect(seen.coverage.covered).toBe(true);
    const referral = await letter(coordinator).referral.$get({ param });
    expect(referral.status).toBe(200);
    expect(
      Buffer.from(await referral.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const client = api.client(coordinator);
    expect((await client.files[':id'].$get({ param: { id: referralId } })).status).toBe(404);
    expect((await client.patients[':id'].files.$get({ param: { id: memberId } })).status).toBe(404);
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
    const res = await approve(letterId, coordinator);
    expect(res.status).toBe(200);
    const approved = await parseResponse(res);
    expect(approved.status).toBe('approved');
    expect(approved.number).toMatch(/^GL-\d{4}-[0-9A-F]{8}$/);
    expect(approved.policy?.number).toMatch(/^DMS-/);
    expect(approved.validFrom).toBeTruthy();
    const again = await approve(letterId, coordinator);
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

    const pdfOf = (id: string, session: TestSession, query: { locale?: 'ru' | 'en' } = {}) =>
      letter(session).pdf.$get({ param: { id }, query });
    for (const locale of ['ru', 'en'] as const) {
      const pdf = await pdfOf(letterId, member, { locale });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect((await pdfOf(letterId, ivan)).status).toBe(404);
    const told = await db.select().from(notifications).where(eq(notifications.accountId, member.accountId));
    expect(told.filter((n) => n.kind === 'guarantee_letter.approved')).toHaveLength(1);
  });

  it('declines only with a reason, and the member sees it', async () => {
    const res = await submit(memberId, member, {
      clinicId: coveredClinic,
      serviceCode: 'mri_brain',
      reason: 'ещё раз',
    });
    const { id } = await parseResponse(res);
    const decline = (reason: string) =>
      coordinatorLetters(coordinator)[':id'].decline.$post({ param: { id }, json: { reason } });
    // Raw: the typed client would not send a decline without its reason.
    const bare = await api.request(`/coordinator/guarantee-letters/${id}/decline`, {
      method: 'POST',
      json: {},
      session: coordinator,
    });
    expect(bare.status).toBe(400);
    expect((await decline('  ')).status).toBe(400);
    const declined = await decline('Повторная заявка: письмо на МРТ уже выдано');
    expect(declined.status).toBe(200);
    const seen = await parseResponse(letter(member).$get({ param: { id } }));
    expect(seen).toMatchObject({
      status: 'declined',
      declineReason: 'Повторная заявка: письмо на МРТ уже выдано',
    });
    expect((await letter(member).pdf.$get({ param: { id }, query: {} })).status).toBe(404);
    expect((await letter(member).cancel.$post({ param: { id } })).status).toBe(409);
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
    const { id } = await parseResponse(res);
    const cancelled = await letter(member).cancel.$post({ param: { id } });
    expect(cancelled.status).toBe(200);
    expect((await parseResponse(cancelled)).status).toBe('cancelled');
    expect((await approve(id, coordinator)).status).toBe(409);
  });
});
