import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointments, auditEvents } from '../src/db/schema/index.js';
import { PDF, upload as uploadAs } from './booking-fixtures.js';
import { useTestApi, type TestSession } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

let anna: TestSession;
let annaFamily: Awaited<ReturnType<typeof familyOf>>;

const upload = (
  patientId: string,
  session: TestSession,
  bytes: Uint8Array,
  name: string,
  kind: 'test_result' | 'conclusion' = 'test_result',
) => uploadAs(api, session, patientId, { bytes, name, kind });

const download = (id: string, session: TestSession) =>
  api.client(session).files[':id'].$get({ param: { id } });

const attachments = (session: TestSession) => api.client(session).appointments[':id'].attachments;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaFamily = await familyOf(api, anna);
});

describe('uploads', () => {
  it('accept PDF, PNG and JPEG by their content, whatever the name says', async () => {
    for (const [bytes, name, type] of [
      [PDF, 'анализ крови.pdf', 'application/pdf'],
      [PNG, 'scan.bin', 'image/png'],
      [JPEG, 'photo', 'image/jpeg'],
    ] as const) {
      const res = await upload(annaFamily.self.id, anna, bytes, name);
      expect(res.status).toBe(201);
      expect((await parseResponse(res)).contentType).toBe(type);
    }
  });

  it('reject other content with a clear 415, even named .pdf', async () => {
    const res = await upload(
      annaFamily.self.id,
      anna,
      Buffer.from('MZ\x90\x00 this is an executable'),
      'results.pdf',
    );
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ detail: expect.stringMatching(/Only PDF, JPEG and PNG/) });
  });

  it('reject an empty file and a file over the 20 MB limit', async () => {
    expect((await upload(annaFamily.self.id, anna, new Uint8Array(0), 'empty.pdf')).status).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(api.deps.config.MAX_UPLOAD_BYTES)]);
    const res = await upload(annaFamily.self.id, anna, big, 'big.pdf');
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('store bytes content-addressed: the same document twice is one file on disk', async () => {
    const bytes = Buffer.concat([PDF, Buffer.from(`unique ${Date.now()}`)]);
    const a = await parseResponse(upload(annaFamily.self.id, anna, bytes, 'a.pdf'));
    const b = await parseResponse(upload(annaFamily.self.id, anna, bytes, 'b.pdf'));
    expect(a.id).not.toBe(b.id);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(fs.readFileSync(api.deps.files.locate(sha)).equals(bytes)).toBe(true);
  });

  it("refuse uploads to another family's record", async () => {
    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await upload(annaFamily.self.id, ivan, PDF, 'x.pdf')).status).toBe(404);
  });
});

describe('file names', () => {
  it('are stored without folders, bidi tricks or controls, with the extension of the detected type', async () => {
    const cases = [
      ['report\u202Efdp.exe', PDF, 'reportfdp.pdf'],
      ['../../x.pdf.html', PDF, 'x.pdf'],
      ['..\\..\\Windows\\evil.bat', PNG, 'evil.png'],
      ['\u2066скан\u2069 \u200Eполиса\u200F\u0000\n.jpeg', JPEG, 'скан полиса.jpg'],
      ['анализ 12.03.2026', PDF, 'анализ 12.03.2026.pdf'],
      ['a:b*c?"d"<e>|f.png', PNG, 'a_b_c__d__e__f.png'],
      ['\u202E\u202E', PDF, 'document.pdf'],
      ['.htaccess', PDF, 'document.pdf'],
      [`${'я'.repeat(300)}.pdf`, PDF, `${'я'.repeat(120)}.pdf`],
    ] as const;
    for (const [name, bytes, stored] of cases) {
      const res = await upload(annaFamily.self.id, anna, bytes, name);
      expect(res.status, name).toBe(201);
      expect((await parseResponse(res)).originalName, name).toBe(stored);
    }
  });
});

describe('downloads', () => {
  it('are sandboxed, never sniffed, and name the file in RFC 6266 form', async () => {
    const file = await parseResponse(upload(annaFamily.self.id, anna, PDF, "выписка (1) 'копия'.pdf"));
    const res = await download(file.id, anna);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain('sandbox');
    expect(csp).not.toMatch(/allow-scripts/);
    expect(directives).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      "inline; filename=\"_______ (1) '_____'.pdf\"; filename*=UTF-8''" +
        '%D0%B2%D1%8B%D0%BF%D0%B8%D1%81%D0%BA%D0%B0%20%281%29%20%27%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%27.pdf',
    );
  });

  it('serve the patient, the guardian and the treating doctor, audit each, and hide the file from others', async () => {
    const child = annaFamily.children[0]!.id;
    const file = await parseResponse(upload(child, anna, PDF, 'заключение.pdf', 'conclusion'));

    const own = await download(file.id, anna);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);

    // A paediatrician with no appointment for the child may not; with one, may.
    const morozova = await api.login('dr.morozova@demo.telemed');
    expect((await download(file.id, morozova)).status).toBe(404);
    await api.deps.database.db.insert(appointments).values({
      patientId: child,
      practitionerId: await practitionerIdOf(api, { accountId: morozova.accountId }),
      specialtyCode: 'paediatrician',
      format: 'video',
      urgency: 'planned',
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 86_400_000 + 1_200_000),
      bookedByAccountId: anna.accountId,
    });
    expect((await download(file.id, morozova)).status).toBe(200);

    const ivan = await api.login('ivan.sokolov@demo.telemed');
    expect((await download(file.id, ivan)).status).toBe(404);

    const events = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, file.id), eq(auditEvents.action, 'file.download')));
    expect(events.map((e) => e.outcome).sort()).toEqual(['allowed', 'allowed', 'denied', 'denied']);
  });

  it('attach a document to a consultation for the doctor to read', async () => {
    const [appt] = await api.deps.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.patientId, annaFamily.self.id))
      .limit(1);
    const file = await parseResponse(upload(annaFamily.self.id, anna, PNG, 'ecg.png'));
    const attach = (fileId: string) =>
      attachments(anna).$post({ param: { id: appt!.id }, header: {}, json: { fileId } });
    expect((await attach(file.id)).status).toBe(204);
    const smirnova = await api.login('dr.smirnova@demo.telemed');
    const list = await parseResponse(attachments(smirnova).$get({ param: { id: appt!.id } }));
    expect(list.items.map((f) => f.id)).toEqual([file.id]);
    // A child's document cannot be attached to the parent's consultation.
    const childFile = await parseResponse(upload(annaFamily.children[0]!.id, anna, PDF, 'c.pdf'));
    const wrong = await attach(childFile.id);
    expect(wrong.status).toBe(400);
  });
});
