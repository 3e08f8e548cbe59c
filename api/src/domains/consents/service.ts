import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { GUARDIANSHIP_MAX_AGE_YEARS } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db, Tx } from '../../db/client.js';
import { accounts, consentAcceptances, consentDocuments, patients } from '../../db/schema/index.js';
import type { Deps } from '../../http/context.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { ageInYears } from '../../lib/dates.js';
import { findAccount } from '../accounts/queries.js';
import { signatureMethodFor } from './signature.js';

export const CONSENT_KINDS = [
  'telemedicine_intervention',
  'personal_data',
  'call_recording',
  'research_use',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/**
 * - accepted: the current version is accepted and not withdrawn;
 * - outdated: an earlier version is accepted; the new one must be accepted again;
 * - withdrawn: the last acceptance was withdrawn;
 * - needs_own: only a parent accepted, and the patient is now 15 or older and must consent themselves;
 * - missing: never accepted.
 */
export type ConsentState = 'accepted' | 'outdated' | 'withdrawn' | 'needs_own' | 'missing';

type DocumentRow = typeof consentDocuments.$inferSelect;

/** The newest version of each kind: the one to accept now. */
export async function currentDocuments(db: Db | Tx): Promise<DocumentRow[]> {
  const rows = await db
    .selectDistinctOn([consentDocuments.kind])
    .from(consentDocuments)
    .orderBy(consentDocuments.kind, desc(consentDocuments.version));
  return rows.sort((a, b) => CONSENT_KINDS.indexOf(a.kind) - CONSENT_KINDS.indexOf(b.kind));
}

/** What was signed: both language versions of the text as published, hashed. */
export const documentHash = (doc: Pick<DocumentRow, 'kind' | 'version' | 'title' | 'body'>) =>
  createHash('sha256')
    .update(JSON.stringify([doc.kind, doc.version, doc.title, doc.body]))
    .digest('hex');

async function patientOf(db: Db | Tx, patientId: string) {
  const [patient] = await db
    .select({ id: patients.id, birthDate: patients.birthDate })
    .from(patients)
    .where(eq(patients.id, patientId));
  if (!patient) throw notFound();
  return patient;
}

/** Every acceptance of a patient, newest first, with its document's kind and version and the signer's name. */
export async function acceptanceHistory(db: Db | Tx, patientId: string) {
  return db
    .select({
      id: consentAcceptances.id,
      kind: consentDocuments.kind,
      version: consentDocuments.version,
      documentId: consentDocuments.id,
      signerRelation: consentAcceptances.signerRelation,
      signedBy: accounts.displayName,
      signatureMethod: consentAcceptances.signatureMethod,
      acceptedAt: consentAcceptances.acceptedAt,
      withdrawnAt: consentAcceptances.withdrawnAt,
    })
    .from(consentAcceptances)
    .innerJoin(consentDocuments, eq(consentDocuments.id, consentAcceptances.documentId))
    .innerJoin(accounts, eq(accounts.id, consentAcceptances.signedByAccountId))
    .where(eq(consentAcceptances.patientId, patientId))
    .orderBy(desc(consentAcceptances.acceptedAt), desc(consentDocuments.version));
}

type HistoryRow = Awaited<ReturnType<typeof acceptanceHistory>>[number];

/**
 * Each kind's state for a patient. A parent's acceptance counts only while the child is under 15: from 15 a
 * patient gives informed voluntary consent to medical intervention themselves (323-FZ art. 54 part 2 with
 * art. 20 part 2; GUARDIANSHIP_MAX_AGE_YEARS in auth/policy.ts), so it stops counting the day the child turns 15.
 */
export async function consentStatus(db: Db | Tx, patientId: string, today = new Date()) {
  const patient = await patientOf(db, patientId);
  const [documents, history] = await Promise.all([currentDocuments(db), acceptanceHistory(db, patientId)]);
  const underGuardianship = ageInYears(patient.birthDate, today) < GUARDIANSHIP_MAX_AGE_YEARS;
  const counts = (row: HistoryRow) => row.signerRelation === 'self' || underGuardianship;
  const kinds = documents.map((doc) => {
    const ofKind = history.filter((row) => row.kind === doc.kind);
    const latest = ofKind.find(counts);
    const state: ConsentState = !latest
      ? ofKind.length
        ? 'needs_own'
        : 'missing'
      : latest.withdrawnAt
        ? 'withdrawn'
        : latest.documentId === doc.id
          ? 'accepted'
          : 'outdated';
    return {
      kind: doc.kind,
      required: doc.required,
      current: { id: doc.id, version: doc.version, title: doc.title },
      state,
      last: latest
        ? {
            version: latest.version,
            acceptedAt: latest.acceptedAt.toISOString(),
            signerRelation: latest.signerRelation,
            signedBy: latest.signedBy,
            withdrawnAt: latest.withdrawnAt?.toISOString() ?? null,
          }
        : null,
    };
  });
  const missing = kinds.filter((k) => k.required && k.state !== 'accepted');
  return {
    patientId,
    complete: missing.length === 0,
    missingKinds: missing.map((k) => k.kind),
    kinds,
    history: history.map((row) => ({
      id: row.id,
      kind: row.kind,
      version: row.version,
      signerRelation: row.signerRelation,
      signedBy: row.signedBy,
      signatureMethod: row.signatureMethod,
      acceptedAt: row.acceptedAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Refuses a new consultation (planned or urgent, online or in person) for a patient without the current required
 * consents: informed voluntary consent to medical intervention must come before it (323-FZ art. 20 part 1; for
 * telemedicine art. 36.2 and order 193n (2025)), and health data may be processed only with written consent
 * (152-FZ art. 10 part 2 item 1, art. 9 part 4). A withdrawn consent is honoured the same way.
 */
export async function assertConsented(db: Db | Tx, patientId: string) {
  const status = await consentStatus(db, patientId);
  if (status.complete) return;
  const withdrawn = status.kinds.some((k) => k.required && k.state === 'withdrawn');
  const kinds = status.missingKinds.join(',');
  throw new ProblemError(
    409,
    withdrawn
      ? `A required consent has been withdrawn (${kinds}); no new consultations can be booked until it is given again.`
      : `The patient has not accepted the current required consents (${kinds}); accept them before booking.`,
    { code: withdrawn ? 'consent.withdrawn' : 'consent.required', params: { kinds } },
  );
}

/** The current documents named by id; any other id (an old version, an unknown one) is refused. */
async function documentsToSign(db: Db, documentIds: string[]) {
  const current = await currentDocuments(db);
  const chosen = current.filter((doc) => documentIds.includes(doc.id));
  if (chosen.length !== new Set(documentIds).size) {
    throw new ProblemError(409, 'Only the current version of a consent can be accepted; reload the page.', {
      code: 'consent.document_outdated',
    });
  }
  return chosen;
}

async function signerAccount(db: Db, actor: Actor) {
  const account = await findAccount(db, actor.accountId);
  if (!account) throw new ProblemError(401, 'Sign in to continue.', { code: 'auth.required' });
  return account;
}

/** Step 1 of signing: a one-time code for exactly these documents goes to the signer's e-mail (or phone). */
export async function requestSignatureCode(
  deps: Deps,
  actor: Actor,
  patientId: string,
  documentIds: string[],
) {
  const db = deps.database.db;
  const [docs, account] = await Promise.all([documentsToSign(db, documentIds), signerAccount(db, actor)]);
  const method = signatureMethodFor(account);
  const titles = docs.map((doc) => `${doc.title[account.locale]} v${doc.version}`);
  const sent = await method.send(deps, account, { patientId, documentIds, titles });
  return { method: method.name, ...sent };
}

/**
 * Step 2: the code checks out, so the acceptance of each document is stored with its version, time, signer,
 * the relation they sign in (self or parent) and the signature method.
 */
export async function acceptConsents(
  deps: Deps,
  actor: Actor,
  relation: 'self' | 'guardian',
  patientId: string,
  input: { documentIds: string[]; code: string },
) {
  const db = deps.database.db;
  const [docs, account] = await Promise.all([
    documentsToSign(db, input.documentIds),
    signerAccount(db, actor),
  ]);
  const method = signatureMethodFor(account);
  const titles = docs.map((doc) => `${doc.title[account.locale]} v${doc.version}`);
  await method.verify(deps, account, { patientId, documentIds: input.documentIds, titles }, input.code);
  const contact = method.contactOf(account)!;
  return db
    .insert(consentAcceptances)
    .values(
      docs.map((doc) => ({
        documentId: doc.id,
        patientId,
        signedByAccountId: account.id,
        signerRelation: relation,
        signatureMethod: method.name,
        signatureContact: contact,
        documentHash: documentHash(doc),
      })),
    )
    .returning({ id: consentAcceptances.id, documentId: consentAcceptances.documentId });
}

/**
 * Withdraws every standing acceptance of a kind (152-FZ art. 9 part 2: consent may be withdrawn; 323-FZ art. 20
 * part 3: one may refuse medical intervention). New consultations are refused from now on; what was recorded
 * stays, as medical records must be kept (323-FZ art. 22, order 947n).
 */
export async function withdrawConsent(db: Db, actor: Actor, patientId: string, kind: ConsentKind) {
  return db
    .update(consentAcceptances)
    .set({ withdrawnAt: new Date(), withdrawnByAccountId: actor.accountId })
    .where(
      and(
        eq(consentAcceptances.patientId, patientId),
        isNull(consentAcceptances.withdrawnAt),
        inArray(
          consentAcceptances.documentId,
          db
            .select({ id: consentDocuments.id })
            .from(consentDocuments)
            .where(eq(consentDocuments.kind, kind)),
        ),
      ),
    )
    .returning({ id: consentAcceptances.id });
}

/** For the seed and tests: the current required documents, accepted for a patient as if signed by `accountId`. */
export async function recordAcceptance(
  tx: Db | Tx,
  input: {
    patientId: string;
    accountId: string;
    relation: 'self' | 'guardian';
    contact: string;
    kinds?: readonly ConsentKind[];
  },
) {
  const docs = (await currentDocuments(tx)).filter((doc) =>
    input.kinds ? input.kinds.includes(doc.kind) : doc.required,
  );
  if (!docs.length) return;
  await tx.insert(consentAcceptances).values(
    docs.map((doc) => ({
      documentId: doc.id,
      patientId: input.patientId,
      signedByAccountId: input.accountId,
      signerRelation: input.relation,
      signatureMethod: 'email_code' as const,
      signatureContact: input.contact,
      documentHash: documentHash(doc),
    })),
  );
}
