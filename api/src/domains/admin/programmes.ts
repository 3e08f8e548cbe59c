import { createRoute } from '@hono/zod-openapi';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { translateUniqueViolation } from '../../db/errors.js';
import { insurancePolicies, insuranceProgrammes, programmeCoverage } from '../../db/schema/index.js';
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
import { adminTags as tags, auditAdminWrite, conflictProblem, requireAdmin } from './access.js';
import { checkProgrammeRegions, networkRegions } from './programme-regions.js';
import {
  newProgrammeSchema,
  programmeBodySchema,
  programmeSchema,
  regionListSchema,
} from './programme-schemas.js';

type ProgrammeBody = typeof programmeBodySchema._zod.output;

const routes = {
  list: createRoute({
    method: 'get',
    path: '/admin/programmes',
    tags,
    summary: 'Insurance programmes with what they cover',
    responses: { 200: jsonContent(programmeSchema.array(), 'By code'), ...authProblems },
  }),
  regions: createRoute({
    method: 'get',
    path: '/admin/regions',
    tags,
    summary: 'The regions the network has clinics in: the choice of regions a programme serves',
    responses: { 200: jsonContent(regionListSchema, 'Region codes, by code'), ...authProblems },
  }),
  create: createRoute({
    method: 'post',
    path: '/admin/programmes',
    tags,
    summary: 'Create an insurance programme and its cover',
    request: { body: jsonBody(newProgrammeSchema) },
    responses: {
      201: jsonContent(programmeSchema, 'Created'),
      ...badRequestProblem,
      ...authProblems,
      ...conflictProblem('The code is taken'),
    },
  }),
  update: createRoute({
    method: 'put',
    path: '/admin/programmes/{id}',
    tags,
    summary: "Change a programme's name, franchise, regions and cover (the code stays)",
    request: { params: idParamSchema, body: jsonBody(programmeBodySchema) },
    responses: {
      200: jsonContent(programmeSchema, 'Changed'),
      ...badRequestProblem,
      ...authProblems,
      ...notFoundProblem,
    },
  }),
};

async function listProgrammes(db: Db, id?: string) {
  const today = isoDate(new Date());
  const rows = await db
    .select({
      programme: insuranceProgrammes,
      activePolicies: db.$count(
        insurancePolicies,
        and(eq(insurancePolicies.programmeId, insuranceProgrammes.id), gte(insurancePolicies.validTo, today)),
      ),
    })
    .from(insuranceProgrammes)
    .where(id ? eq(insuranceProgrammes.id, id) : undefined)
    .orderBy(asc(insuranceProgrammes.code));
  const coverage = await db.select().from(programmeCoverage).orderBy(asc(programmeCoverage.service));
  return rows.map(({ programme, activePolicies }) => ({
    ...programme,
    activePolicies: Number(activePolicies),
    coverage: coverage
      .filter((cv) => cv.programmeId === programme.id)
      .map(({ service, covered, inFranchise, annualLimit }) => ({
        service,
        covered,
        inFranchise,
        annualLimit,
      })),
  }));
}

/** The cover is replaced as a whole: a service left out is not covered. */
async function replaceCoverage(tx: Tx, programmeId: string, coverage: ProgrammeBody['coverage']) {
  await tx.delete(programmeCoverage).where(eq(programmeCoverage.programmeId, programmeId));
  if (coverage.length)
    await tx.insert(programmeCoverage).values(coverage.map((cv) => ({ ...cv, programmeId })));
}

export const programmeAdminRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    requireAdmin(c);
    return c.json(await listProgrammes(c.get('deps').database.db), 200);
  })
  .openapi(routes.regions, async (c) => {
    requireAdmin(c);
    return c.json({ items: await networkRegions(c.get('deps').database.db) }, 200);
  })
  .openapi(routes.create, async (c) => {
    requireAdmin(c);
    const { coverage, ...programme } = c.req.valid('json');
    const db = c.get('deps').database.db;
    await checkProgrammeRegions(db, programme.regions);
    const id = await translateUniqueViolation(
      () =>
        db.transaction(async (tx) => {
          const [row] = await tx
            .insert(insuranceProgrammes)
            .values(programme)
            .returning({ id: insuranceProgrammes.id });
          await replaceCoverage(tx, row!.id, coverage);
          return row!.id;
        }),
      () =>
        new ProblemError(409, 'A programme with this code exists.', { code: 'admin.programme_code_taken' }),
    );
    await auditAdminWrite(c, 'admin.programme.create', { type: 'InsuranceProgramme', id });
    const [created] = await listProgrammes(db, id);
    return c.json(created!, 201);
  })
  .openapi(routes.update, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    const { coverage, ...programme } = c.req.valid('json');
    const db = c.get('deps').database.db;
    await checkProgrammeRegions(db, programme.regions);
    const found = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(insuranceProgrammes)
        .set(programme)
        .where(eq(insuranceProgrammes.id, id))
        .returning({ id: insuranceProgrammes.id });
      if (!row) return false;
      await replaceCoverage(tx, id, coverage);
      return true;
    });
    if (!found) throw notFound();
    await auditAdminWrite(c, 'admin.programme.update', { type: 'InsuranceProgramme', id });
    const [updated] = await listProgrammes(db, id);
    return c.json(updated!, 200);
  });
