import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../src/db/schema/index.js';
import { ACTION_PHRASES, describeAction, phraseFor } from '../src/domains/access-log/phrases.js';
import { decodeCursor, encodeCursor } from '../src/domains/access-log/queries.js';
import { parseResponse } from 'hono/client';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  family = await familyOf(api, anna);
});

const readLog = (id: string, session: TestSession, query: { cursor?: string; limit?: string } = {}) =>
  api.client(session).patients[':id']['access-log'].$get({ param: { id }, query });

const openCard = (id: string, session: TestSession) =>
  api.client(session).patients[':id'].medcard.timeline.$get({ param: { id }, query: {} });

describe('GET /patients/{id}/access-log', () => {
  it("shows the patient that their doctor opened their card, in plain words, and hides the patient's own reads", async () => {
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    expect((await openCard(family.self.id, smirnova)).status).toBe(200);
    await openCard(family.self.id, anna);

    const res = await readLog(family.self.id, anna);
    expect(res.status).toBe(200);
    const page = await parseResponse(res);
    const opened = page.items.find((e) => e.action === 'medcard.timeline');
    expect(opened).toMatchObject({
      actor: { kind: 'doctor' },
      outcome: 'allowed',
      what: { en: 'opened the medical card', ru: 'просмотр медицинской карты' },
    });
    expect(opened!.who.en).toMatch(/^Dr .*Smirnova/);
    expect(opened!.who.ru).toMatch(/^Врач .*Смирнова/);
    // Anna's own reads (her card, this log) are not listed back to her.
    const annaAccount = anna.accountId;
    const own = await api.deps.database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorAccountId, annaAccount), eq(auditEvents.patientId, family.self.id)));
    expect(own.length).toBeGreaterThan(0);
    expect(page.items.map((e) => e.id)).not.toEqual(expect.arrayContaining([own[0]!.id]));
  });

  it('lists refused attempts on the record, naming staff but not another patient', async () => {
    const kuznetsov = await api.login('dr.kuznetsov@demo.telemed');
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await openCard(family.self.id, kuznetsov)).status).toBe(404);
    expect((await openCard(family.self.id, ivan)).status).toBe(404);
    const page = await parseResponse(readLog(family.self.id, anna));
    const refused = page.items.filter((e) => e.outcome === 'denied' && e.action === 'medcard.timeline');
    const doctor = refused.find((e) => e.actor.kind === 'doctor')!;
    expect(doctor.who.en).toMatch(/Kuznetsov/);
    expect(doctor.what.en).toBe('tried to open the medical card');
    const stranger = refused.find((e) => e.actor.kind === 'other_patient')!;
    expect(stranger.actor.name).toBeNull();
    expect(stranger.who).toEqual({ ru: 'Другой пациент', en: 'Another patient' });
  });

  it("lets a parent read their child's log, and answers another patient 404", async () => {
    const misha = family.children.find((c) => c.fullName.en === 'Mikhail Petrov')!.id;
    const kuznetsov = await api.login('dr.kuznetsov@demo.telemed');
    await openCard(misha, kuznetsov);
    const page = await parseResponse(readLog(misha, anna));
    expect(page.items.some((e) => e.action === 'medcard.timeline' && /Kuznetsov/.test(e.who.en))).toBe(true);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    for (const id of [family.self.id, misha]) {
      const res = await readLog(id, ivan);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it("refuses staff with 403, even a patient's own doctor, and records the attempt", async () => {
    for (const login of ['dr.smirnova@demo.telemed', 'nurse.orlova@demo.telemed', 'admin@demo.telemed']) {
      const staff = await api.login(login);
      const res = await readLog(family.self.id, staff);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'auth.role_forbidden' });
      const [attempt] = await api.deps.database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.actorAccountId, staff.accountId),
            eq(auditEvents.action, 'access_log.read'),
            eq(auditEvents.resourceId, family.self.id),
          ),
        );
      expect(attempt?.outcome).toBe('denied');
    }
    expect(
      (await api.client().patients[':id']['access-log'].$get({ param: { id: family.self.id }, query: {} }))
        .status,
    ).toBe(401);
  });

  it('answers a malformed cursor or limit with a problem+json 400', async () => {
    const forged = Buffer.from('yesterday|not-an-id').toString('base64url');
    for (const query of ['?cursor=%%%', `?cursor=${forged}`, '?cursor=', '?limit=0', '?limit=1000']) {
      // Raw on purpose: a query string the typed client would encode (or never send).
      const res = await api.request(`/patients/${family.self.id}/access-log${query}`, { session: anna });
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('pages by (at, id) without gaps or repeats, auditing the first page only', async () => {
    const db = api.deps.database.db;
    // Several events in one instant: the id decides their order.
    const at = new Date();
    await db.insert(auditEvents).values(
      Array.from({ length: 5 }, () => ({
        at,
        actorAccountId: null,
        actorRole: null,
        action: 'lab_report.received',
        resourceType: 'DiagnosticReport',
        patientId: family.self.id,
        outcome: 'allowed' as const,
      })),
    );
    const whole = await parseResponse(readLog(family.self.id, anna, { limit: '100' }));
    const readsBefore = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorAccountId, anna.accountId), eq(auditEvents.action, 'access_log.read')));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: { limit: string; cursor?: string } = cursor ? { limit: '2', cursor } : { limit: '2' };
      const page = await parseResponse(readLog(family.self.id, anna, query));
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toEqual(whole.items.map((e) => e.id).slice(0, seen.length));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);

    const lab = whole.items.find((e) => e.action === 'lab_report.received')!;
    expect(lab.actor.kind).toBe('service');
    expect(lab.who.en).toBe('The partner lab');
    expect(lab.what.en).toBe('added a lab result');

    const readsAfter = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorAccountId, anna.accountId), eq(auditEvents.action, 'access_log.read')));
    // The loop read one first page and many continuations: only the first page was recorded.
    expect(readsAfter.length - readsBefore.length).toBe(1);
  });
});

describe('plain-language phrases', () => {
  it('turns actions into phrases in both languages, "tried to" when refused', () => {
    expect(describeAction('file.download', 'DocumentReference', 'allowed')).toEqual({
      en: 'downloaded a document',
      ru: 'скачивание документа',
    });
    expect(describeAction('file.download', 'DocumentReference', 'denied').en).toBe(
      'tried to download a document',
    );
    expect(describeAction('guardianship.declared.mother', 'Patient', 'allowed').en).toMatch(/^declared /);
  });

  it('falls back to the resource type, then to a generic phrase, for an action it does not know', () => {
    expect(phraseFor('something.new', 'Composition').known).toBe(false);
    expect(describeAction('something.new', 'Composition', 'allowed')).toEqual({
      en: 'accessed a consultation conclusion',
      ru: 'обращение к заключению',
    });
    expect(describeAction('something.new', 'SomethingElse', 'denied')).toEqual({
      en: 'tried to access the medical record',
      ru: 'обращение к медицинским данным',
    });
  });

  it('has a phrase for every audit action written in the code base', () => {
    // The literals given as `action:`, or to an audited access helper (`require…`, `audit…` and the two
    // helpers named otherwise), across the domains.
    const pattern =
      /(?:\baction:\s*|\b(?:require\w*|audit\w*|alertFor|listedReads)\(\s*(?:[^'`;(){}]|\([^()]*\))*?)['`]([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+)(\.\$\{)?/g;
    const root = path.resolve(import.meta.dirname, '../src/domains');
    const found = new Set<string>();
    for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.startsWith('access-log')) continue;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(pattern)) found.add(match[2] ? `${match[1]}.` : match[1]!);
    }
    expect(found.size).toBeGreaterThan(60);
    const unknown = [...found].filter(
      (action) => !phraseFor(action.endsWith('.') ? `${action}x` : action, '').known,
    );
    expect(unknown).toEqual([]);
    // Each phrase is written out in both languages.
    for (const [action, phrase] of Object.entries(ACTION_PHRASES)) {
      expect(phrase.object.length, action).toBeGreaterThan(0);
      expect(phrase.ru, action).toMatch(/[а-яё]/);
    }
  });

  it('round-trips its cursors and refuses anything else', () => {
    const cursor = { at: '2026-03-01T09:30:00.123456Z', id: '0f8fad5b-d9cb-469f-a165-70867728950e' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('bm9wZQ')).toBeNull();
    expect(decodeCursor(encodeCursor({ ...cursor, at: '2026-03-01' }))).toBeNull();
  });
});
