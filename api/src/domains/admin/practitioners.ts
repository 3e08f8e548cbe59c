import { randomBytes } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../../auth/password.js';
import type { Db } from '../../db/client.js';
import { translateUniqueViolation } from '../../db/errors.js';
import {
  accounts,
  clinics,
  practitioners,
  practitionerSpecialties,
  sessions,
  slots,
  slotTemplates,
  specialties,
} from '../../db/schema/index.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
} from '../../http/schemas.js';
import { slotIsFree, slotsChanged } from '../booking/queries.js';
import { findPractitionerProfiles } from '../practitioners/queries.js';
import { adminTags as tags, auditAdminWrite, conflictProblem, requireAdmin } from './access.js';
import {
  activationSchema,
  adminPractitionerSchema,
  newPractitionerSchema,
  practitionerFormOptionsSchema,
} from './practitioner-schemas.js';

const routes = {
  list: createRoute({
    method: 'get',
    path: '/admin/practitioners',
    tags,
    summary: 'Doctors and assistants with their account state and schedule coverage',
    responses: {
      200: jsonContent(adminPractitionerSchema.array(), 'Practitioners, by name'),
      ...authProblems,
    },
  }),
  options: createRoute({
    method: 'get',
    path: '/admin/practitioners/options',
    tags,
    summary: 'Specialties and clinics a practitioner can be given',
    responses: { 200: jsonContent(practitionerFormOptionsSchema, 'The choices'), ...authProblems },
  }),
  create: createRoute({
    method: 'post',
    path: '/admin/practitioners',
    tags,
    summary: 'Create a practitioner: a staff account and its profile',
    description:
      'The account gets no usable password: the practitioner sets one with "Forgot password?" and enrols ' +
      'a second factor at the first sign-in, so the admin never knows their credentials.',
    request: { body: jsonBody(newPractitionerSchema) },
    responses: {
      201: jsonContent(adminPractitionerSchema, 'Created'),
      ...badRequestProblem,
      ...authProblems,
      ...conflictProblem('An account with this e-mail exists'),
    },
  }),
  setActive: createRoute({
    method: 'put',
    path: '/admin/practitioners/{id}/active',
    tags,
    summary: 'Deactivate or reactivate a practitioner',
    description:
      'Deactivated: cannot sign in, every session ends at once, and their slots are not offered for booking. ' +
      'Existing appointments stay for the operator to move.',
    request: { params: idParamSchema, body: jsonBody(activationSchema) },
    responses: {
      200: jsonContent(adminPractitionerSchema, 'The practitioner'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

async function listPractitioners(db: Db, ids?: string[]) {
  const rows = await db
    .select({
      id: practitioners.id,
      accountId: accounts.id,
      email: accounts.email,
      disabledAt: accounts.disabledAt,
      templates: sql<number>`(select count(*)::int from ${slotTemplates} t where t.practitioner_id = ${practitioners.id})`,
      futureFreeSlots: db.$count(
        slots,
        and(eq(slots.practitionerId, practitioners.id), gt(slots.startsAt, new Date()), slotIsFree),
      ),
    })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(ids ? inArray(practitioners.id, ids) : undefined);
  const profiles = new Map(
    (
      await findPractitionerProfiles(
        db,
        rows.map((r) => r.id),
      )
    ).map((p) => [p.id, p]),
  );
  return rows
    .map((r) => {
      const p = profiles.get(r.id)!;
      return {
        id: r.id,
        accountId: r.accountId,
        kind: p.kind,
        email: r.email,
        fullName: p.fullName,
        specialties: p.specialties,
        clinic: p.clinic,
        experienceYears: p.experienceYears,
        treatsAdults: p.treatsAdults,
        treatsChildren: p.treatsChildren,
        deactivatedAt: r.disabledAt?.toISOString() ?? null,
        templates: r.templates,
        futureFreeSlots: Number(r.futureFreeSlots),
      };
    })
    .sort((a, b) => a.fullName.ru.localeCompare(b.fullName.ru, 'ru'));
}

async function onePractitioner(db: Db, id: string) {
  const [row] = await listPractitioners(db, [id]);
  if (!row) throw notFound();
  return row;
}

export const practitionerAdminRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    requireAdmin(c);
    return c.json(await listPractitioners(c.get('deps').database.db), 200);
  })
  .openapi(routes.options, async (c) => {
    requireAdmin(c);
    const db = c.get('deps').database.db;
    const [specialtyRows, clinicRows] = await Promise.all([
      db.select().from(specialties).orderBy(asc(specialties.code)),
      db.select({ id: clinics.id, name: clinics.name, timezone: clinics.timezone }).from(clinics),
    ]);
    return c.json({ specialties: specialtyRows, clinics: clinicRows }, 200);
  })
  .openapi(routes.create, async (c) => {
    requireAdmin(c);
    const body = c.req.valid('json');
    const db = c.get('deps').database.db;
    const known = await db
      .select({ code: specialties.code })
      .from(specialties)
      .where(inArray(specialties.code, body.specialties.length ? body.specialties : ['']));
    const unknown = body.specialties.filter((code) => !known.some((k) => k.code === code));
    if (unknown.length)
      throw new ProblemError(400, `Unknown specialties: ${unknown.join(', ')}.`, {
        code: 'admin.unknown_specialties',
        params: { codes: unknown.join(', ') },
      });
    if (body.clinicId) {
      const [clinic] = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, body.clinicId));
      if (!clinic) throw new ProblemError(400, 'Unknown clinic.', { code: 'admin.unknown_clinic' });
    }
    // Nobody knows this password: the practitioner sets their own through password reset.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const practitionerId = await translateUniqueViolation(
      () =>
        db.transaction(async (tx) => {
          const [account] = await tx
            .insert(accounts)
            .values({ role: body.kind, email: body.email, passwordHash, displayName: body.fullName })
            .returning({ id: accounts.id });
          const [row] = await tx
            .insert(practitioners)
            .values({
              accountId: account!.id,
              kind: body.kind,
              fullName: body.fullName,
              clinicId: body.clinicId,
              experienceYears: body.experienceYears,
              treatsAdults: body.treatsAdults,
              treatsChildren: body.treatsChildren,
            })
            .returning({ id: practitioners.id });
          if (body.specialties.length) {
            await tx
              .insert(practitionerSpecialties)
              .values(body.specialties.map((specialtyCode) => ({ practitionerId: row!.id, specialtyCode })));
          }
          return row!.id;
        }),
      () =>
        new ProblemError(409, 'An account with this e-mail already exists.', { code: 'admin.email_taken' }),
    );
    await auditAdminWrite(c, 'admin.practitioner.create', { type: 'Practitioner', id: practitionerId });
    await slotsChanged(null); // doctor search lists the newcomer
    return c.json(await onePractitioner(db, practitionerId), 201);
  })
  .openapi(routes.setActive, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    const { active } = c.req.valid('json');
    const db = c.get('deps').database.db;
    const [practitioner] = await db
      .select({ accountId: practitioners.accountId })
      .from(practitioners)
      .where(eq(practitioners.id, id));
    if (!practitioner) throw notFound();
    await db.transaction(async (tx) => {
      await tx
        .update(accounts)
        .set({ disabledAt: active ? null : sql`coalesce(${accounts.disabledAt}, now())` })
        .where(eq(accounts.id, practitioner.accountId));
      if (!active) await tx.delete(sessions).where(eq(sessions.accountId, practitioner.accountId));
    });
    // Other api processes may hold the sessions in their cache: end them there too.
    if (!active) await c.get('deps').sessions?.endAccountSessions(practitioner.accountId);
    await auditAdminWrite(c, active ? 'admin.practitioner.reactivate' : 'admin.practitioner.deactivate', {
      type: 'Practitioner',
      id,
    });
    await slotsChanged(id);
    return c.json(await onePractitioner(db, id), 200);
  });
