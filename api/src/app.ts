import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { cors } from 'hono/cors';
import { authenticate, CSRF_HEADER } from './auth/middleware.js';
import { isDataException } from './db/errors.js';
import { accessLogRoutes } from './domains/access-log/routes.js';
import { accountDeletionRoutes } from './domains/account-deletion/routes.js';
import { accountRoutes } from './domains/accounts/routes.js';
import { adminRoutes } from './domains/admin/routes.js';
import { passwordResetRoutes } from './domains/accounts/password-reset-routes.js';
import { secondFactorRoutes } from './domains/accounts/second-factor/routes.js';
import { anamnesisRoutes } from './domains/anamnesis/routes.js';
import { appointmentRoutes } from './domains/appointments/routes.js';
import { bookingRoutes } from './domains/booking/routes.js';
import { urgentQueueRoutes } from './domains/urgent-queue/routes.js';
import { checkupRoutes } from './domains/checkups/routes.js';
import { catalogueRoutes } from './domains/catalogue/routes.js';
import { clinicRoutes } from './domains/clinics/routes.js';
import { conclusionRoutes } from './domains/conclusions/routes.js';
import { consentRoutes } from './domains/consents/routes.js';
import { consultationRoutes } from './domains/consultations/routes.js';
import { callFallbackRoutes } from './domains/consultations/fallback-routes.js';
import { guestRoutes } from './domains/consultations/guest-routes.js';
import { fileRoutes } from './domains/files/routes.js';
import { historyRoutes } from './domains/history/routes.js';
import { labRoutes } from './domains/labs/routes.js';
import { medcardRoutes } from './domains/medcard/routes.js';
import { monitoringRoutes } from './domains/monitoring/routes.js';
import { escalationRoutes } from './domains/monitoring/escalation-routes.js';
import { titrationRoutes } from './domains/monitoring/titration/routes.js';
import { deviceImportRoutes } from './domains/monitoring/devices/routes.js';
import { populationRoutes } from './domains/monitoring/population/routes.js';
import { outreachRoutes } from './domains/monitoring/outreach/routes.js';
import { notificationRoutes } from './domains/notifications/routes.js';
import { patientRoutes } from './domains/patients/routes.js';
import { childRoutes } from './domains/patients/children-routes.js';
import { paymentRoutes } from './domains/payments/routes.js';
import { policyRoutes } from './domains/policies/routes.js';
import { ratingRoutes } from './domains/ratings/routes.js';
import { requestRoutes } from './domains/requests/routes.js';
import { guaranteeLetterRoutes } from './domains/guarantee-letters/routes.js';
import { staffSearchRoutes } from './domains/staff-search/routes.js';
import { renderApiReference } from './http/api-reference.js';
import type { AppEnv, Deps } from './http/context.js';
import { healthRoutes } from './http/health.js';
import { ProblemError, problemResponse, toProblem } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { addResponseHeaders, DOCUMENT_HEADERS, requestIdOf } from './http/response-headers.js';
import { rejectUnsafeText } from './http/unsafe-text.js';
import { jobsRecorded } from './jobs/outbox.js';
import { nudgeRelay } from './jobs/relay.js';
import { accessLogWriter, type Logger } from './logger.js';

const openApiInfo = {
  title: 'Telemed API',
  version: '0.1.0',
  description:
    'Telemedicine platform: accounts, patients, booking, urgent queue, consultations, notifications.',
};

/** GET routes answered with an ETag (and 304 to a matching If-None-Match). */
export const REVALIDATED_PATHS = [
  '/catalogue/*',
  '/specialties',
  '/triage/vocabulary',
  '/triage/complaints',
] as const;

/** Builds the HTTP app: cross-cutting middleware, then one router per domain. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();

  const logAccess = accessLogWriter(deps.logger);
  // Around every request, in one middleware (each costs a promise): its id, deps and logger before; after,
  // its jobs handed to bull (jobs/relay.ts), its headers and access line.
  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c);
    c.set('requestId', requestId);
    c.set('deps', deps);
    c.set('log', requestLogger(deps.logger, c));
    const jobsBefore = jobsRecorded();
    await next();
    if (jobsRecorded() !== jobsBefore) await nudgeRelay(c);
    addResponseHeaders(c, requestId);
    logAccess({
      requestId,
      accountId: c.get('actor')?.accountId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  const corsHeaders = cors({
    origin: deps.config.WEB_ORIGINS,
    credentials: true,
    allowHeaders: ['content-type', CSRF_HEADER],
    exposeHeaders: ['x-request-id', 'retry-after'],
  });
  // Uploads (multipart) may be large; every other body stays small.
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ProblemError(413, `The request body is larger than ${Math.round(maxSize / 1024)} KiB.`, {
          code: 'http.body_too_large',
        });
      },
    });
  const jsonLimit = limit(deps.config.MAX_BODY_BYTES);
  const uploadLimit = limit(deps.config.MAX_UPLOAD_BYTES + 64 * 1024);
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
    // Node's adapter gives GET and HEAD no body; asking for one would build a whole fetch Request.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (c.req.header('content-type') ?? '').startsWith('multipart/form-data')
      ? uploadLimit(c, next)
      : jsonLimit(c, next);
  };
  // Browsers send Origin with every cross-origin request; our BFFs call server-side without one. CORS headers
  // mean nothing to those, and setting them before the route answers makes Hono copy the answer into a
  // streamed fetch Response (the costliest part of a small request), so only requests with an Origin get them
  // (the others get Vary: Origin from addResponseHeaders). One middleware for both: each costs a promise.
  app.use((c, next) =>
    c.req.method === 'OPTIONS' || c.req.header('origin') !== undefined
      ? corsHeaders(c, async () => void (await limitBody(c, next)))
      : limitBody(c, next),
  );
  // The limiter keys signed-in requests by account, so it runs once the session is known.
  app.use(authenticate, rateLimit);
  app.use(rejectUnsafeText);
  // Catalogues and the triage vocabulary change only with a release: clients keep them and revalidate with
  // If-None-Match, answered 304 without the body (the route still runs, so its access rules hold).
  const revalidate = etag({ weak: true });
  const revalidated: MiddlewareHandler<AppEnv> = async (c, next) => {
    await revalidate(c, next);
    if (c.res.status === 200 || c.res.status === 304) c.res.headers.set('cache-control', 'private, no-cache');
  };
  for (const path of REVALIDATED_PATHS) app.use(path, revalidated);

  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError(404, `No route for ${c.req.method} ${c.req.path}.`, { code: 'http.route_not_found' }),
    ),
  );
  app.onError((error, c) => {
    const problem = toProblem(error);
    // Input the schemas should have refused: answered 400, but worth a look.
    if (isDataException(error))
      c.get('log')?.warn({ err: error }, 'the database refused a value from the request');
    if (problem) return problemResponse(c, problem);
    c.get('log')?.error({ err: error }, 'unhandled error');
    return problemResponse(
      c,
      new ProblemError(500, 'Something went wrong on our side; it has been logged.', {
        code: 'http.server_error',
      }),
    );
  });

  const routes = app
    .route('/', healthRoutes)
    .route('/', accountRoutes)
    .route('/', secondFactorRoutes)
    .route('/', passwordResetRoutes)
    .route('/', patientRoutes)
    .route('/', childRoutes)
    .route('/', policyRoutes)
    .route('/', paymentRoutes)
    .route('/', staffSearchRoutes)
    .route('/', appointmentRoutes)
    .route('/', bookingRoutes)
    .route('/', urgentQueueRoutes)
    .route('/', consentRoutes)
    .route('/', checkupRoutes)
    .route('/', consultationRoutes)
    .route('/', callFallbackRoutes)
    .route('/', guestRoutes)
    .route('/', fileRoutes)
    .route('/', conclusionRoutes)
    .route('/', requestRoutes)
    .route('/', guaranteeLetterRoutes)
    .route('/', anamnesisRoutes)
    .route('/', notificationRoutes)
    .route('/', monitoringRoutes)
    .route('/', escalationRoutes)
    .route('/', titrationRoutes)
    .route('/', deviceImportRoutes)
    .route('/', populationRoutes)
    .route('/', outreachRoutes)
    .route('/', historyRoutes)
    .route('/', labRoutes)
    .route('/', medcardRoutes)
    .route('/', catalogueRoutes)
    .route('/', clinicRoutes)
    .route('/', adminRoutes)
    .route('/', ratingRoutes)
    .route('/', accessLogRoutes)
    .route('/', accountDeletionRoutes);

  app.doc31('/openapi.json', { openapi: '3.1.0', info: openApiInfo });
  app.get('/docs', (c) =>
    c.html(
      renderApiReference(app.getOpenAPI31Document({ openapi: '3.1.0', info: openApiInfo })),
      200,
      DOCUMENT_HEADERS,
    ),
  );

  return routes;
}

export type AppType = ReturnType<typeof createApp>;

/**
 * The request's logger (`c.get('log')`): a pino child carrying the request id and, once known, the account, made
 * only when the request logs something besides its access line (most never do; a child costs a serialisation).
 */
interface LazyLog {
  parent: Logger;
  c: Context<AppEnv>;
  child?: Logger;
}

const lazyLogHandler: ProxyHandler<LazyLog> = {
  get(target, key) {
    const logger = (target.child ??= target.parent.child({
      requestId: target.c.get('requestId'),
      accountId: target.c.get('actor')?.accountId,
    }));
    const value = Reflect.get(logger, key, logger) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(logger) : value;
  },
};

function requestLogger(parent: Logger, c: Context<AppEnv>): Logger {
  return new Proxy({ parent, c }, lazyLogHandler) as unknown as Logger;
}
