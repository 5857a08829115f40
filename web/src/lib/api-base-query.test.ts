import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiBaseQuery, sessionExpired } from './api-base-query.ts';

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

const unauthenticated: Reply = { status: 401, body: { status: 401, code: 'token_invalid' } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api base query', () => {
  it('refreshes once for requests that fail together, then retries each of them', async () => {
    let refreshed = false;
    const seen = stubServer({
      'GET /api/me': () => (refreshed ? { status: 200, body: { id: 'u1' } } : unauthenticated),
      'GET /api/professions': () => (refreshed ? { status: 200, body: { items: [] } } : unauthenticated),
      'POST /api/auth/refresh': () => {
        refreshed = true;
        return { status: 204 };
      },
    });
    const baseQuery = createApiBaseQuery({ baseUrl: 'http://mockstock.test/api' });
    const api = fakeApi();

    const [me, professions] = await Promise.all([
      baseQuery('/me', api, {}),
      baseQuery('/professions', api, {}),
    ]);

    expect(me.data).toEqual({ id: 'u1' });
    expect(professions.data).toEqual({ items: [] });
    expect(seen.filter((request) => request === 'POST /api/auth/refresh')).toHaveLength(1);
    expect(api.dispatch).not.toHaveBeenCalled();
  });

  it('reports the session expired when the refresh is refused', async () => {
    stubServer({
      'PATCH /api/me': () => unauthenticated,
      'POST /api/auth/refresh': () => ({ status: 401, body: { status: 401, code: 'refresh_invalid' } }),
    });
    const api = fakeApi();

    const result = await createApiBaseQuery({ baseUrl: 'http://mockstock.test/api' })(
      { url: '/me', method: 'PATCH', body: {} },
      api,
      {},
    );

    expect(result.error).toMatchObject({ status: 401, problem: { code: 'token_invalid' } });
    expect(api.dispatch).toHaveBeenCalledWith(sessionExpired());
  });

  it('answers null for a guest where guests are welcome', async () => {
    stubServer({
      'GET /api/me': () => unauthenticated,
      'POST /api/auth/refresh': () => ({ status: 401, body: { status: 401, code: 'refresh_invalid' } }),
    });
    const api = fakeApi();

    const result = await createApiBaseQuery({ baseUrl: 'http://mockstock.test/api' })('/me', api, {
      guestAllowed: true,
    });

    expect(result).toMatchObject({ data: null });
    expect(api.dispatch).not.toHaveBeenCalled();
  });

  it('does not refresh for wrong credentials and passes on the retry delay', async () => {
    const seen = stubServer({
      'POST /api/auth/login': (call) =>
        call === 1
          ? { status: 401, body: { status: 401, code: 'invalid_credentials' } }
          : { status: 429, body: { status: 429, code: 'rate_limited' }, headers: { 'Retry-After': '90' } },
    });
    const baseQuery = createApiBaseQuery({ baseUrl: 'http://mockstock.test/api' });
    const login = { url: '/auth/login', method: 'POST', body: { login: 'anna', password: 'wrong-password' } };

    const wrong = await baseQuery(login, fakeApi(), {});
    const limited = await baseQuery(login, fakeApi(), {});

    expect(wrong.error).toMatchObject({ status: 401, problem: { code: 'invalid_credentials' } });
    expect(limited.error).toMatchObject({ status: 429, retryAfterSeconds: 90 });
    expect(seen).toEqual(['POST /api/auth/login', 'POST /api/auth/login']);
  });
});
