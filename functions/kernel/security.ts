import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';
import { originOf } from './origin.ts';

/**
 * CSP: scripts only from our origin, never inline. Styles allow inline because styled-components injects
 * <style> elements at run time; that does not open script execution.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginResourcePolicy: 'same-origin',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Nothing in the request says it has a body: no content type, and no length or chunked encoding for one. */
function hasNoBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  return (
    c.req.header('content-type') === undefined &&
    c.req.header('transfer-encoding') === undefined &&
    (length === undefined || length === '0')
  );
}

/**
 * Cross-site request forgery: a state-changing request must, when a browser says where it came from, come
 * from our own origin, and a body must be JSON (an HTML form cannot send that without a CORS preflight we
 * never grant). A request with no body at all (an action such as booking, cancelling or signing out, as a
 * client generated from our OpenAPI document sends it) needs no content type. That opens nothing to a
 * forged form: a browser always sends a form's POST with a content type, even an empty one; what else a
 * foreign page can send without one (fetch, sendBeacon) carries its Origin, refused above. Even if such a
 * request brought bytes, no handler would read them: input is parsed only from application/json.
 */
export const requireJsonSameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin');
    const ours = originOf(c);
    if (origin !== undefined && origin !== ours) throw new AppError('origin_mismatch');
    if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site')
      throw new AppError('origin_mismatch');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json' && !hasNoBody(c)) throw new AppError('unsupported_media_type');
  }
  await next();
};
