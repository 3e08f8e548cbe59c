import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DayHours, MetroStation } from '../../db/schema/clinics.js';
import {
  clinicProgrammes,
  clinics,
  insuranceProgrammes,
  medicalServices,
  specialties,
} from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import type { FieldError } from '../../http/problem.js';
import { ProblemError } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { authProblems, badRequestProblem, jsonContent, problem } from '../../http/schemas.js';
import { readCsvRows } from '../../lib/csv.js';
import { adminTags as tags, auditAdminWrite } from './access.js';

/** Far above a real network's file (a few hundred clinics are some 100 KiB). */
export const CLINIC_CSV_MAX_BYTES = 512 * 1024;
export const CLINIC_CSV_MAX_ROWS = 2000;

/**
 * The columns of a clinic file, in this order, with a header row. Lists inside a cell are separated by `;`:
 * `metro` is `name ru|name en|line|walk minutes` per station; `hours` is seven `HH:MM-HH:MM` or `closed`,
 * Monday first; `specialties`, `services` and `programmes` are codes.
 */
export const CLINIC_CSV_COLUMNS = [
  'name_ru',
  'name_en',
  'address_ru',
  'address_en',
  'city_ru',
  'city_en',
  'region',
  'phone',
  'latitude',
  'longitude',
  'metro',
  'hours',
  'specialties',
  'services',
  'online_booking',
  'programmes',
] as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const list = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const dayHours = z.string().transform((s, ctx): DayHours => {
  const v = s.trim();
  if (v === '' || v.toLowerCase() === 'closed') return null;
  const [opens, closes] = v.split('-').map((x) => x.trim());
  if (!opens || !closes || !TIME.test(opens) || !TIME.test(closes) || opens >= closes) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not HH:MM-HH:MM (opening before closing) or closed` });
    return null;
  }
  return { opens, closes };
});

const station = z.string().transform((s, ctx): MetroStation => {
  const [ru, en, line, walk] = s.split('|').map((x) => x.trim());
  const minutes = Number(walk);
  if (!ru || !en || !line || !Number.isInteger(minutes) || minutes < 0 || minutes > 120) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not "name ru|name en|line|walk minutes"` });
  }
  return { name: { ru: ru ?? '', en: en ?? '' }, line: line ?? '', walkMinutes: minutes };
});

const rowSchema = z.object({
  name_ru: text(200),
  name_en: text(200),
  address_ru: text(300),
  address_en: text(300),
  city_ru: text(100),
  city_en: text(100),
  region: z
    .string()
    .trim()
    .regex(/^[a-z][a-z_]{1,31}$/, 'must be a region code (moscow, spb, kazan…)'),
  phone: z
    .string()
    .trim()
    .regex(/^\+\d{10,15}$/, 'must be an international number, e.g. +74951234567'),
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  metro: z
    .string()
    .transform((s) => list(s))
    .pipe(z.array(station).max(10)),
  hours: z
    .string()
    .transform((s) => s.split(';'))
    .pipe(z.array(dayHours).length(7, 'must have seven days, Monday first, separated by ;')),
  specialties: z.string().transform(list),
  services: z.string().transform(list),
  online_booking: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', 'yes', 'no', '1', '0'], { message: 'must be true or false' }))
    .transform((v) => ['true', 'yes', '1'].includes(v)),
  programmes: z.string().transform(list),
});

const importResultSchema = z.object({
  imported: z.number().int(),
  clinics: z.array(z.object({ id: z.uuid(), name: z.object({ ru: z.string(), en: z.string() }) })),
});

const route = createRoute({
  method: 'post',
  path: '/admin/clinics/import',
  tags,
  summary: 'Add clinics from a CSV file: every row checked, all or nothing',
  description: `A header row, then one clinic a row, columns: ${CLINIC_CSV_COLUMNS.join(', ')}. Lists in a cell are separated by ";": metro "name ru|name en|line|walk minutes", hours seven "HH:MM-HH:MM" or "closed" (Monday first), specialty, service and programme codes. At most ${CLINIC_CSV_MAX_BYTES / 1024} KiB.`,
  request: {
    body: {
      required: true,
      content: {
        'text/csv': { schema: z.string() },
        'multipart/form-data': {
          schema: z.object({ file: z.any().optional().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: {
    201: jsonContent(importResultSchema, 'Imported'),
    ...badRequestProblem,
    ...authProblems,
    413: problem('The file is too large'),
    415: problem('Neither text/csv nor a multipart file'),
  },
});

const tooLarge = () =>
  new ProblemError(413, `The file is larger than ${CLINIC_CSV_MAX_BYTES / 1024} KiB.`, {
    code: 'http.body_too_large',
  });

/** The file's text, from a text/csv body or the `file` part of a multipart form. */
async function readCsv(c: Context<AppEnv>) {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData();
    const file = form.get('file');
    if (!(file instanceof File))
      throw new ProblemError(400, 'Attach the CSV file as the "file" part.', {
        code: 'validation.required',
        params: { field: 'file' },
      });
    if (file.size > CLINIC_CSV_MAX_BYTES) throw tooLarge();
    return file.text();
  }
  if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
    const body = await c.req.arrayBuffer();
    if (body.byteLength > CLINIC_CSV_MAX_BYTES) throw tooLarge();
    return new TextDecoder().decode(body);
  }
  throw new ProblemError(415, 'Send the clinics as text/csv or as a multipart file.', {
    code: 'http.unsupported_media_type',
  });
}

export const clinicImportRoutes = createRouter().openapi(route, async (c) => {
  const db = c.get('deps').database.db;
  const csv = await readCsv(c);
  const rowError = (line: number, field: string, message: string): FieldError => ({
    path: `line ${line}${field ? `: ${field}` : ''}`,
    message,
  });
  const { rows, unclosedQuoteLine } = readCsvRows(csv);
  if (unclosedQuoteLine !== null) {
    throw new ProblemError(
      400,
      `The file is not valid CSV: unclosed quote in the row starting on line ${unclosedQuoteLine}.`,
      {
        code: 'clinics.import_invalid',
        params: { rows: 1 },
      },
    );
  }
  const [header, ...data] = rows;
  const errors: FieldError[] = [];
  const expected = CLINIC_CSV_COLUMNS.join(',');
  if (!header || header.cells.map((h) => h.trim().toLowerCase()).join(',') !== expected)
    errors.push(rowError(1, '', `the header must be: ${expected}`));
  if (data.length === 0) errors.push(rowError(2, '', 'the file has no clinic rows'));
  if (data.length > CLINIC_CSV_MAX_ROWS)
    errors.push(rowError(2, '', `at most ${CLINIC_CSV_MAX_ROWS} clinics a file`));
  if (errors.length > 0)
    throw new ProblemError(400, 'The clinic file has errors; nothing was imported.', {
      code: 'clinics.import_invalid',
      params: { rows: errors.length },
      errors,
    });

  const [knownSpecialties, knownServices, programmes] = await Promise.all([
    db.select({ code: specialties.code }).from(specialties),
    db.select({ code: medicalServices.code }).from(medicalServices),
    db.select({ id: insuranceProgrammes.id, code: insuranceProgrammes.code }).from(insuranceProgrammes),
  ]);
  const specialtyCodes = new Set(knownSpecialties.map((s) => s.code));
  const serviceCodes = new Set(knownServices.map((s) => s.code));
  const programmeIds = new Map(programmes.map((p) => [p.code, p.id]));

  const valid: (z.output<typeof rowSchema> & { line: number })[] = [];
  const badLines = new Set<number>();
  for (const { line, cells } of data) {
    if (cells.length !== CLINIC_CSV_COLUMNS.length) {
      errors.push(rowError(line, '', `has ${cells.length} cells, expected ${CLINIC_CSV_COLUMNS.length}`));
      badLines.add(line);
      continue;
    }
    const cell = (col: (typeof CLINIC_CSV_COLUMNS)[number]) => cells[CLINIC_CSV_COLUMNS.indexOf(col)] ?? '';
    const parsed = rowSchema.safeParse(
      Object.fromEntries(CLINIC_CSV_COLUMNS.map((col, i) => [col, cells[i]])),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(rowError(line, String(issue.path[0] ?? ''), issue.message));
      badLines.add(line);
    }
    const unknown = (field: (typeof CLINIC_CSV_COLUMNS)[number], known: { has(code: string): boolean }) => {
      for (const code of list(cell(field)).filter((code) => !known.has(code))) {
        errors.push(rowError(line, field, `unknown code "${code}"`));
        badLines.add(line);
      }
    };
    unknown('specialties', specialtyCodes);
    unknown('services', serviceCodes);
    unknown('programmes', programmeIds);
    if (!parsed.success || badLines.has(line)) continue;
    const row = parsed.data;
    valid.push({ ...row, line });
  }
  if (errors.length > 0)
    throw new ProblemError(400, 'The clinic file has errors; nothing was imported.', {
      code: 'clinics.import_invalid',
      params: { rows: badLines.size },
      errors: errors.slice(0, 200),
    });

  const created = await db.transaction(async (tx) => {
    const out: { id: string; name: { ru: string; en: string } }[] = [];
    for (const row of valid) {
      const [clinic] = await tx
        .insert(clinics)
        .values({
          name: { ru: row.name_ru, en: row.name_en },
          address: { ru: row.address_ru, en: row.address_en },
          city: { ru: row.city_ru, en: row.city_en },
          region: row.region,
          phone: row.phone,
          latitude: row.latitude,
          longitude: row.longitude,
          metro: row.metro,
          hours: row.hours,
          specialties: row.specialties,
          services: row.services,
          onlineBooking: row.online_booking,
        })
        .returning({ id: clinics.id, name: clinics.name });
      if (row.programmes.length > 0)
        await tx.insert(clinicProgrammes).values(
          [...new Set(row.programmes)].map((code) => ({
            clinicId: clinic!.id,
            programmeId: programmeIds.get(code)!,
          })),
        );
      out.push(clinic!);
    }
    return out;
  });
  for (const clinic of created)
    await auditAdminWrite(c, 'clinic.imported', { type: 'Location', id: clinic.id });
  return c.json({ imported: created.length, clinics: created }, 201);
});
