import { createRoute } from '@hono/zod-openapi';
import { and, asc, between, eq, exists, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { translateUniqueViolation } from '../../db/errors.js';
import { clinics, holidays, practitioners, slots, slotTemplates } from '../../db/schema/index.js';
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
import { isoDate } from '../../lib/dates.js';
import { slotsChanged } from '../booking/queries.js';
import { adminTags as tags, auditAdminWrite, conflictProblem, requireAdmin } from './access.js';
import {
  generatedSlotsSchema,
  generateSlotsSchema,
  holidayDateParamSchema,
  holidaySchema,
  newHolidaySchema,
  newTemplateSchema,
  practitionerIdParamSchema,
  templateSchema,
} from './schedule-schemas.js';

/** The clinic's timezone turns a template's wall-clock times into instants; Moscow without a clinic. */
const DEFAULT_TIMEZONE = 'Europe/Moscow';

const routes = {
  templates: createRoute({
    method: 'get',
    path: '/admin/practitioners/{practitionerId}/slot-templates',
    tags,
    summary: "A practitioner's weekly slot templates",
    request: { params: practitionerIdParamSchema },
    responses: {
      200: jsonContent(templateSchema.array(), 'By weekday and start'),
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  addTemplate: createRoute({
    method: 'post',
    path: '/admin/practitioners/{practitionerId}/slot-templates',
    tags,
    summary: 'Add a weekly slot template (weekday, start, end, slot length, formats)',
    request: { params: practitionerIdParamSchema, body: jsonBody(newTemplateSchema) },
    responses: {
      201: jsonContent(templateSchema, 'Added'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
      ...conflictProblem('Overlaps another template of that weekday'),
    },
  }),
  removeTemplate: createRoute({
    method: 'delete',
    path: '/admin/slot-templates/{id}',
    tags,
    summary: 'Remove a slot template (slots generated from it stay)',
    request: { params: idParamSchema },
    responses: { 204: { description: 'Removed' }, ...authProblems, ...notFoundProblem },
  }),
  generate: createRoute({
    method: 'post',
    path: '/admin/practitioners/{practitionerId}/slots',
    tags,
    summary: "Generate bookable slots from the practitioner's templates for the next weeks",
    description:
      'Skips public holidays, past times and any time that overlaps a slot the practitioner already has, ' +
      'so running it again only fills what is missing.',
    request: { params: practitionerIdParamSchema, body: jsonBody(generateSlotsSchema) },
    responses: {
      201: jsonContent(generatedSlotsSchema, 'Slots made'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
  holidays: createRoute({
    method: 'get',
    path: '/admin/holidays',
    tags,
    summary: 'Public holidays from today on',
    responses: { 200: jsonContent(holidaySchema.array(), 'By date'), ...authProblems },
  }),
  addHoliday: createRoute({
    method: 'post',
    path: '/admin/holidays',
    tags,
    summary: 'Add a public holiday (a transferred day off, say)',
    request: { body: jsonBody(newHolidaySchema) },
    responses: {
      201: jsonContent(holidaySchema, 'Added'),
      ...badRequestProblem,
      ...authProblems,
      ...conflictProblem('That day is a holiday already'),
    },
  }),
  removeHoliday: createRoute({
    method: 'delete',
    path: '/admin/holidays/{date}',
    tags,
    summary: 'Remove a public holiday',
    request: { params: holidayDateParamSchema },
    responses: { 204: { description: 'Removed' }, ...authProblems, ...notFoundProblem },
  }),
};

const templateView = (t: typeof slotTemplates.$inferSelect) => ({
  id: t.id,
  practitionerId: t.practitionerId,
  weekday: t.weekday,
  start: t.startTime.slice(0, 5),
  end: t.endTime.slice(0, 5),
  slotMinutes: t.slotMinutes,
  formats: t.formats,
});

async function requirePractitioner(db: Db, id: string) {
  const [row] = await db.select({ id: practitioners.id }).from(practitioners).where(eq(practitioners.id, id));
  if (!row) throw notFound();
}

/**
 * One statement: every day of the period whose ISO weekday has a template and that is not a holiday, cut
 * into slots in the clinic's timezone; past starts and overlaps with existing slots are left out, and the
 * unique (practitioner, start) index makes a concurrent run harmless.
 */
async function generateSlots(db: Db, practitionerId: string, from: string, to: string) {
  const created = await db
    .insert(slots)
    .select(
      sql`select gen_random_uuid(), t.practitioner_id, p.clinic_id, s.starts_at,
        s.starts_at + make_interval(mins => t.slot_minutes), t.formats
      from ${slotTemplates} t
      join ${practitioners} p on p.id = t.practitioner_id
      left join ${clinics} c on c.id = p.clinic_id
      cross join generate_series(${from}::date::timestamp, ${to}::date::timestamp, interval '1 day') as d(day)
      cross join lateral generate_series(
        d.day + t.start_time,
        d.day + t.end_time - make_interval(mins => t.slot_minutes),
        make_interval(mins => t.slot_minutes)
      ) as g(local_start)
      cross join lateral (
        select g.local_start at time zone coalesce(c.timezone, ${DEFAULT_TIMEZONE}) as starts_at
      ) s
      where t.practitioner_id = ${practitionerId}
        and extract(isodow from d.day) = t.weekday
        and not exists (select 1 from ${holidays} h where h.date = d.day::date)
        and s.starts_at > now()
        and not exists (
          select 1 from ${slots} x
          where x.practitioner_id = t.practitioner_id
            and x.starts_at < s.starts_at + make_interval(mins => t.slot_minutes)
            and x.ends_at > s.starts_at
        )`,
    )
    .onConflictDoNothing({ target: [slots.practitionerId, slots.startsAt] })
    .returning({ id: slots.id });
  const skipped = await db
    .select({ date: holidays.date })
    .from(holidays)
    .where(
      and(
        between(holidays.date, from, to),
        exists(
          db
            .select({ id: slotTemplates.id })
            .from(slotTemplates)
            .where(
              and(
                eq(slotTemplates.practitionerId, practitionerId),
                sql`${slotTemplates.weekday} = extract(isodow from ${holidays.date})`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(holidays.date));
  return { created: created.length, holidaysSkipped: skipped.map((h) => h.date) };
}

export const scheduleAdminRoutes = createRouter()
  .openapi(routes.templates, async (c) => {
    requireAdmin(c);
    const { practitionerId } = c.req.valid('param');
    const db = c.get('deps').database.db;
    await requirePractitioner(db, practitionerId);
    const rows = await db
      .select()
      .from(slotTemplates)
      .where(eq(slotTemplates.practitionerId, practitionerId))
      .orderBy(asc(slotTemplates.weekday), asc(slotTemplates.startTime));
    return c.json(rows.map(templateView), 200);
  })
  .openapi(routes.addTemplate, async (c) => {
    requireAdmin(c);
    const { practitionerId } = c.req.valid('param');
    const body = c.req.valid('json');
    const db = c.get('deps').database.db;
    await requirePractitioner(db, practitionerId);
    const row = await db.transaction(async (tx) => {
      // Serialises template edits of one practitioner, so two overlapping ones cannot both pass the check.
      await tx.execute(sql`select 1 from practitioners where id = ${practitionerId} for update`);
      const [overlap] = await tx
        .select({ id: slotTemplates.id })
        .from(slotTemplates)
        .where(
          and(
            eq(slotTemplates.practitionerId, practitionerId),
            eq(slotTemplates.weekday, body.weekday),
            sql`${slotTemplates.startTime} < ${body.end}::time and ${slotTemplates.endTime} > ${body.start}::time`,
          ),
        )
        .limit(1);
      if (overlap)
        throw new ProblemError(409, 'This time overlaps another template of the same weekday.', {
          code: 'admin.template_overlap',
        });
      const [created] = await tx
        .insert(slotTemplates)
        .values({
          practitionerId,
          weekday: body.weekday,
          startTime: body.start,
          endTime: body.end,
          slotMinutes: body.slotMinutes,
          formats: body.formats,
        })
        .returning();
      return created!;
    });
    await auditAdminWrite(c, 'admin.slot_template.create', { type: 'SlotTemplate', id: row.id });
    return c.json(templateView(row), 201);
  })
  .openapi(routes.removeTemplate, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    const [row] = await c
      .get('deps')
      .database.db.delete(slotTemplates)
      .where(eq(slotTemplates.id, id))
      .returning({ id: slotTemplates.id });
    if (!row) throw notFound();
    await auditAdminWrite(c, 'admin.slot_template.delete', { type: 'SlotTemplate', id });
    return c.body(null, 204);
  })
  .openapi(routes.generate, async (c) => {
    requireAdmin(c);
    const { practitionerId } = c.req.valid('param');
    const { weeks } = c.req.valid('json');
    const db = c.get('deps').database.db;
    await requirePractitioner(db, practitionerId);
    const today = new Date();
    const from = isoDate(today);
    const to = isoDate(new Date(today.getTime() + (weeks * 7 - 1) * 86_400_000));
    const result = await generateSlots(db, practitionerId, from, to);
    await auditAdminWrite(c, 'admin.slots.generate', { type: 'Practitioner', id: practitionerId });
    await slotsChanged(practitionerId);
    return c.json({ ...result, from, to }, 201);
  })
  .openapi(routes.holidays, async (c) => {
    requireAdmin(c);
    const rows = await c
      .get('deps')
      .database.db.select()
      .from(holidays)
      .where(gte(holidays.date, isoDate(new Date())))
      .orderBy(asc(holidays.date));
    return c.json(rows, 200);
  })
  .openapi(routes.addHoliday, async (c) => {
    requireAdmin(c);
    const body = c.req.valid('json');
    await translateUniqueViolation(
      () => c.get('deps').database.db.insert(holidays).values(body),
      () => new ProblemError(409, 'That day is a holiday already.', { code: 'admin.holiday_exists' }),
    );
    await auditAdminWrite(c, 'admin.holiday.create', { type: 'Holiday', id: body.date });
    return c.json(body, 201);
  })
  .openapi(routes.removeHoliday, async (c) => {
    requireAdmin(c);
    const { date } = c.req.valid('param');
    const [row] = await c
      .get('deps')
      .database.db.delete(holidays)
      .where(eq(holidays.date, date))
      .returning({ date: holidays.date });
    if (!row) throw notFound();
    await auditAdminWrite(c, 'admin.holiday.delete', { type: 'Holiday', id: date });
    return c.body(null, 204);
  });
