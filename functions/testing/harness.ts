import type { DomainEvent } from '#contract/events.ts';
import { type ManualClock, manualClock } from '#functions/kernel/clock.ts';
import { parseEnv } from '#functions/kernel/env.ts';
import { createRuntime } from '#functions/kernel/runtime.ts';
import { type NodeDeps, openNodeDeps } from '#functions/platform/node-deps.ts';
import { httpFunctions } from '#functions/registry.ts';
import { createTestDatabase } from './pg.ts';

export const TEST_ORIGIN = 'http://mockstock.test';

/**
 * All functions over a fresh, migrated PostgreSQL database, with a clock the test moves. Requests go
 * through `app.request()`; `client()` keeps cookies like a browser on TEST_ORIGIN.
 */
export async function createHarness(
  options: {
    env?: Record<string, string>;
    start?: string;
    /** Where the runtime's log lines go (nowhere by default; the fuzzing keeps them for its messages). */
    log?: (line: Record<string, unknown>) => void;
  } = {},
) {
  const database = await createTestDatabase();
  const clock: ManualClock = manualClock(options.start ?? '2026-12-01T09:00:00Z');
  const config = parseEnv({
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    BCRYPT_COST: '10',
    APP_ORIGIN: TEST_ORIGIN,
    ...options.env,
  });
  const deps: NodeDeps = await openNodeDeps(config, clock);
  // Everything the functions publish, in order (the in-process bus delivers synchronously).
  const published: DomainEvent[] = [];
  deps.events.subscribe((event) => published.push(event));
  let ip = '203.0.113.10';
  const app = createRuntime({
    functions: Object.values(httpFunctions),
    provide: async () => ({ deps }),
    clientIp: () => ip,
    log: options.log ?? (() => {}),
  });
  return {
    app,
    deps,
    clock,
    database,
    published,
    /** The address the next requests come from (rate limits count per address). */
    setClientIp(next: string) {
      ip = next;
    },
    client: (options?: { autoRefresh?: boolean }) => createClient(app.request.bind(app), options),
    /** A raw request, for what the browser-like client would not send (foreign origins, forms). */
    request: async (path: string, init: RequestInit) => (await app.request(path, init)) as TestResponse,
    async close() {
      await deps.close();
      await database.drop();
    },
  };
}

type Fetch = (path: string, init?: RequestInit) => Response | Promise<Response>;

/** Tests read whatever the API answered and assert on it; the body is untyped on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: assertions, not the type checker, judge response bodies here
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/**
 * A browser-like client: JSON bodies, our Origin, and a cookie jar honouring Set-Cookie and deletion. With
 * `autoRefresh`, an expired access token is refreshed and the request retried once, as the web app does, so
 * tests can move the clock by hours without signing in again.
 */
export function createClient(fetch: Fetch, options: { autoRefresh?: boolean } = {}) {
  const jar = new Map<string, string>();
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${TEST_ORIGIN}${path}`, {
      method,
      headers: {
        origin: TEST_ORIGIN,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    if (options.autoRefresh && res.status === 401 && !path.startsWith('/api/auth/')) {
      const problem = (await res.clone().json()) as { code?: string };
      if (
        problem.code === 'token_invalid' &&
        (await request('POST', '/api/auth/refresh', {})).status === 204
      ) {
        return request(method, path, body, headers);
      }
    }
    return res as TestResponse;
  };
  return {
    jar,
    request,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>) =>
      request('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('PATCH', path, body, headers),
  };
}

export type Client = ReturnType<typeof createClient>;
