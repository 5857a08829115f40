import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ACCESS_COOKIE } from '#contract/auth.ts';
import { SESSION_HINT_COOKIE } from '#contract/session-hint.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import type { IssuedTokens } from './sessions.ts';

export const REFRESH_COOKIE = 'ms_refresh';
// The refresh token travels only to the endpoints that use it.
const REFRESH_PATH = '/api/auth';

/** Secure cookies whenever the client reached us over HTTPS (directly or through the trusted proxy). */
function isHttps<E extends AppEnv>(c: Context<E>): boolean {
  const { config } = c.var.deps;
  if (config.APP_ORIGIN) return config.APP_ORIGIN.startsWith('https:');
  if (config.TRUST_PROXY && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookies<E extends AppEnv>(c: Context<E>, tokens: IssuedTokens): void {
  const { config } = c.var.deps;
  const secure = isHttps(c);
  setCookie(c, ACCESS_COOKIE, tokens.accessToken, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  setCookie(c, REFRESH_COOKIE, tokens.refreshToken, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: REFRESH_PATH,
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60,
  });
  setSessionHint(c, secure);
}

// Lives as long as the refresh token: while it is there, a refresh may bring the session back.
function setSessionHint<E extends AppEnv>(c: Context<E>, secure: boolean): void {
  setCookie(c, SESSION_HINT_COOKIE, '1', {
    secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: c.var.deps.config.REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60,
  });
}

/**
 * A request signed in without the hint (a session from before the hint existed) gets it, so that the web
 * app, which asks about a session only when the hint is there, does not take its member for a guest.
 */
export function ensureSessionHint<E extends AppEnv>(c: Context<E>): void {
  if (getCookie(c, SESSION_HINT_COOKIE) === undefined) setSessionHint(c, isHttps(c));
}

export function clearSessionCookies<E extends AppEnv>(c: Context<E>): void {
  const secure = isHttps(c);
  deleteCookie(c, ACCESS_COOKIE, { path: '/', secure });
  deleteCookie(c, REFRESH_COOKIE, { path: REFRESH_PATH, secure });
  deleteCookie(c, SESSION_HINT_COOKIE, { path: '/', secure });
}

export const readAccessCookie = (c: Context) => getCookie(c, ACCESS_COOKIE);
export const readRefreshCookie = (c: Context) => getCookie(c, REFRESH_COOKIE);
