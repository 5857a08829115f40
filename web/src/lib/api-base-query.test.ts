import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ErrorCode, errorCodes } from '#contract/errors.ts';
import { createApiBaseQuery, createSession, sessionEnded, sessionExpired } from './api-base-query.ts';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A fake server: answers by "METHOD /path" and records every request it saw. */
function stubServer(routes: Record<string, (call: number) => Reply>) {
  const seen: string[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    seen.push(key);
    const route = routes[key];
    if (!route) throw new Error(`unexpected request ${key}`);
    const { status, body, headers = {} } = route(seen.filter((k) => k === key).length);
    // Let parallel requests overlap, as they do over a network.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  });
  return seen;
}

function fakeApi(): BaseQueryApi {
  return {
    signal: new AbortController().signal,
    abort: () => {},
    dispatch: vi.fn(),
    getState: () => ({}),
    extra: undefined,
    endpoint: 'test',
    type: 'query',
  };
}

/** The server's application/problem+json answer for a code. */
function problemReply(code: ErrorCode, headers?: Record<string, string>): Reply {
  const { status, title } = errorCodes[code];
  return {
    status,
    body: { type: `urn:mockstock:problem:${code}`, title, status, code, detail: title },
    headers,
  };
}

const unauthenticated = problemReply('token_invalid');
const refused = problemReply('refresh_invalid');

const BASE_URL = 'http://mockstock.test/api';

function setup() {
  const session = createSession({ baseUrl: BASE_URL });
  return { session, baseQuery: createApiBaseQuery({ baseUrl: BASE_URL, refreshSession: session.refresh }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api base query', () => {
  it('refreshes once for everything that fails together (the live connection too), then retries', async () => {
    let refreshed = false;
    const seen = stubServer({
      'GET /api/me': () => (refreshed ? { status: 200, body: { id: 'u1' } } : unauthenticated),
      'GET /api/professions': () => (refreshed ? { status: 200, body: { items: [] } } : unauthenticated),
      'POST /api/auth/refresh': () => {
        refreshed = true;
        return { status: 204 };
      },
    });
    const { baseQuery, session } = setup();
    const onRefreshed = vi.fn();
    session.onRefreshed(onRefreshed);
    const api = fakeApi();

    const [me, professions, socketRefresh] = await Promise.all([
      baseQuery('/me', api, {}),
      baseQuery('/professions', api, {}),
      // The relay refused the socket's expired token at the same moment.
      session.refresh(),
    ]);

    expect(me.data).toEqual({ id: 'u1' });
    expect(professions.data).toEqual({ items: [] });
    expect(socketRefresh).toBe(true);
    expect(seen.filter((request) => request === 'POST /api/auth/refresh')).toHaveLength(1);
    expect(onRefreshed).toHaveBeenCalledTimes(1);
    expect(api.dispatch).not.toHaveBeenCalled();
  });

  it('reports the session expired when the refresh is refused and the retry is still refused', async () => {
    const seen = stubServer({
      'PATCH /api/me': () => unauthenticated,
      'POST /api/auth/refresh': () => refused,
    });
    const api = fakeApi();

    const result = await setup().baseQuery({ url: '/me', method: 'PATCH', body: {} }, api, {});

    expect(result.error).toMatchObject({ status: 401, problem: { code: 'token_invalid' } });
    expect(seen).toEqual(['PATCH /api/me', 'POST /api/auth/refresh', 'PATCH /api/me']);
    expect(api.dispatch).toHaveBeenCalledWith(sessionExpired());
  });

  it('answers a public request as for a guest when the refresh is refused, without the login page', async () => {
    // The refused refresh clears the cookies: the retry carries no token and the exchange answers a guest.
    let cookiesCleared = false;
    const seen = stubServer({
      'GET /api/slots': () =>
        cookiesCleared ? { status: 200, body: { items: [], total: 0 } } : unauthenticated,
      'POST /api/auth/refresh': () => {
        cookiesCleared = true;
        return refused;
      },
    });
    const api = fakeApi();

    const result = await setup().baseQuery({ url: '/slots', params: { professions: 'all' } }, api, {});

    expect(result.data).toEqual({ items: [], total: 0 });
    expect(seen).toEqual(['GET /api/slots', 'POST /api/auth/refresh', 'GET /api/slots']);
    expect(api.dispatch).toHaveBeenCalledWith(sessionEnded());
    expect(api.dispatch).not.toHaveBeenCalledWith(sessionExpired());
  });

  it('signs the viewer out where they are when a background read finds the session gone', async () => {
    stubServer({
      'GET /api/me/notifications': () => unauthenticated,
      'POST /api/auth/refresh': () => refused,
    });
    const api = fakeApi();

    const result = await setup().baseQuery('/me/notifications', api, { background: true });

    expect(result.error).toMatchObject({ status: 401 });
    expect(api.dispatch).toHaveBeenCalledWith(sessionEnded());
    expect(api.dispatch).not.toHaveBeenCalledWith(sessionExpired());
  });

  it('answers null for a guest where guests are welcome', async () => {
    stubServer({
      'GET /api/me': () => unauthenticated,
      'POST /api/auth/refresh': () => refused,
    });
    const api = fakeApi();

    const result = await setup().baseQuery('/me', api, { guestAllowed: true });

    expect(result).toMatchObject({ data: null });
    expect(api.dispatch).not.toHaveBeenCalled();
  });

  it('does not refresh for wrong credentials and passes on the retry delay', async () => {
    const seen = stubServer({
      'POST /api/auth/login': (call) =>
        call === 1
          ? problemReply('invalid_credentials')
          : problemReply('rate_limited', { 'Retry-After': '90' }),
    });
    const { baseQuery } = setup();
    const login = { url: '/auth/login', method: 'POST', body: { login: 'anna', password: 'wrong-password' } };

    const wrong = await baseQuery(login, fakeApi(), {});
    const limited = await baseQuery(login, fakeApi(), {});

    expect(wrong.error).toMatchObject({ status: 401, problem: { code: 'invalid_credentials' } });
    expect(limited.error).toMatchObject({ status: 429, retryAfterSeconds: 90 });
    expect(seen).toEqual(['POST /api/auth/login', 'POST /api/auth/login']);
  });

  it('passes on no problem when the answer is not one (a proxy in between failed)', async () => {
    stubServer({ 'GET /api/slots': () => ({ status: 502, body: { message: 'Bad Gateway' } }) });

    const result = await setup().baseQuery('/slots', fakeApi(), {});

    expect(result.error).toEqual({ status: 502, problem: null, retryAfterSeconds: null });
  });
});
