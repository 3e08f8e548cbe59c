import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { relationToPatient } from '../src/auth/policy.js';
import { findActor } from '../src/auth/sessions.js';
import { auditEvents, insurancePolicies } from '../src/db/schema/index.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

type Result = { items: { id: string; fullName: { ru: string; en: string }; relation: string }[] };

const search = async (session: TestSession | undefined, query: Record<string, string>) => {
  const res = await api.request(`/staff/patient-search?${new URLSearchParams(query)}`, { session });
  return { status: res.status, body: (await res.json()) as Result & { detail?: string } };
};
const names = (r: Result) => r.items.map((i) => i.fullName.en);

let smirnova: TestSession;
let romanov: TestSession;
let orlova: TestSession;
let ids: Record<'ivan' | 'john' | 'volkov' | 'nikitina', string>;

const patientIdOf = async (login: string) => {
  const session = await api.login(login);
  const family = (await (await api.request('/me/family', { session })).json()) as { self: { id: string } };
  return family.self.id;
};

beforeAll(async () => {
  smirnova = await api.login('dr.smirnova@demo.telemed');
  romanov = await api.login('dr.romanov@demo.telemed');
  orlova = await api.login('nurse.orlova@demo.telemed');
  ids = {
    ivan: await patientIdOf('ivan.sokolov@demo.telemed'),
    john: await patientIdOf('john.miller@demo.telemed'),
    volkov: await patientIdOf('nikolai.volkov@demo.telemed'),
    nikitina: await patientIdOf('elena.nikitina@demo.telemed'),
  };
});

describe('a doctor’s patient search', () => {
  it('finds her patients by part of the name, birth date, policy number or phone, with the relation', async () => {
    const [policy] = await api.deps.database.db
      .select({ number: insurancePolicies.number })
      .from(insurancePolicies)
      .where(eq(insurancePolicies.patientId, ids.ivan));
    for (const query of [
      { name: 'сокол' },
      { name: 'Ivan Sok' },
      { birthDate: '1983-09-30' },
      { policyNumber: policy!.number.toLowerCase() },
      { phone: '8 (916) 000-00-02' },
    ] as Record<string, string>[]) {
      const { status, body } = await search(smirnova, query);
      expect(status, JSON.stringify(query)).toBe(200);
      expect(names(body), JSON.stringify(query)).toContain('Ivan Sokolov');
    }
    // Every patient the search shows is one the policy lets her see, for the reason it gives.
    const all = await search(smirnova, { name: 'ов' });
    const actor = (await findActor(api.deps.database.db, smirnova.cookie.split('=')[1]!))!;
    for (const item of all.body.items) {
      expect(await relationToPatient(api.deps.database.db, actor, item.id)).toBe(item.relation);
    }
  });

  it('finds nobody outside her relation, however exactly the patient is named', async () => {
    const actor = (await findActor(api.deps.database.db, romanov.cookie.split('=')[1]!))!;
    expect(await relationToPatient(api.deps.database.db, actor, ids.nikitina)).toBeNull();
    for (const query of [
      { name: 'Nikitina' },
      { name: 'Elena Nikitina', birthDate: '1995-01-08' },
      { phone: '+79160000006' },
    ] as Record<string, string>[]) {
      const { status, body } = await search(romanov, query);
      expect(status).toBe(200);
      expect(body.items.map((i) => i.id)).not.toContain(ids.nikitina);
    }
  });
});

describe('an assistant’s patient search', () => {
  it('finds her monitored patients by part of the name, and nobody else that way', async () => {
    const mine = await search(orlova, { name: 'Волков' });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: ids.volkov, relation: 'monitoring_assistant' }),
    ]);
    expect((await search(orlova, { name: 'Miller' })).body.items).toEqual([]);
    expect((await search(orlova, { birthDate: '1979-05-25' })).body.items).toEqual([]);
  });

  it('identifies a new patient by the whole name plus a second identifier, to propose monitoring', async () => {
    expect((await search(orlova, { name: 'John Miller' })).body.items).toEqual([]);
    expect((await search(orlova, { name: 'John Mill', birthDate: '1979-05-25' })).body.items).toEqual([]);
    expect((await search(orlova, { name: 'John Miller', birthDate: '1979-05-26' })).body.items).toEqual([]);
    const found = await search(orlova, { name: 'миллер  джон', birthDate: '1979-05-25' });
    expect(found.body.items).toEqual([expect.objectContaining({ id: ids.john, relation: 'identified' })]);
    const byPhone = await search(orlova, { name: 'John Miller', phone: '+7 916 000 00 07' });
    expect(byPhone.body.items.map((i) => i.id)).toEqual([ids.john]);

    // Once she proposed, she finds the patient she named, as her proposal; the record stays closed.
    const proposed = await api.request('/monitoring/proposals', {
      method: 'POST',
      session: orlova,
      json: {
        patientId: ids.john,
        targetSystolic: 135,
        targetDiastolic: 85,
        reason: 'High readings at work',
      },
    });
    expect(proposed.status).toBe(201);
    const after = await search(orlova, { name: 'Mill' });
    expect(after.body.items).toEqual([expect.objectContaining({ id: ids.john, relation: 'proposed_by_me' })]);
    expect((await api.request(`/monitoring/patients/${ids.john}`, { session: orlova })).status).toBe(404);
  });
});

describe('refusals and audit', () => {
  it('refuses admins, patients and the signed-out', async () => {
    const admin = await api.login('admin@demo.telemed');
    const anna = await api.login('anna.petrova@demo.telemed');
    expect((await search(admin, { name: 'Петрова' })).status).toBe(403);
    expect((await search(anna, { name: 'Петрова' })).status).toBe(403);
    expect((await search(undefined, { name: 'Петрова' })).status).toBe(401);
  });

  it('validates the query: a criterion is required, and each must be usable', async () => {
    for (const query of [
      {},
      { name: 'a' },
      { birthDate: '1983-02-30' },
      { policyNumber: '12' },
      { policyNumber: "1234'; drop" },
      { phone: '12345' },
      { phone: '+7 916 abc' },
    ] as Record<string, string>[]) {
      const { status } = await search(smirnova, query);
      expect(status, JSON.stringify(query)).toBe(400);
    }
  });

  it('audits every search and every patient it shows', async () => {
    const before = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'patient.search'), eq(auditEvents.actorAccountId, smirnova.accountId)),
      );
    await search(smirnova, { name: 'Ivan Sokolov' });
    await search(smirnova, { name: 'Nobody Atall' });
    const after = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'patient.search'), eq(auditEvents.actorAccountId, smirnova.accountId)),
      );
    const seen = new Set(before.map((e) => e.id));
    const added = after.filter((e) => !seen.has(e.id));
    expect(added.filter((e) => e.resourceType === 'PatientSearch')).toHaveLength(2);
    expect(added.filter((e) => e.patientId === ids.ivan)).toHaveLength(1);
  });
});
