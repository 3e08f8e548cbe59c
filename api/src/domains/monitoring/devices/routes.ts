import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../http/router.js';
import {
  authProblems,
  badRequestProblem,
  idParamSchema,
  jsonBody,
  jsonContent,
  notFoundProblem,
  problem,
} from '../../../http/schemas.js';
import { bilingual, type ReadingInput } from '../reading-input.js';
import { ingestReadings, plausibilityProblems, rejectInvalid } from '../ingest.js';
import { requireReadingWriter } from '../access.js';
import { MAX_ROWS, parseDeviceExport, roughRowCount } from './detect.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './local-time.js';

export const deviceImportBodySchema = z
  .object({
    /** The file's text: an OMRON connect or Withings CSV export, or a FHIR Bundle (JSON). Same limit as CSV. */
    content: z.string().min(1).max(1_000_000),
    /** The patient's IANA time zone for local times without an offset; Europe/Moscow by default. */
    timeZone: z.string().max(64).refine(isTimeZone, 'Unknown IANA time zone').optional(),
  })
  .openapi('BpDeviceImport');

export const deviceImportResultSchema = z
  .object({
    source: z.enum(['omron', 'withings', 'fhir', 'csv']),
    inserted: z.number().int(),
    duplicates: z.number().int(),
    /** Rows or entries without a blood-pressure reading (other resources, pulse-only rows). */
    skipped: z.number().int(),
  })
  .openapi('BpDeviceImportResult');

const importDevice = createRoute({
  method: 'post',
  path: '/patients/{id}/bp-readings/device-import',
  tags: ['Blood-pressure monitoring'],
  summary:
    'Import an OMRON connect / Withings CSV export or a FHIR Bundle of LOINC 85354-9 Observations; all or nothing',
  request: { params: idParamSchema, body: jsonBody(deviceImportBodySchema) },
  responses: {
    200: jsonContent(deviceImportResultSchema, 'Imported; repeated readings counted as duplicates'),
    ...badRequestProblem,
    ...authProblems,
    ...notFoundProblem,
    409: problem('The patient is not enrolled'),
  },
});

const FILE = 'device export';

const refuseTooManyRows = (): never =>
  rejectInvalid(
    [
      {
        path: 'content',
        message: `The file has more than ${MAX_ROWS} rows; split it. / В файле больше ${MAX_ROWS} строк; разделите его.`,
      },
    ],
    FILE,
  );

export const deviceImportRoutes = createRouter().openapi(importDevice, async (c) => {
  const { id } = c.req.valid('param');
  await requireReadingWriter(c, id, 'bp-reading.device-import');
  const { content, timeZone = DEFAULT_TIME_ZONE } = c.req.valid('json');
  // A cheap count first, so a huge file is not parsed; then the parsed rows, which are what gets stored.
  if (roughRowCount(content) > MAX_ROWS + 1) refuseTooManyRows();
  const parsed = parseDeviceExport(content, timeZone);
  if (!parsed) {
    rejectInvalid(
      [
        {
          path: 'content',
          message:
            'Unrecognised file: expected an OMRON connect CSV, a Withings bp.csv, a FHIR Bundle (JSON) or a table with columns date,time,systolic,diastolic,pulse. / ' +
            'Формат не распознан: нужен CSV из OMRON connect, bp.csv из Withings, FHIR Bundle (JSON) или таблица со столбцами Дата;Время;САД;ДАД;Пульс.',
        },
      ],
      FILE,
    );
  }
  if (parsed.fileProblem) rejectInvalid([{ path: 'content', message: bilingual(parsed.fileProblem) }], FILE);
  if (parsed.rows.length > MAX_ROWS) refuseTooManyRows();
  const items: { path: string; reading: ReadingInput }[] = [];
  const unreadable: { path: string; message: string }[] = [];
  const order = new Map<string, number>();
  let skipped = 0;
  for (const row of parsed.rows) {
    const path = parsed.source === 'fhir' ? `entry ${row.row}` : `row ${row.row}`;
    order.set(path, row.row);
    if ('skipped' in row) skipped++;
    else if ('problems' in row)
      unreadable.push(...row.problems.map((p) => ({ path, message: bilingual(p) })));
    else items.push({ path, reading: row.reading });
  }
  // One refusal naming every bad row in file order: the unreadable ones and the implausible readings.
  const errors = [...unreadable, ...plausibilityProblems(items)].sort(
    (a, b) => order.get(a.path)! - order.get(b.path)!,
  );
  if (errors.length) rejectInvalid(errors, FILE);
  const readings = items.map((i) => i.reading);
  if (!readings.length) {
    rejectInvalid([{ path: 'content', message: 'The file has no readings. / В файле нет измерений.' }], FILE);
  }
  const result = await ingestReadings(
    { db: c.get('deps').database.db, queue: c.get('deps').queues.monitoring },
    new Map([[id, readings]]),
    parsed.source === 'fhir' ? 'fhir' : 'csv',
    c.get('actor')!.accountId,
  );
  return c.json(
    { source: parsed.source, inserted: result.inserted, duplicates: result.duplicates, skipped },
    200,
  );
});
