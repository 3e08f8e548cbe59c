import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { relationToPatient } from '../src/auth/policy.js';
import { findActor } from '../src/auth/sessions.js';
import { auditEvents, insurancePolicies } from '../src/db/schema/index.js';
import type { ApiClient } from '../src/client.js';
import { withStatus } from './account-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

type Query = Parameters<ApiClient['staff']['patient-search']['$get']>[0]['query'];

const search = (session: TestSession | undefined, query: Query) =>
  api.client(session).staff['patient-search'].$get({ query });
/** The patients a search by `session` shows, once it answered 200. */
const found = async (session: TestSession, query: Query) =>
  (await withStatus(await search(session, query), 200, JSON.stringify(query)).json()).items;
const names = (items: Awaited<ReturnType<typeof found>>) => items.map((i) => i.fullName.en);

let smirnova: TestSession;
let romanov: TestSession;
let orlova: TestSession;
let ids: Record<'ivan' | 'john' | 'volkov' | 'nikitina', string>;

const patientIdOf = async (login: string) => (await familyOf(api, await api.login(login))).self.id;

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
    ]) {
      expect(names(await found(smirnova, query)), JSON.stringify(query)).toContain('Ivan Sokolov');
    }
    // Every patient the search shows is one the policy lets her see, for the reason it gives.
    const all = await found(smirnova, { name: 'ов' });
    const actor = (await findActor(api.deps.database.db, smirnova.cookie.split('=')[1]!))!;
    for (const item of all) {
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
    ]) {
      const items = await found(romanov, query);
      expect(items.map((i) => i.id)).not.toContain(ids.nikitina);
    }
  });
});

describe('an assistant’s patient search', () => {
  it('finds her monitored patients by part of the name, and nobody else that way', async () => {
    const mine = await found(orlova, { name: 'Волков' });
    expect(mine).toEqual([expect.objectContaining({ id: ids.volkov, relation: 'monitoring_assistant' })]);
    expect(await found(orlova, { name: 'Miller' })).toEqual([]);
    expect(await found(orlova, { birthDate: '1979-05-25' })).toEqual([]);
  });

  it('identifies a new patient by the whole name plus a second identifier, to propose monitoring', async () => {
    expect(await found(orlova, { name: 'John Miller' })).toEqual([]);
    expect(await found(orlova, { name: 'John Mill', birthDate: '1979-05-25' })).toEqual([]);
    expect(await found(orlova, { name: 'John Miller', birthDate: '1979-05-26' })).toEqual([]);
    const identified = await found(orlova, { name: 'миллер  джон', birthDate: '1979-05-25' });
    expect(identified).toEqual([expect.objectContaining({ id: ids.john, relation: 'identified' })]);
    const byPhone = await found(orlova, { name: 'John Miller', phone: '+7 916 000 00 07' });
    expect(byPhone.map((i) => i.id)).toEqual([ids.john]);

    // Once she proposed, she finds the patient she named, as her proposal; the record stays closed.
    const proposed = await api.client(orlova).monitoring.proposals.$post({
      json: {
        patientId: ids.john,
        targetSystolic: 135,
        targetDiastolic: 85,
        reason: 'High readings at work',
      },
    });
    expect(proposed.status).toBe(201);
    const after = await found(orlova, { name: 'Mill' });
    expect(after).toEqual([expect.objectContaining({ id: ids.john, relation: 'proposed_by_me' })]);
    const record = await api
      .client(orlova)
      .monitoring.patients[':id'].$get({ param: { id: ids.john }, query: {} });
    expect(record.status).toBe(404);
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
    ]) {
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
