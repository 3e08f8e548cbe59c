import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appointmentAttachments, files } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { sniffContentType } from './content-type.js';
import { storedFileName } from './file-name.js';
import type { FileStore } from './storage.js';

type FileRow = typeof files.$inferSelect;

export const toFileInfo = (f: FileRow) => ({
  id: f.id,
  patientId: f.patientId,
  kind: f.kind,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  originalName: f.originalName,
  createdAt: f.createdAt.toISOString(),
});

/** Checks the real type and size of an upload, stores its bytes and records it for the patient. */
export async function storeUpload(
  db: Db,
  store: FileStore,
  input: { patientId: string; accountId: string; kind: FileRow['kind']; file: File; maxBytes: number },
) {
  if (input.file.size === 0) throw new ProblemError(400, 'The file is empty.', { code: 'file.empty' });
  if (input.file.size > input.maxBytes) {
    throw new ProblemError(413, `The file is larger than ${Math.round(input.maxBytes / 1024 / 1024)} MB.`, {
      code: 'file.too_large',
      params: { maxMb: Math.round(input.maxBytes / 1024 / 1024) },
    });
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const type = sniffContentType(bytes);
  if (!type) {
    throw new ProblemError(415, 'Only PDF, JPEG and PNG files can be attached; this file is none of them.', {
      code: 'file.unsupported_type',
    });
  }
  const sha256 = await store.put(bytes);
  const [row] = await db
    .insert(files)
    .values({
      patientId: input.patientId,
      uploadedByAccountId: input.accountId,
      kind: input.kind,
      sha256,
      sizeBytes: bytes.byteLength,
      contentType: type.contentType,
      originalName: storedFileName(input.file.name, type.extension),
    })
    .returning();
  return row!;
}

export async function findFile(db: Db, id: string) {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row ?? null;
}

export async function listPatientFiles(db: Db, patientId: string) {
  return db.select().from(files).where(eq(files.patientId, patientId)).orderBy(desc(files.createdAt));
}

export async function attachToAppointment(
  db: Db,
  appointment: { id: string; patientId: string },
  file: FileRow,
  accountId: string,
) {
  if (file.patientId !== appointment.patientId) {
    throw new ProblemError(400, "Only the patient's own documents can be attached to this consultation.", {
      code: 'file.not_own',
    });
  }
  await db
    .insert(appointmentAttachments)
    .values({ appointmentId: appointment.id, fileId: file.id, attachedByAccountId: accountId })
    .onConflictDoNothing();
}

export async function appointmentFiles(db: Db, appointmentId: string) {
  const rows = await db
    .select({ f: files })
    .from(appointmentAttachments)
    .innerJoin(files, eq(files.id, appointmentAttachments.fileId))
    .where(and(eq(appointmentAttachments.appointmentId, appointmentId)))
    .orderBy(appointmentAttachments.createdAt);
  return rows.map((r) => r.f);
}
