import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';

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

/** The origin the browser must be on: the configured public one, or the one this request was made to. */
function expectedOrigin(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const { config } = c.var.deps;
  if (config.APP_ORIGIN) return new URL(config.APP_ORIGIN).origin;
  const url = new URL(c.req.url);
  const forwardedProto = config.TRUST_PROXY ? c.req.header('x-forwarded-proto') : undefined;
  const host = c.req.header('host') ?? url.host;
  return `${forwardedProto ?? url.protocol.replace(':', '')}://${host}`;
}

/**
 * Cross-site request forgery: a state-changing request must be JSON (an HTML form cannot send that without
 * a CORS preflight we never grant) and, when a browser says where it came from, come from our own origin.
 */
export const requireJsonSameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== expectedOrigin(c)) throw new AppError('origin_mismatch');
    if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site')
      throw new AppError('origin_mismatch');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') throw new AppError('unsupported_media_type');
  }
  await next();
};
