import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { buildLambdaFunctions } from '#scripts/build-functions.ts';

const ORIGIN = 'https://mockstock.example';
const REDIS_URL = 'redis://127.0.0.1:6379';
// Login counters live in the shared Redis for 15 minutes: each run signs in as someone new and cleans up.
const LOGIN = `lambda.${randomUUID().slice(0, 8)}`;
const ADDRESSES = ['198.51.100.21', '198.51.100.22'];
// Keys and the events channel of this run's own on the shared Redis.
const PREFIX = `lambda-test-${randomUUID().slice(0, 8)}`;

/** What API Gateway (HTTP API, payload 2.0) hands a function for one request. */
function httpApiEvent(
  method: string,
  path: string,
  options: { body?: unknown; cookies?: string[]; sourceIp?: string } = {},
) {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    cookies: options.cookies,
    headers: {
      host: 'mockstock.example',
      origin: ORIGIN,
      'user-agent': 'lambda-test',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    requestContext: {
      domainName: 'mockstock.example',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: options.sourceIp ?? '198.51.100.20',
        userAgent: 'lambda-test',
      },
    },
    body: options.body === undefined ? null : JSON.stringify(options.body),
    isBase64Encoded: false,
  };
}

const ZResult = z.object({
  statusCode: z.number(),
  headers: z.record(z.string(), z.string()),
  cookies: z.array(z.string()).optional(),
  body: z.string(),
});
const ZBundle = z.object({
  handler: z.custom<(event: unknown, context: unknown) => Promise<unknown>>(
    (value) => typeof value === 'function',
  ),
});

// The bundles as deployed (esbuild output, not the sources), invoked the way Lambda invokes them.
describe('a function built for Lambda', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let outDir: string;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  const invoke = async (name: string, event: ReturnType<typeof httpApiEvent>) => {
    const bundle = ZBundle.parse(await import(pathToFileURL(join(outDir, name, 'index.mjs')).href));
    return ZResult.parse(await bundle.handler(event, {}));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    outDir = await mkdtemp(join(tmpdir(), 'mockstock-lambda-'));
    await buildLambdaFunctions(outDir);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await redis.del(
      `${PREFIX}:login:login:${LOGIN}`,
      ...ADDRESSES.flatMap((ip) => [`${PREFIX}:login:ip:${ip}`, `${PREFIX}:login:loginAndIp:${LOGIN}|${ip}`]),
    );
    redis.disconnect();
    await sql?.end();
    await database?.drop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('refuses to run without its database and secret, saying what is missing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('JWT_SECRET', '');
    const result = await invoke('me-get-me', httpApiEvent('GET', '/api/me'));
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'internal' });
    const logged = log.mock.calls.map(([line]) => String(line)).join('\n');
    expect(logged).toContain('JWT_SECRET: required on Lambda and Workers');
    expect(logged).toContain('DATABASE_URL: required on Lambda and Workers');
    log.mockRestore();
  });

  it('registers through one bundle and reads the account through another', async () => {
    vi.stubEnv('DATABASE_URL', database.url);
    vi.stubEnv('JWT_SECRET', 'lambda-secret-lambda-secret-lambda-0123');
    vi.stubEnv('APP_ORIGIN', ORIGIN);
    vi.stubEnv('BCRYPT_COST', '10');
    vi.stubEnv('REDIS_URL', REDIS_URL);
    vi.stubEnv('REDIS_PREFIX', PREFIX);

    const registered = await invoke(
      'auth-register',
      httpApiEvent('POST', '/api/auth/register', {
        body: { login: LOGIN, password: 'lambda correct horse 7', displayName: 'Lena' },
      }),
    );
    expect(registered.statusCode).toBe(201);
    const [user] = await sql`select id from users where login = ${LOGIN}`;
    expect(user).toBeDefined();

    const cookies = (registered.cookies ?? []).map((line) => line.split(';')[0] ?? '');
    expect(cookies.some((cookie) => cookie.startsWith('ms_access='))).toBe(true);
    const me = await invoke('me-get-me', httpApiEvent('GET', '/api/me', { cookies }));
    expect(me.statusCode).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ id: user?.id, login: LOGIN });
  });

  it('counts failed sign-ins in Redis per caller address from the API Gateway request context', async () => {
    const [first = '', second = ''] = ADDRESSES;
    const attempt = (sourceIp: string) =>
      invoke(
        'auth-login',
        httpApiEvent('POST', '/api/auth/login', {
          body: { login: LOGIN, password: 'wrong password 1' },
          sourceIp,
        }),
      );
    for (let failure = 0; failure < 5; failure += 1) expect((await attempt(first)).statusCode).toBe(401);
    expect((await attempt(first)).statusCode).toBe(429);
    expect((await attempt(second)).statusCode).toBe(401);
    // Shared with every other instance of the function, not kept in this one's memory.
    expect(await redis.get(`${PREFIX}:login:loginAndIp:${LOGIN}|${first}`)).toBe('5');
  });

  it('runs a scheduled function from its schedule event: an unbooked slot past its start expires, once', async () => {
    const [user] = await sql`select id from users where login = ${LOGIN}`;
    const [profession] = await sql`select id from professions limit 1`;
    const [slot] =
      await sql`insert into slots (interviewer_id, profession_id, starts_at, ends_at, duration_minutes, meeting_url)
      values (${user?.id}, ${profession?.id}, now() - interval '2 hours', now() - interval '1 hour', 60, 'https://meet.example.com/x')
      returning id`;
    const scheduled = z
      .object({
        handler: z.custom<(event: unknown, context: unknown) => Promise<unknown>>(
          (v) => typeof v === 'function',
        ),
      })
      .parse(await import(pathToFileURL(join(outDir, 'scheduled-expire-slots', 'index.mjs')).href));
    const event = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };
    expect(await scheduled.handler(event, {})).toEqual({ affected: 1 });
    expect(await scheduled.handler(event, {})).toEqual({ affected: 0 });
    const [row] = await sql`select status from slots where id = ${slot?.id}`;
    expect(row?.status).toBe('expired');
  });
});
