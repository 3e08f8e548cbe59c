import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, guardianshipDeclarations } from '../src/db/schema/index.js';
import { normaliseBirthCertificate } from '../src/domains/patients/birth-certificate.js';
import type { ApiClient } from '../src/client.js';
import { withStatus } from './account-fixtures.js';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf } from './people.js';
import { newPatient, yearsAgo } from './new-patient.js';

const api = useTestApi();

let parent: { session: TestSession; patientId: string };
let other: { session: TestSession; patientId: string };

/** The add-a-child form as the app sends it. */
type ChildForm = Parameters<ApiClient['me']['children']['$post']>[0]['json'];

const child = (overrides: Partial<ChildForm> = {}): ChildForm => ({
  fullName: 'Тимофей Новый',
  birthDate: yearsAgo(4),
  sex: 'male',
  relation: 'mother',
  birthCertificate: 'iv-мю №123456',
  declaration: true,
  ...overrides,
});
const addChild = (session: TestSession, json: ChildForm) => api.client(session).me.children.$post({ json });

beforeAll(async () => {
  parent = await newPatient(api, 'parent.new@example.org');
  other = await newPatient(api, 'other.parent@example.org');
});

describe('birth certificate numbers', () => {
  it.each([
    ['IV-МЮ 123456', 'IV-МЮ 123456'],
    ['iv-мю №123456', 'IV-МЮ 123456'],
    ['ХІІ-ТН 000001', 'XII-ТН 000001'],
    ['XIX МЮ N 654321', 'XIX-МЮ 654321'],
  ])('reads %s as %s', (typed, stored) => expect(normaliseBirthCertificate(typed)).toBe(stored));

  it.each(['IV-MU 123456', 'IIII-МЮ 123456', 'IV-МЮ 12345', '123456', 'IV-МЮЯ 123456', ''])(
    'refuses %j',
    (typed) => expect(normaliseBirthCertificate(typed)).toBeNull(),
  );
});

describe('adding a child', () => {
  it('adds a child under 15 on the parent’s declaration, recorded and audited', async () => {
    const added = await parseResponse(addChild(parent.session, child()));
    expect(added).toMatchObject({ isChild: true, ageYears: 4, guardianId: parent.patientId });
    expect((await familyOf(api, parent.session)).children.map((c) => c.id)).toEqual([added.id]);

    const [declaration] = await api.deps.database.db
      .select()
      .from(guardianshipDeclarations)
      .where(eq(guardianshipDeclarations.childId, added.id));
    expect(declaration).toMatchObject({ relation: 'mother', birthCertificate: 'IV-МЮ 123456' });
    const audit = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.patientId, added.id), eq(auditEvents.action, 'guardianship.declared.mother')),
      );
    expect(audit).toHaveLength(1);

    // The child is the parent's to book for, like a seeded child.
    const doctors = withStatus(
      await api
        .client(parent.session)
        .doctors.$get({ query: { specialty: 'paediatrician', patientId: added.id } }),
      200,
    );
    expect((await doctors.json()).items.length).toBeGreaterThan(0);
  });

  it('refuses a child another account already declared, and creates nothing', async () => {
    const res = await addChild(
      other.session,
      child({ birthCertificate: 'IV-МЮ 123456', relation: 'father' }),
    );
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'family.child_registered' });
    expect((await familyOf(api, other.session)).children).toEqual([]);
  });

  it('keeps someone else’s child out of reach: no profile, no booking, no policy', async () => {
    const [theirs] = (await familyOf(api, parent.session)).children;
    const client = api.client(other.session);
    const param = { id: theirs!.id };
    expect((await client.patients[':id'].$get({ param })).status).toBe(404);
    const booking = await client.doctors.$get({ query: { specialty: 'paediatrician', patientId: param.id } });
    expect(booking.status).toBe(404);
    expect((await client.patients[':id'].policies.$get({ param })).status).toBe(404);
  });

  it.each([
    ['15 today', { birthDate: yearsAgo(15) }, 'family.child_too_old'],
    ['an adult', { birthDate: yearsAgo(30) }, 'family.child_too_old'],
    ['born tomorrow', { birthDate: yearsAgo(0, -1) }, 'family.birth_date_future'],
    ['a malformed certificate', { birthCertificate: 'AB-12 34' }, 'family.birth_certificate_format'],
  ])('refuses %s with a clear code', async (_, overrides, code) => {
    const res = await addChild(other.session, child({ birthCertificate: 'V-АБ 777777', ...overrides }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code });
  });

  it('accepts a child one day short of 15', async () => {
    const res = withStatus(
      await addChild(other.session, child({ birthDate: yearsAgo(15, -1), birthCertificate: 'V-АБ 777778' })),
      201,
    );
    expect((await res.json()).ageYears).toBe(14);
  });

  it('refuses hostile or incomplete input with a 400, and staff with a 403', async () => {
    for (const body of [
      { ...child(), declaration: false },
      { ...child(), declaration: undefined },
      { ...child(), relation: 'neighbour' },
      child({ fullName: 'x'.repeat(201) }),
      child({ fullName: 'Тим\u0000' }),
      child({ birthDate: '2020-02-30' }),
      { ...child(), birthCertificate: { $ne: null } },
      'not json',
    ]) {
      // Sent raw: the typed client would not let most of these through.
      const res = await api.request('/me/children', { method: 'POST', session: other.session, json: body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const doctor = await api.login('dr.kuznetsov@demo.telemed', undefined, 'staff');
    expect((await addChild(doctor, child({ birthCertificate: 'V-АБ 777779' }))).status).toBe(403);
    expect((await api.client().me.children.$post({ json: child() })).status).toBe(401);
  });
});
