import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, insurancePolicies } from '../src/db/schema/index.js';
import { omsCheckDigit, policyNumberProblem } from '../src/domains/policies/number-rules.js';
import { json, type TestSession, useTestApi } from './harness.js';
import { newPatient } from './new-patient.js';

const api = useTestApi();

type Programme = {
  id: string;
  code: string;
  kind: 'dms' | 'oms';
  coverage: { service: string; covered: boolean }[];
};
type Catalogue = {
  programmes: Programme[];
  insurers: { code: string; kind: string; numberExample: string }[];
};
type Problem = { status: number; code: string; errors?: { path: string; code?: string }[] };
type Policy = { number: string; insurer: string; validTo: string; programme: { kind: string } };
type Coverage = { status: string; price: { amountRub: number | null; patientPaysRub: number | null } | null };

/** A valid unified OMS number: 15 digits and the check digit the rule gives. */
const omsNumber = (first15: string) => `${first15}${omsCheckDigit(first15)}`;
const nextYear = `${new Date().getUTCFullYear() + 1}-12-31`;

let catalogue: Catalogue;
let oms: Programme;
let dmsFull: Programme;
let newcomer: { session: TestSession; patientId: string };

const addPolicy = (session: TestSession, patientId: string, json: unknown) =>
  api.request(`/patients/${patientId}/policies`, { method: 'POST', session, json });

beforeAll(async () => {
  newcomer = await newPatient(api, 'policy.newcomer@example.org');
  catalogue = await json<Catalogue>(api.request('/insurance/programmes', { session: newcomer.session }));
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
    const coverage = await json<Coverage>(
      api.request(`/patients/${newcomer.patientId}/coverage?service=telemedicine&specialty=therapist`, {
        session: newcomer.session,
      }),
    );
    expect(coverage.status).toBe('not_covered');
    expect(coverage.price).toEqual({ amountRub: 1500, patientPaysRub: 1500 });
  });

  it('adds an OMS policy typed with spaces, stores it without them, and it does not cover online visits', async () => {
    const number = omsNumber('770012345678901');
    const typed = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8, 12)} ${number.slice(12)}`;
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'sogaz-med',
      number: typed,
    });
    expect(res.status).toBe(201);
    const policy = await json<Policy>(res);
    expect(policy).toMatchObject({ number, insurer: 'СОГАЗ-Мед', programme: { kind: 'oms' } });

    const { items } = await json<{ items: Policy[] }>(
      api.request(`/patients/${newcomer.patientId}/policies`, { session: newcomer.session }),
    );
    expect(items.map((p) => p.number)).toEqual([number]);
    const coverage = await json<Coverage>(
      api.request(`/patients/${newcomer.patientId}/coverage?specialty=therapist`, {
        session: newcomer.session,
      }),
    );
    expect(coverage).toMatchObject({ status: 'not_covered', price: { patientPaysRub: 1500 } });

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
    expect((await json<Problem>(again)).code).toBe('policy.already_added');

    const second = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: oms.id,
      insurer: 'sogaz-med',
      number: omsNumber('770099999999999'),
    });
    expect((await json<Problem>(second)).code).toBe('policy.oms_exists');

    const anna = await api.login('anna.petrova@demo.telemed');
    const annaId = (await json<{ self: { id: string } }>(api.request('/me/family', { session: anna }))).self
      .id;
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
    expect((await json<Problem>(stolen)).code).toBe('policy.number_taken');
  });

  it('adds a DMS policy that then covers online consultations in full', async () => {
    const res = await addPolicy(newcomer.session, newcomer.patientId, {
      programmeId: dmsFull.id,
      insurer: 'telemed',
      number: ' dms-2026-0a1b2c3d ',
      validTo: nextYear,
    });
    expect(res.status).toBe(201);
    expect((await json<Policy>(res)).number).toBe('DMS-2026-0A1B2C3D');
    const coverage = await json<Coverage>(
      api.request(`/patients/${newcomer.patientId}/coverage?specialty=therapist`, {
        session: newcomer.session,
      }),
    );
    expect(coverage).toMatchObject({ status: 'included', price: { amountRub: 1500, patientPaysRub: 0 } });
    const { items } = await json<{ items: Policy[] }>(
      api.request(`/patients/${newcomer.patientId}/policies`, { session: newcomer.session }),
    );
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
    const problem = await json<Problem>(res);
    expect(problem.code).toBe(code);
    expect(problem.errors?.[0]?.code).toBe(code);
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
    expect((await json<Problem>(res)).code).toBe(code);
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
      const res = await addPolicy(newcomer.session, newcomer.patientId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('lets a parent add a policy for their child but nobody for someone else’s child', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    const annaFamily = await json<{ children: { id: string }[] }>(
      api.request('/me/family', { session: anna }),
    );
    const misha = annaFamily.children[0]!.id;
    const body = { programmeId: oms.id, insurer: 'kapital-ms', number: omsNumber('770055555555555') };

    const byStranger = await addPolicy(ivan, misha, body);
    expect(byStranger.status).toBe(404);
    expect((await api.request(`/patients/${misha}/policies`, { session: ivan })).status).toBe(404);
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
