import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, insurancePolicies } from '../src/db/schema/index.js';
import { omsCheckDigit, policyNumberProblem } from '../src/domains/policies/number-rules.js';
import { withStatus } from './account-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';
import { familyOf } from './people.js';

const api = useTestApi();

/** A valid unified OMS number: 15 digits and the check digit the rule gives. */
const omsNumber = (first15: string) => `${first15}${omsCheckDigit(first15)}`;
const nextYear = `${new Date().getUTCFullYear() + 1}-12-31`;

let catalogue: Awaited<ReturnType<typeof programmes>>;
let oms: (typeof catalogue)['programmes'][number];
let dmsFull: typeof oms;
let newcomer: { session: TestSession; patientId: string };

const programmes = (session: TestSession) => parseResponse(api.client(session).insurance.programmes.$get());
const policies = (session: TestSession) => api.client(session).patients[':id'].policies;
type PolicyForm = Parameters<ReturnType<typeof policies>['$post']>[0]['json'];
const addPolicy = (session: TestSession, id: string, json: PolicyForm) =>
  policies(session).$post({ param: { id }, json });
const policiesOf = (session: TestSession, id: string) =>
  parseResponse(policies(session).$get({ param: { id } }));
const coverage = (session: TestSession, id: string, query: { service?: 'telemedicine'; specialty: string }) =>
  parseResponse(api.client(session).patients[':id'].coverage.$get({ param: { id }, query }));

beforeAll(async () => {
  newcomer = await newPatient(api, 'policy.newcomer@example.org');
  catalogue = await programmes(newcomer.session);
  oms = catalogue.programmes.find((p) => p.code === 'oms-base')!;
  dmsFull = catalogue.programmes.find((p) => p.code === 'dms-full')!;
});

describe('OMS check digit', () => {
  it('accepts a number whose last digit is its check digit and refuses every other last digit', () => {
    expect(omsCheckDigit('770000000000000')).toBe(8);
    const valid = omsNumber('500123456789012');
    expect(policyNumberProblem('oms', valid)).toBeNull();
    const others = [...'0123456789'].filter((d) => d !== valid[15]).map((d) => valid.slice(0, 15) + d);
    expect(others.map((n) => policyNumberProblem('oms', n)?.code)).toEqual(
      Array(9).fill('policy.oms_check_digit'),
    );
  });

  it('catches a swap of two neighbouring digits', () => {
    const valid = omsNumber('500123456789012');
    const swapped = `${valid.slice(0, 3)}${valid[4]}${valid[3]}${valid.slice(5)}`;
    expect(policyNumberProblem('oms', swapped)?.code).toBe('policy.oms_check_digit');
  });
});

describe('adding a policy', () => {
  it('lists the programmes with what they cover and the insurers of each kind', () => {
    expect(oms.kind).toBe('oms');
    expect(oms.coverage).toContainEqual(expect.objectContaining({ service: 'telemedicine', covered: false }));
    expect(catalogue.insurers.map((i) => i.kind).sort()).toContain('dms');
    for (const insurer of catalogue.insurers.filter((i) => i.kind === 'oms')) {
      expect(policyNumberProblem('oms', insurer.numberExample.replace(/\s/g, ''))).toBeNull();
    }
  });

  it('shows a newcomer without a policy the full price up front', async () => {
    const covered = await coverage(newcomer.session, newcomer.patientId, {
      service: 'telemedicine',
      specialty: 'therapist',
    });
    expect(covered.status).toBe('not_covered');
    expect(covered.price).toEqual({ amountRub: 1500, patientPaysRub: 1500 });
  });

  it('adds an OMS policy typed with spaces, stores it without them, and it does not cover online visits', async () => {
    const number = omsNumber('770012345678901');
    const typed = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8, 12)} ${number.slice(12)}`;
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'sogaz-med',
      number: typed,
    });
    const policy = await withStatus(res, 201).json();
    expect(policy).toMatchObject({ number, insurer: 'СОГАЗ-Мед', programme: { kind: 'oms' } });

    const { items } = await policiesOf(newcomer.session, newcomer.patientId);
    expect(items.map((p) => p.number)).toEqual([number]);
    expect(await coverage(newcomer.session, newcomer.patientId, { specialty: 'therapist' })).toMatchObject({
      status: 'not_covered',
      price: { patientPaysRub: 1500 },
    });

    const audit = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'policy.added'), eq(auditEvents.patientId, newcomer.patientId)));
    expect(audit).toHaveLength(1);
  });

  it('refuses the same policy twice, a second OMS number, and another person’s number', async () => {
    const [own] = await api.deps.database.db
      .select()
      .from(insurancePolicies)
      .where(eq(insurancePolicies.patientId, newcomer.patientId));
    const again = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'kapital-ms',
      number: own!.number,
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'policy.already_added' });

    const second = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'sogaz-med',
      number: omsNumber('770099999999999'),
    });
    expect(await second.json()).toMatchObject({ code: 'policy.oms_exists' });

    const anna = await api.login('anna.petrova@demo.telemed');
    const annaId = (await familyOf(api, anna)).self.id;
    const [annas] = await api.deps.database.db
      .select()
      .from(insurancePolicies)
      .where(eq(insurancePolicies.patientId, annaId));
    const stolen = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: dmsFull.id,
      insurer: 'telemed',
      number: annas!.number.toLowerCase(),
      validTo: nextYear,
    });
    expect(stolen.status).toBe(409);
    expect(stolen.headers.get('content-type')).toBe('application/problem+json');
    expect(await stolen.json()).toMatchObject({ code: 'policy.number_taken' });
  });

  it('adds a DMS policy that then covers online consultations in full', async () => {
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: dmsFull.id,
      insurer: 'telemed',
      number: ' dms-2026-0a1b2c3d ',
      validTo: nextYear,
    });
    expect((await withStatus(res, 201).json()).number).toBe('DMS-2026-0A1B2C3D');
    expect(await coverage(newcomer.session, newcomer.patientId, { specialty: 'therapist' })).toMatchObject({
      status: 'included',
      price: { amountRub: 1500, patientPaysRub: 0 },
    });
    const { items } = await policiesOf(newcomer.session, newcomer.patientId);
    expect(items.map((p) => p.programme.kind)).toEqual(['dms', 'oms']);
  });

  it.each([
    [
      { insurer: 'telemed', number: 'DMS-2026-12345678', validTo: nextYear, programme: 'unknown' },
      'policy.unknown_programme',
    ],
    [{ insurer: 'acme', number: 'DMS-2026-12345678', validTo: nextYear }, 'policy.unknown_insurer'],
    [
      { insurer: 'sogaz-med', number: 'DMS-2026-12345678', validTo: nextYear },
      'policy.insurer_programme_mismatch',
    ],
    [{ insurer: 'telemed', number: 'DMS-26-1234', validTo: nextYear }, 'policy.dms_number_format'],
    [{ insurer: 'telemed', number: 'DMS-2026-12345678' }, 'policy.valid_to_required'],
    [{ insurer: 'telemed', number: 'DMS-2026-12345678', validTo: '2020-01-01' }, 'policy.ended'],
    [{ insurer: 'telemed', number: 'DMS-2026-12345678', validTo: '2090-01-01' }, 'policy.valid_to_too_far'],
  ])('refuses a DMS policy with a clear code: %j', async (input, code) => {
    const { programme, ...body } = input as typeof input & { programme?: string };
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: programme ? '00000000-0000-4000-8000-000000000000' : dmsFull.id,
      ...body,
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem).toMatchObject({ code });
    expect('errors' in problem && problem.errors?.[0]?.code).toBe(code);
  });

  it.each([
    ['123456789012345', 'policy.oms_number_format'],
    ['77001234567890AB', 'policy.oms_number_format'],
  ])('refuses the OMS number %s', async (number, code) => {
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'sogaz-med',
      number,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code });
  });

  it('refuses hostile input with a 400, never a 500', async () => {
    const bodies = [
      { programmeId: 'not-a-uuid', insurer: 'telemed', number: 'x' },
      { programmeId: oms.id, insurer: 'sogaz-med', number: '7'.repeat(5000) },
      {
        programmeId: oms.id,
        insurer: "'; drop table insurance_policies; --",
        number: omsNumber('770012345600000'),
      },
      { programmeId: oms.id, insurer: 'sogaz-med', number: 'x\u0000y' },
      { programmeId: oms.id, insurer: ['sogaz-med'], number: 7 },
    ];
    for (const body of bodies) {
      // Sent raw: the typed client would not let all of these through.
      const res = await api.request(`/patients/${newcomer.patientId}/policies`, {
        method: 'POST',
        session: newcomer.session,
        json: body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('lets a parent add a policy for their child but nobody for someone else’s child', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const annaFamily = await familyOf(api, anna);
    const misha = annaFamily.children[0]!.id;
    const body = { programmeId: oms.id, insurer: 'kapital-ms', number: omsNumber('770055555555555') };

    const byStranger = await addPolicy(ivan, misha, body);
    expect(byStranger.status).toBe(404);
    expect((await policies(ivan).$get({ param: { id: misha } })).status).toBe(404);
    const byDoctor = await addPolicy(
      await api.login('dr.kuznetsov@demo.telemed', undefined, 'staff'),
      misha,
      body,
    );
    // Whether or not the doctor treats Misha, a policy is the family’s business.
    expect(byDoctor.status).toBe(404);

    expect((await addPolicy(anna, misha, body)).status).toBe(201);
  });
});
