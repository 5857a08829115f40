import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, toProblem } from './app-error.ts';
import type { AppEnv, Deps } from './context.ts';
import { databaseUnavailableCause } from './database-unavailable.ts';
import { requireJsonSameOrigin, securityHeaders } from './security.ts';

/** How a runtime hands a request its dependencies: shared ones (Node) or per request (Workers). */
export type DepsProvider = (c: Context) => Promise<{ deps: Deps; release?: () => Promise<void> }>;

export type RuntimeOptions = {
  functions: Hono<AppEnv>[];
  provide: DepsProvider;
  clientIp: (c: Context) => string;
  log?: (line: Record<string, unknown>) => void;
};

/** Through the context, so that headers a handler already set (e.g. clearing cookies) go out too. */
export function problemResponse(c: Context, error: AppError): Response {
  const body = toProblem(error);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json',
    ...error.headers,
  });
}

/**
 * How soon a client may try again while the database is away: the pool reconnects within a quarter second
 * of it answering again (db/client.ts), so a few seconds cover a restart without inviting a stampede.
 */
const RETRY_AFTER_SECONDS = 5;

/** The largest request body any route takes. */
export const MAX_BODY_BYTES = 64 * 1024;

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400) return new AppError('invalid_json', error.message);
    if (error.status === 413) return new AppError('payload_too_large');
    if (error.status === 401) return new AppError('unauthenticated');
  }
  const unavailable = databaseUnavailableCause(error);
  if (unavailable) {
    return new AppError('service_unavailable', undefined, {
      cause: unavailable,
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
  }
  return new AppError('internal');
}

/**
 * The one place requests enter: security headers, CSRF rules, body limit, dependencies, and the mapping of
 * every error to application/problem+json. Each deployable (one function, or all of them locally) is this
 * wrapped around its function apps.
 */
export function createRuntime({ functions, provide, clientIp, log = console.error }: RuntimeOptions) {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    const scope = await provide(c);
    c.set('deps', scope.deps);
    c.set('clientIp', clientIp(c));
    try {
      await next();
    } finally {
      await scope.release?.();
    }
  });
  app.use('/api/*', requireJsonSameOrigin);
  const tooLarge = () => Promise.reject(new AppError('payload_too_large'));
  const limitBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  // Reads carry no body, and a body that declares its length ends there (as Hono's own check trusts): deciding
  // from the headers spares Node building a full Request, the largest cost of a cached exchange page and of a
  // POST without a body. Only a body sent in chunks is counted as it arrives.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return limitBody(c, next);
    return Number.parseInt(declared, 10) > MAX_BODY_BYTES ? tooLarge() : next();
  });
  for (const fn of functions) app.route('/', fn);
  app.all('/api/*', (c) =>
    problemResponse(c, new AppError('not_found', `No route ${c.req.method} ${c.req.path}`)),
  );
  app.onError((error, c) => {
    const appError = asAppError(error);
    // Unexpected errors are logged in full for operators; the client gets only the stable code.
    if (appError.code === 'internal') {
      log({
        level: 'error',
        msg: 'unhandled error',
        method: c.req.method,
        path: c.req.path,
        error: String(error),
        stack: (error as Error).stack,
      });
    }
    // An outage is logged with the driver's own words (refused, timed out, shutting down), which name the
    // host but never the URL's password nor the query's parameters.
    if (appError.code === 'service_unavailable') {
      log({
        level: 'error',
        msg: 'database unavailable',
        method: c.req.method,
        path: c.req.path,
        error: String(appError.cause),
      });
    }
    return problemResponse(c, appError);
  });
  return app;
}
