import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../auth/middleware.js';
import { createRouter } from '../../http/router.js';
import { authProblems, jsonContent } from '../../http/schemas.js';
import { findIcd10, searchIcd10 } from './icd10/index.js';
import { labTests } from './lab-tests.js';
import {
  icd10ListSchema,
  icd10QuerySchema,
  labTestListSchema,
  templateListSchema,
  templatesQuerySchema,
} from './schemas.js';
import { conclusionTemplates } from './templates.js';

// Reference data only, no patient data: no audit entry. Templates are clinical working material, so staff only.
const routes = {
  icd10: createRoute({
    method: 'get',
    path: '/catalogue/icd10',
    tags: ['Catalogue'],
    summary: 'ICD-10 codes matching a code prefix or words of the Russian or English name, best first',
    request: { query: icd10QuerySchema },
    responses: { 200: jsonContent(icd10ListSchema, 'Matches'), ...authProblems },
  }),
  labTests: createRoute({
    method: 'get',
    path: '/catalogue/lab-tests',
    tags: ['Catalogue'],
    summary: 'Orderable lab tests with LOINC codes, analytes, units and reference intervals',
    responses: { 200: jsonContent(labTestListSchema, 'All tests'), ...authProblems },
  }),
  templates: createRoute({
    method: 'get',
    path: '/catalogue/conclusion-templates',
    tags: ['Catalogue'],
    summary: 'Conclusion templates for frequent cases (doctors and assistants)',
    request: { query: templatesQuerySchema },
    responses: { 200: jsonContent(templateListSchema, 'Templates'), ...authProblems },
  }),
};

export const catalogueRoutes = createRouter()
  .openapi(routes.icd10, (c) => {
    requireActor(c);
    const { q, limit } = c.req.valid('query');
    return c.json({ items: searchIcd10(q, limit) }, 200);
  })
  .openapi(routes.labTests, (c) => {
    requireActor(c);
    return c.json({ items: [...labTests] }, 200);
  })
  .openapi(routes.templates, (c) => {
    requireActor(c, 'doctor', 'assistant');
    const { specialty } = c.req.valid('query');
    const items = conclusionTemplates
      .filter((t) => !specialty || t.specialtyCodes.includes(specialty))
      // Every template's code is in the catalogue (tested), so the lookup always succeeds.
      .map((t) => ({ ...t, diagnosis: findIcd10(t.diagnosisCode)! }));
    return c.json({ items }, 200);
  });
