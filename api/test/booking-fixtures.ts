import { type InferRequestType, parseResponse } from 'hono/client';
import { expect } from 'vitest';
import type { ApiClient } from '../src/client.js';
import type { TestApi, TestSession } from './harness.js';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

type FileKind = InferRequestType<ApiClient['patients'][':id']['files']['$post']>['form']['kind'];
type Booking = InferRequestType<ApiClient['appointments']['$post']>['json'];

/** The `Idempotency-Key` header of a write that honours one, or none. */
const idempotencyKey = (key?: string) => (key ? { 'idempotency-key': key } : {});

/** Uploads `bytes` under `name` to the patient's record (multipart, as the web app sends it). */
export const upload = (
  api: TestApi,
  session: TestSession,
  patientId: string,
  file: { bytes: Uint8Array; name: string; kind?: FileKind },
  key?: string,
) =>
  api.client(session).patients[':id'].files.$post({
    param: { id: patientId },
    header: idempotencyKey(key),
    form: { file: new File([file.bytes], file.name), kind: file.kind ?? 'test_result' },
  });

/** Uploads a PDF of its own (the store keeps equal bytes once) and returns the new file's id. */
export async function uploadPdf(
  api: TestApi,
  session: TestSession,
  patientId: string,
  name: string,
  kind: FileKind,
) {
  const bytes = Buffer.concat([PDF, Buffer.from(String(Math.random()))]);
  const res = await upload(api, session, patientId, { bytes, name, kind });
  expect(res.status).toBe(201);
  return (await parseResponse(res)).id;
}

/** Books a planned consultation in a free slot, as `session`. */
export const book = (api: TestApi, session: TestSession, json: Booking, key?: string) =>
  api.client(session).appointments.$post({ header: idempotencyKey(key), json });

/** The first doctor of the specialty who sees this patient by video, and their video slots of the next 3 days. */
export async function videoSlots(api: TestApi, session: TestSession, specialty: string, patientId: string) {
  const { doctors } = api.client(session);
  const { items } = await parseResponse(doctors.$get({ query: { specialty, patientId, format: 'video' } }));
  const doctor = items[0]!;
  const { items: slots } = await parseResponse(
    doctors[':id'].slots.$get({ param: { id: doctor.id }, query: { days: '3', format: 'video' } }),
  );
  return { doctor, slots };
}
