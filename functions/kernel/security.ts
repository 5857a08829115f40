import type { MiddlewareHandler } from 'hono';
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

/**
 * Cross-site request forgery: a state-changing request must be JSON (an HTML form cannot send that without
 * a CORS preflight we never grant) and, when a browser says where it came from, come from our own origin.
 */
export const requireJsonSameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin');
    const ours = originOf(c);
    if (origin !== undefined && origin !== ours) throw new AppError('origin_mismatch');
    if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site')
      throw new AppError('origin_mismatch');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') throw new AppError('unsupported_media_type');
  }
  await next();
};
