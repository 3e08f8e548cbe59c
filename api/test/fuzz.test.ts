import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../src/db/schema/index.js';
import { SESSION_COOKIE } from '../src/auth/sessions.js';
import { useTestApi, type TestSession } from './harness.js';
import {
  hostileString,
  percentEncode,
  RAW_ESCAPES,
  SchemaArbitraries,
  type OpenApiDocument,
  type Operation,
} from './openapi-arbitraries.js';

/**
 * Every operation of the OpenAPI document, fed inputs generated from its own schemas with hostile values mixed
 * in (NUL, lone surrogates, control and bidi characters, year 0 and 9999 dates, huge numbers, wrong types,
 * prototype keys, broken percent-escapes and cookies), as every kind of caller. Any 5xx fails, naming the
 * route, the caller and the input. Fixed seed and run count, so a failure replays and the run stays bounded.
 */

const SEED = 20_261_204;
/** Each run sends one input as every caller; FUZZ_RUNS=500 makes a longer hunt on a quiet machine. */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 25);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const api = useTestApi();

interface Caller {
  name: string;
  login?: { login: string; app?: 'patient' | 'staff' };
  session?: TestSession;
  headers?: Record<string, string>;
}

const callers: Caller[] = [
  { name: 'anonymous' },
  { name: 'patient', login: { login: 'anna.petrova@demo.telemed', app: 'patient' } },
  { name: 'doctor', login: { login: 'dr.smirnova@demo.telemed', app: 'staff' } },
  { name: 'assistant', login: { login: 'nurse.orlova@demo.telemed', app: 'staff' } },
  { name: 'admin', login: { login: 'admin@demo.telemed', app: 'staff' } },
];

/** Cookie headers as a Node server hands them over: bytes read as Latin-1, so UTF-8 arrives as mojibake. */
const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const hostileCookie = fc.constantFrom(
  `${SESSION_COOKIE}=%FF`,
  `${SESSION_COOKIE}=%E0%A4%A`,
  `${SESSION_COOKIE}=${latin1('Анна Петрова')}`,
  `${SESSION_COOKIE}=\u00ff\u00fe`,
  `${SESSION_COOKIE}="unterminated`,
  `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`,
  `${SESSION_COOKIE}=${'x'.repeat(8000)}`,
  `lang=${latin1('русский')}; theme=%`,
  '=; ;;=',
);

/** Bodies that are not the JSON the route wants at all. */
const rawBody = fc.constantFrom(
  'null',
  '[]',
  '"text"',
  '{"a":',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '\u0000',
);

interface Input {
  /** The socket peer and its X-Forwarded-For: the fuzzer's failed sign-ins must not block the callers'. */
  peer: string;
  forwardedFor: string | null;
  path: Record<string, string>;
  query: [string, string][];
  body: { json: string } | { form: Record<string, unknown> } | null;
  cookie: string | null;
}

/** Ids that exist, by table: random uuids alone would stop nearly every request at its first lookup. */
async function existingIds(): Promise<Map<string, string[]>> {
  const db = api.deps.database.db;
  const tables = (await db.execute(
    sql`select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`,
  )) as unknown as { table_name: string }[];
  const ids = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    const rows = (await db.execute(
      sql`select id::text as id from ${sql.identifier(table)} order by id limit 40`,
    )) as unknown as { id: string }[];
    ids.set(
      table,
      rows.map((r) => r.id),
    );
  }
  return ids;
}

/** Path segments and fields whose ids live in a table not named after them. */
const ID_ALIASES: Record<string, string[]> = {
  doctor: ['practitioners'],
  assistant: ['practitioners', 'accounts'],
  sender_account: ['accounts'],
  urgent_queue: ['appointments'],
  consultation: ['appointments'],
  request: ['care_requests'],
  report: ['lab_reports'],
  anamnesis: ['anamnesis_sessions'],
};

function idsFor(tables: Map<string, string[]>, name: string): string[] {
  const stem = name
    .replace(/Ids?$/, '')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replaceAll('-', '_')
    .replace(/s$/, '');
  const matching = ID_ALIASES[stem] ?? [...tables.keys()].filter((t) => t.replace(/s$/, '').endsWith(stem));
  const ids = matching.flatMap((t) => tables.get(t) ?? []);
  return ids.length ? ids : [...tables.values()].flat();
}

/**
 * Two kinds of run: clean ones, whose every value fits the schema (though strings carry NUL and dates fall in
 * year 0), so they reach the handler; and hostile ones, with broken values, escapes, bodies and cookies too.
 */
function inputs(clean: SchemaArbitraries, hostile: SchemaArbitraries, path: string, op: Operation) {
  return fc.oneof(
    { weight: 2, arbitrary: input(clean, path, op) },
    { weight: 1, arbitrary: input(hostile, path, op) },
  );
}

function input(arbs: SchemaArbitraries, path: string, op: Operation): fc.Arbitrary<Input> {
  const rare = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
    arbs.hostile ? sometimes(arbitrary, every) : fc.constant(null);
  const params = op.parameters ?? [];
  const pathArbs = Object.fromEntries(
    params
      .filter((p) => p.in === 'path')
      .map((p) => {
        // An `{id}` is named after the segment before it: /patients/{id} takes patient ids.
        const segment = path.split(`/{${p.name}}`)[0]!.split('/').pop()!;
        const name = p.name === 'id' ? segment : p.name;
        return [
          p.name,
          arbs.hostile
            ? fc.oneof(
                {
                  weight: 4,
                  arbitrary: arbs.conforming(p.schema, name).map((v) => percentEncode(String(v))),
                },
                { weight: 1, arbitrary: hostileString.map(percentEncode) },
                { weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES) },
              )
            : arbs.conforming(p.schema, name).map((v) => percentEncode(String(v))),
        ];
      }),
  );
  const queryArbs = params
    .filter((p) => p.in === 'query')
    .map((p) => {
      const value = fc.oneof(
        { weight: 8, arbitrary: arbs.value(p.schema, p.name).map((v) => percentEncode(queryText(v))) },
        ...(arbs.hostile ? [{ weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES) }] : []),
      );
      return fc.option(
        value.map((v): [string, string] => [p.name, v]),
        { freq: p.required ? 10 : 3 },
      );
    });
  const content = Object.entries(op.requestBody?.content ?? {})[0];
  const body: fc.Arbitrary<Input['body']> = !content
    ? fc.constant(null)
    : content[0] === 'multipart/form-data'
      ? fc
          .record({ form: arbs.conforming(content[1].schema) })
          .map(({ form }) => ({ form: (form ?? {}) as Record<string, unknown> }))
      : !arbs.hostile
        ? arbs.conforming(content[1].schema).map((v) => ({ json: JSON.stringify(v) ?? 'null' }))
        : fc.oneof(
            {
              weight: 4,
              arbitrary: arbs.value(content[1].schema).map((v) => ({ json: JSON.stringify(v) ?? 'null' })),
            },
            // Prototype keys in the JSON text itself: generated objects cannot carry an own __proto__.
            {
              weight: 1,
              arbitrary: arbs.conforming(content[1].schema).map((v) => ({ json: withPrototypeKeys(v) })),
            },
            { weight: 1, arbitrary: rawBody.map((json) => ({ json })) },
          );
  return fc.record({
    peer: fc.oneof(fc.ipV4(), fc.ipV6(), fc.constant('127.0.0.1')),
    forwardedFor: sometimes(
      fc.oneof(fc.ipV4(), fc.constantFrom('unknown', '::1', '203.0.113.9, 127.0.0.1', 'not-an-ip', ',,')),
      2,
    ),
    path: fc.record(pathArbs),
    query: fc
      .tuple(
        fc.tuple(...queryArbs),
        rare(fc.tuple(hostileString.map(percentEncode), hostileString.map(percentEncode)), 3),
      )
      .map(([known, extra]) => [
        ...known.filter((q): q is [string, string] => q !== null),
        ...(extra ? [extra] : []),
      ]),
    body,
    cookie: rare(hostileCookie, 3),
  });
}

/** `arbitrary` in one run of `every`, null in the others. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

function queryText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function withPrototypeKeys(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  const keys = '"__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"polluted":true}}';
  return json.startsWith('{') ? `{${keys}${json === '{}' ? '' : ','}${json.slice(1)}` : json;
}

async function send(
  method: string,
  path: string,
  input: Input,
  caller: Caller,
): Promise<{ url: string; res: Response }> {
  const url =
    path.replace(/\{(\w+)\}/g, (_, name: string) => input.path[name] ?? '') +
    (input.query.length ? `?${input.query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
  const headers = new Headers(caller.headers);
  // The session first: a junk cookie of the same name after it must not hide it (the first one counts).
  const cookies = [caller.session?.cookie, input.cookie].filter(Boolean);
  if (cookies.length) headers.set('cookie', cookies.join('; '));
  if (caller.session) headers.set('x-csrf-token', caller.session.csrfToken);
  if (input.forwardedFor !== null) headers.set('x-forwarded-for', input.forwardedFor);
  let body: RequestInit['body'];
  if (input.body && 'json' in input.body) {
    headers.set('content-type', 'application/json');
    body = input.body.json;
  } else if (input.body) {
    const form = new FormData();
    for (const [key, value] of Object.entries(input.body.form)) {
      form.append(key, value instanceof File ? value : queryText(value));
    }
    body = form;
  }
  const res = await api.app.request(
    url,
    { method: method.toUpperCase(), headers, body },
    { incoming: { socket: { remoteAddress: input.peer } } },
  );
  return { url, res };
}

async function signIn(caller: Caller) {
  if (caller.login) caller.session = await api.login(caller.login.login, undefined, caller.login.app);
}

const clip = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

describe('fuzzing every route of the OpenAPI document', () => {
  let doc: OpenApiDocument;
  let clean: SchemaArbitraries;
  let hostile: SchemaArbitraries;

  beforeAll(async () => {
    doc = (await (await api.request('/openapi.json')).json()) as OpenApiDocument;
    const tables = await existingIds();
    const ids = { ids: (name: string) => idsFor(tables, name) };
    clean = new SchemaArbitraries(doc, ids, false);
    hostile = new SchemaArbitraries(doc, ids, true);
    for (const caller of callers) await signIn(caller);
    callers.push({
      name: 'internal service',
      headers: { authorization: `Bearer ${api.deps.config.INTERNAL_API_SECRET}` },
    });
  });

  it('answers no generated or hostile input with a 5xx', async () => {
    const failures: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        operations++;
        const route = `${method.toUpperCase()} ${path}`;
        // The service-to-service secret only opens /internal/ routes; everyone else tries those too.
        const who = callers.filter((c) => c.name !== 'internal service' || path.startsWith('/internal/'));
        let failure = '';
        const details = await fc.check(
          fc.asyncProperty(inputs(clean, hostile, path, op), async (input) => {
            for (const caller of who) {
              const { url, res } = await send(method, path, input, caller);
              const text = await res.text();
              if (res.status >= 500) {
                const body =
                  input.body && 'json' in input.body ? input.body.json : JSON.stringify(input.body);
                failure = `${route} as ${caller.name} → ${res.status} ${clip(text, 200)}\n    ${method.toUpperCase()} ${clip(url)}\n    cookie: ${clip(input.cookie ?? '-', 80)}\n    body: ${clip(body ?? '-')}`;
                return false;
              }
              // The admin may deactivate a seeded doctor (the ids are real ones): their sessions end and they
              // can no longer sign in, which would turn the rest of the run's doctor anonymous.
              if (route === 'PUT /admin/practitioners/{id}/active' && res.ok) {
                await api.deps.database.db.update(accounts).set({ disabledAt: null });
              }
              // A route that ended the session (sign-out) must not turn the rest of the run anonymous.
              if (res.status === 401 && caller.session) {
                const me = await api.request('/me', { session: caller.session });
                if (me.status === 401) await signIn(caller);
              }
            }
            return true;
          }),
          { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
        );
        if (details.failed) failures.push(failure || `${route}: ${String(details.errorInstance)}`);
      }
    }
    if (failures.length) {
      expect.fail(`${failures.length} of ${operations} operations answered 5xx:\n${failures.join('\n')}`);
    }
  }, 300_000);
});

describe('the inputs that answered 500 in the hardening report', () => {
  const problem = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return (await res.json()) as { detail: string; errors?: { path: string }[] };
  };

  it('refuses dates in year 0 and 9999 with a 400 naming the parameter', async () => {
    const anna = await api.login('anna.petrova@demo.telemed');
    const family = (await (await api.request('/me/family', { session: anna })).json()) as {
      self: { id: string };
    };
    const doctors = (await (await api.request('/doctors', { session: anna })).json()) as {
      items: { id: string }[];
    };
    for (const [url, field] of [
      ['/doctors?date=9999-12-31', 'date'],
      ['/doctors?date=0000-01-01', 'date'],
      [`/doctors/${doctors.items[0]!.id}/slots?from=9999-12-31`, 'from'],
      [`/patients/${family.self.id}/medcard/timeline?from=0000-01-01`, 'from'],
    ] as const) {
      const res = await api.request(url, { session: anna });
      expect(res.status, url).toBe(400);
      const body = await problem(res);
      expect(body.errors?.map((e) => e.path)).toContain(field);
      expect(body.detail).toMatch(/1900-01-01 and 2100-12-31/);
    }
  });

  it('refuses NUL and unpaired surrogates in query strings and JSON bodies, naming the field', async () => {
    const doctor = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
    const q = await api.request('/me/patients?q=%00', { session: doctor });
    expect(q.status).toBe(400);
    expect((await problem(q)).detail).toBe('Invalid query: q: must not contain NUL characters');

    const anna = await api.login('anna.petrova@demo.telemed');
    const family = (await (await api.request('/me/family', { session: anna })).json()) as {
      self: { id: string };
    };
    for (const complaintText of ['болит\u0000горло', 'болит \ud800 горло']) {
      const res = await api.request('/anamnesis', {
        method: 'POST',
        session: anna,
        json: { patientId: family.self.id, complaintText },
      });
      expect(res.status).toBe(400);
      const body = await problem(res);
      expect(body.errors).toEqual([{ path: 'complaintText', message: expect.any(String) }]);
    }
  });
});
