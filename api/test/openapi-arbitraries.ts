import fc from 'fast-check';

/**
 * fast-check arbitraries for the inputs of an OpenAPI 3.1 operation: values that conform to the operation's
 * JSON schemas, with hostile values mixed in at every level. Used by fuzz.test.ts.
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Characters that have broken a parser, a driver or a database somewhere: NUL, lone surrogates, controls, bidi. */
const HOSTILE_CHARS = [
  '\u0000',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\u0001',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\uffff',
];

/** Whole values that have: out-of-range dates, injection classics, numbers as text, prototype keys. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  'x\ud800y',
  '\udfff\ud800',
  '\r\n\t',
  '\u202eexe.pdf',
  '0000-01-01',
  '9999-12-31',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '2024-02-30',
  '1970-01-01T00:00:00+99:99',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  "'; drop table accounts; --",
  '<script>alert(1)</script>',
  'NaN',
  '1e309',
  '-0',
  '99999999999999999999999',
  'x'.repeat(10_000),
  'я'.repeat(100_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...HOSTILE_CHARS),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 12,
  }),
);

const hostileNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, 2 ** 63, -(2 ** 31) - 1, 1.5, -1, 0, 1e21);
const wrongShape = fc.constantFrom<unknown>(null, true, [], {}, [[[[[]]]]], { a: { b: { c: {} } } });

/** Anything but what the schema asks for. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, wrongShape);

/**
 * Percent-escapes that are not UTF-8 (a lone surrogate's bytes, an overlong NUL, a cut sequence) or that decode
 * to something awkward: sent as they are, since no string encodes to them.
 */
export const RAW_ESCAPES = ['%FF', '%', '%E0%A4%A', '%ED%A0%80', '%C0%80', '%00', '%2e%2e%2f', '%0d%0a'];

/** encodeURIComponent, except that lone surrogates go out as their (invalid) three UTF-8-style bytes. */
export function percentEncode(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    out +=
      char.length === 1 && unit >= 0xd800 && unit <= 0xdfff
        ? [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
            .map((b) => `%${b.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(char);
  }
  return out;
}

const DAY_MS = 86_400_000;
const schemaDate = fc.oneof(
  // Around today, where slots, appointments and readings are.
  {
    weight: 3,
    arbitrary: fc.integer({ min: -60, max: 60 }).map((days) => new Date(Date.now() + days * DAY_MS)),
  },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
  },
  // What `format: date` allows and a database or a Date may not: year 0, year 9999, the edges of Date.
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      new Date('0000-01-01T00:00:00Z'),
      new Date('0001-01-01T00:00:00Z'),
      new Date('9999-12-31T23:59:59Z'),
    ),
  },
);

/** Letters of a string a schema without a format accepts, with the odd control or bidi character among them. */
const schemaChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('а', 'ё', 'Я', ' ', ',', '-', '0', '9') },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
);

/**
 * What a plain `z.string()` lets through and a database or an encoder may not: put at the front of a third of
 * the strings, so that each run has a fair chance of carrying one to the handler.
 */
const nastyPrefix = fc.constantFrom('\u0000', '\ud800', '\udc00', 'x\u0000\udbff\u0007\u202e\u2066');

/** A multipart file part: a real PDF/PNG/JPEG signature or random bytes, under a plain or hostile name. */
const uploadedFile = fc
  .record({
    head: fc.constantFrom('%PDF-1.4\n', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff\xe0', ''),
    tail: fc.uint8Array({ maxLength: 512 }),
    name: fc.oneof(fc.constantFrom('result.pdf', 'scan.png', 'photo.jpg', 'noextension'), hostileString),
    type: fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'text/html', ''),
  })
  .map(({ head, tail, name, type }) => new File([Buffer.from(head, 'latin1'), tail], name, { type }));

export interface ArbitraryOptions {
  /** Existing ids to use for a uuid named `name` (path parameters are named after their path segment). */
  ids(name: string): string[];
}

/** Arbitraries for values of the document's schemas, conforming most of the time. */
export class SchemaArbitraries {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly options: ArbitraryOptions,
    /** Whether `value` mixes in values that break the schema; without, every input reaches the handler. */
    readonly hostile: boolean,
  ) {}

  /** A value for `schema`: conforming, or with `hostile` now and then anything but (at any depth). */
  value(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    if (!this.hostile) return this.conforming(schema, name, depth);
    return fc.oneof(
      { weight: 8, arbitrary: this.conforming(schema, name, depth) },
      { weight: 1, arbitrary: hostileValue },
    );
  }

  conforming(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    if (schema.$ref) return this.conforming(this.resolve(schema.$ref), name, depth);
    if (depth > 6) return fc.constant(null);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => this.conforming(s, name, depth + 1)));
    if (schema.allOf)
      return this.conforming(Object.assign({}, ...schema.allOf.map((s) => this.deref(s))), name, depth);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length > 1)
      return fc.oneof(...types.map((type) => this.conforming({ ...schema, type }, name, depth)));
    switch (types[0]) {
      case 'string':
        return this.string(schema, name);
      case 'integer': {
        const [min, max] = [lowerBound(schema, -1000), upperBound(schema, 1000)];
        return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
      }
      case 'number':
        return fc.double({
          min: lowerBound(schema, -1000),
          max: upperBound(schema, 1000),
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(this.value(schema.items ?? {}, singular(name), depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, Math.max(4, schema.minItems ?? 0)),
        });
      case 'object':
        return this.object(schema, depth);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private object(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const properties = schema.properties ?? {};
    const shape = Object.fromEntries(
      Object.entries(properties).map(([key, s]) => [key, this.value(s, key, depth + 1)]),
    );
    return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  }

  private string(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
    const examples = typeof schema.example === 'string' ? [fc.constant(schema.example)] : [];
    switch (schema.format) {
      case 'binary':
        return uploadedFile;
      case 'uuid': {
        const known = this.options.ids(name);
        return known.length
          ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() })
          : fc.uuid();
      }
      case 'date':
        return schemaDate.map((d) => d.toISOString().slice(0, 10));
      case 'date-time':
        return schemaDate.map((d) => d.toISOString());
      case 'email':
        return fc.emailAddress();
    }
    // A documented example is often the only plain value that passes (a list of known kinds, say).
    const example = examples.map((arbitrary) => ({ weight: 7, arbitrary }));
    if (schema.pattern) return fc.oneof(...example, fc.stringMatching(new RegExp(schema.pattern)));
    const [minLength, maxLength] = [schema.minLength ?? 0, schema.maxLength ?? 10_000];
    const plain = fc.string({
      unit: schemaChar,
      minLength,
      maxLength: Math.min(maxLength, Math.max(40, minLength)),
    });
    return fc.oneof(
      ...example,
      { weight: 4, arbitrary: plain },
      {
        weight: 2,
        arbitrary: fc.tuple(nastyPrefix, plain).map(([nasty, s]) => (nasty + s).slice(0, maxLength)),
      },
      { weight: 1, arbitrary: fc.constant('ю'.repeat(maxLength)) },
    );
  }

  private deref(schema: JsonSchema): JsonSchema {
    return schema.$ref ? this.deref(this.resolve(schema.$ref)) : schema;
  }

  private resolve(ref: string): JsonSchema {
    const name = ref.replace('#/components/schemas/', '');
    const schema = this.doc.components?.schemas?.[name];
    if (!schema) throw new Error(`unresolved $ref ${ref}`);
    return schema;
  }
}

const lowerBound = (s: JsonSchema, fallback: number) =>
  s.minimum ??
  (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : Math.min(fallback, s.maximum ?? fallback));
const upperBound = (s: JsonSchema, fallback: number) =>
  s.maximum ??
  (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Math.max(fallback, s.minimum ?? fallback));
const singular = (name: string) => name.replace(/Ids$/, 'Id');
