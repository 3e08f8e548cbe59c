import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldProblemMessage } from '../../web-shared/src/i18n/index.js';
import { isProblemCode, problemCodeList, problemCodes } from '../src/http/problem-codes.js';
import { problemType } from '../src/http/problem.js';
import { useTestApi, type TestSession } from './harness.js';

const api = useTestApi();

interface ProblemBody {
  type: string;
  status: number;
  detail: string;
  code: string;
  params?: Record<string, string | number>;
  errors?: { path: string; message: string; code?: string; params?: Record<string, string | number> }[];
}

let anna: TestSession;
let annaId: string;

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  annaId = ((await (await api.request('/me/family', { session: anna })).json()) as { self: { id: string } })
    .self.id;
});

/** The problem body of a refusal, checked to carry a known code whose parameters all arrived. */
async function problemOf(res: Response): Promise<ProblemBody> {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as ProblemBody;
  expect(isProblemCode(body.code), `${res.status} ${body.detail}: code ${body.code}`).toBe(true);
  expect(body.type).toBe(`urn:telemed:problem:${body.code}`);
  const names: readonly string[] = problemCodes[body.code as keyof typeof problemCodes];
  for (const name of names) expect(body.params, `${body.code} needs ${name}`).toHaveProperty([name]);
  for (const error of body.errors ?? []) if (error.code) expect(isProblemCode(error.code)).toBe(true);
  return body;
}

describe('every api problem carries a stable code', () => {
  it('on every operation of the OpenAPI document, refused for any reason', async () => {
    const doc = (await (await api.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const seen = new Set<string>();
    let refusals = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        for (const [id, session] of [
          ['not-an-id', undefined],
          ['not-an-id', anna],
          [randomUUID(), anna],
        ] as const) {
          // Signing out would end the session the rest of the sweep uses.
          if (session && template === '/auth/logout') continue;
          const path = template.replace(/\{[^}]+\}/g, id);
          const init: Parameters<typeof api.request>[1] = {
            method: method.toUpperCase(),
            ...(session ? { session } : {}),
            ...(['post', 'put', 'patch'].includes(method)
              ? { json: { unexpected: '\u00e9'.repeat(5000) } }
              : {}),
          };
          const res = await api.request(path, init);
          if (res.status < 400) continue;
          expect(res.status, `${method} ${path}`).toBeLessThan(500);
          const body = await problemOf(res);
          seen.add(body.code);
          refusals++;
        }
      }
    }
    expect(refusals).toBeGreaterThan(100);
    expect(seen).toContain('auth.required');
    expect(seen).toContain('not_found');
  });

  it('for the problems people met in the Russian interface', async () => {
    const empty = new FormData();
    empty.set('file', new File([new Uint8Array(0)], 'empty.pdf'));
    empty.set('kind', 'test_result');
    const file = await problemOf(
      await api.request(`/patients/${annaId}/files`, { method: 'POST', body: empty, session: anna }),
    );
    expect(file.code).toBe('file.empty');
    expect(file.detail).toBe('The file is empty.');

    const long = await problemOf(
      await api.request(`/patients/${annaId}/requests`, {
        method: 'POST',
        session: anna,
        json: { kind: 'second_opinion', specialtyCode: 'x'.repeat(41), complaints: 'Головная боль' },
      }),
    );
    expect(long.code).toBe('validation.too_long');
    expect(long.params).toEqual({ field: 'specialtyCode', max: 40 });
    expect(long.errors?.[0]).toMatchObject({ path: 'specialtyCode', code: 'validation.too_long' });

    const uuid = await problemOf(await api.request('/patients/Иван/history', { session: anna }));
    expect(['validation.invalid_id', 'not_found']).toContain(uuid.code);

    const json = await problemOf(
      await api.request('/auth/login', {
        method: 'POST',
        body: '{"login":',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(json.code).toBe('http.malformed_json');

    const missing = await problemOf(
      await api.request('/auth/login', { method: 'POST', json: { login: 'a@b.c' } }),
    );
    expect(missing).toMatchObject({ code: 'validation.required', params: { field: 'password' } });

    const route = await problemOf(await api.request('/no/such/route'));
    expect(route.code).toBe('http.route_not_found');
  });

  it('and a stable type derived from the code, never about:blank', () => {
    expect(problemType('not_found')).toBe('urn:telemed:problem:not_found');
    expect(new Set(problemCodeList.map(problemType)).size).toBe(problemCodeList.length);
  });

  it('and each code has a Russian and an English text for the apps', () => {
    for (const code of problemCodeList) {
      const params = Object.fromEntries(problemCodes[code].map((name) => [name, 2]));
      expect(fieldProblemMessage({ code, params }, 'ru'), code).toMatch(/[а-яё]/i);
      expect(fieldProblemMessage({ code, params }, 'en'), code).toMatch(/[a-z]/i);
    }
  });
});
