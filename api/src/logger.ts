import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Keys whose values never reach a log line, at the top of a log object or up to two levels down: credentials,
 * and the free text of medical records (complaints, answers, notes, chat messages, imported readings).
 * `code` (a one-time or recovery code) is left alone inside `err`, where it is the SQLSTATE worth logging.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'password_hash',
  'token',
  'secret',
  'credential',
  'totpSecret',
  'recoveryCode',
  'recoveryCodes',
  'challenge',
  'cookie',
  'set-cookie',
  'authorization',
  'csrf',
  'csrfToken',
  'x-csrf-token',
];
const MEDICAL_TEXT_KEYS = [
  'complaintText',
  'complaints',
  'reason',
  'diagnosisGiven',
  'treatmentGiven',
  'purpose',
  'answer',
  'findings',
  'recommendations',
  'prescriptions',
  'note',
  'notes',
  'text',
  'body',
  'csv',
];
const REDACT_PATHS = [
  'code',
  ...[...SECRET_KEYS, ...MEDICAL_TEXT_KEYS].flatMap((key) => {
    const at = (prefix: string) =>
      /^\w+$/.test(key) ? `${prefix}${prefix ? '.' : ''}${key}` : `${prefix}["${key}"]`;
    return [at(''), at('*'), at('*.*')];
  }),
];

/** SQLSTATE: five digits or capital letters (Node's own error codes look like ECONNREFUSED). */
const SQL_STATE = /^[0-9A-Z]{5}$/;

/**
 * An error as it may be logged. Database errors carry the statement's parameter values, in drizzle's message
 * ("params: …"), in `params` (drizzle, PGlite) or `parameters` (postgres.js), and the offending value in
 * Postgres' `detail` ("Key (email)=(…) already exists") and in some messages (`invalid input syntax for type
 * uuid: "…"`). Only the type, the message without values, the SQLSTATE and the names of the table, column and
 * constraint are kept, down the `cause` chain; the stack keeps its frames under the cleaned message.
 */
export function serializeError(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object') return value;
  const error = value as Error & Record<string, unknown>;
  const type =
    error.constructor?.name && error.constructor.name !== 'Object' ? error.constructor.name : 'Error';
  const message = scrubMessage(typeof error.message === 'string' ? error.message : '');
  const out: Record<string, unknown> = { type, message };
  const code = error.code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (typeof code === 'string' && SQL_STATE.test(code)) {
    for (const [from, to] of [
      ['severity', 'severity'],
      ['schema_name', 'schema'],
      ['table_name', 'table'],
      ['column_name', 'column'],
      ['constraint_name', 'constraint'],
      ['routine', 'routine'],
      // PGlite's (pg-protocol's) names for the same fields
      ['schema', 'schema'],
      ['table', 'table'],
      ['column', 'column'],
      ['constraint', 'constraint'],
    ] as const) {
      if (typeof error[from] === 'string') out[to] = error[from];
    }
  }
  if (typeof error.status === 'number') out.status = error.status;
  if (typeof error.stack === 'string') {
    const frames = error.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = [`${type}: ${message}`, ...frames].join('\n');
  }
  if (error.cause !== undefined && depth < 5) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

function scrubMessage(message: string): string {
  return (
    message
      // drizzle: "Failed query: <sql>\nparams: <values>"
      .replace(/\nparams:[\s\S]*$/, '')
      // Postgres quotes the value it refused after a colon: `…for type uuid: "x"`, `…out of range: "x"`.
      .replace(/: "(?:[^"]|"")*"/g, ': "[redacted]"')
  );
}

/**
 * Where lines go unless a test says otherwise: standard output through a 4 KiB buffer, written when full and
 * at least every quarter second, and on exit (pino flushes its destination then). A write per line made the
 * log file's lock the busiest thing two api processes shared.
 */
const bufferedStdout = () => pino.destination({ dest: 1, minLength: 4096, periodicFlush: 250 });

export function createLogger(level: string, service: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination ?? bufferedStdout(),
  );
}

/** What a request's access line records; nothing else of a request ever goes into it. */
export interface AccessEntry {
  requestId: string;
  accountId: string | undefined;
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** Characters a JSON string must escape, which a request id, account id or method never holds. */
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;
const quoted = (text: string) => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);

/**
 * Writes one access line per request, the same JSON a pino `info` call would write (level, time, the logger's
 * bindings, the entry, msg "request"), straight to the logger's destination. Pino's generic serialisation of
 * an object was a fifth of a small request's cost; these fields are fixed and need no redaction, and the time
 * is formatted once per millisecond.
 */
export function accessLogWriter(logger: Logger): (entry: AccessEntry) => void {
  const stream = (logger as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym]!;
  const bindings = logger[pino.symbols.chindingsSym as unknown as keyof Logger] as unknown as string;
  const level = logger.levels.values.info;
  let millisecond = 0;
  let time = '';
  return (entry) => {
    if (!logger.isLevelEnabled('info')) return;
    const now = Date.now();
    if (now !== millisecond) time = new Date((millisecond = now)).toISOString();
    const account = entry.accountId === undefined ? '' : `,"accountId":${quoted(entry.accountId)}`;
    stream.write(
      `{"level":${level},"time":"${time}"${bindings},"requestId":${quoted(entry.requestId)}${account}` +
        `,"method":${quoted(entry.method)},"path":${quoted(entry.path)},"status":${entry.status},"ms":${entry.ms}` +
        `,"msg":"request"}\n`,
    );
  };
}
