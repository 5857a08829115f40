import { Worker } from 'node:worker_threads';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_COOKIE } from '#contract/auth.ts';
import { type ErrorCode, errorCodes, ZProblem } from '#contract/errors.ts';
import { rowsOf } from '#db/client.ts';
import { credentials, users } from '#db/schema/index.ts';
import { REFRESH_COOKIE } from '#functions/auth/cookies.ts';
import { hashPassword } from '#functions/auth/passwords.ts';
import { sessionStatus, startSession } from '#functions/auth/sessions.ts';
import { signAccessToken, verifyAccessToken } from '#functions/auth/tokens.ts';
import { buildOpenApiDocument } from '#functions/docs/openapi-document.ts';
import { encodeCursor } from '#functions/kernel/cursor.ts';
import type { Access } from '#functions/kernel/route.ts';
import { MAX_BODY_BYTES } from '#functions/kernel/runtime.ts';
import { httpFunctions } from '#functions/registry.ts';
import {
  createAdmin,
  createUser,
  professionIds,
  publish,
  type TestUser,
  tick,
} from '#functions/testing/fixtures.ts';
import { type Client, createClient, createHarness, TEST_ORIGIN } from '#functions/testing/harness.ts';
import {
  bodyText,
  edgeCases,
  type FuzzRequest,
  type Hints,
  JSON_TYPE,
  type Operation,
  operationsOf,
  requestsFor,
} from '#functions/testing/openapi-arbitraries.ts';

/**
 * Property-based fuzzing of every operation the OpenAPI document describes (issue 10). Each is called at
 * least RUNS times against a small but real world on PostgreSQL: first every parameter and body field meets
 * each of its sharp values (NUL, lone surrogates, bounds, instants PostgreSQL cannot hold, broken UUIDs,
 * crafted cursors), then random requests from its schemas, a little over half valid, from a guest, a member,
 * an interviewer or an admin as its access says, and from whom it is not for (admin routes from a member).
 * Whatever comes in: never a 5xx; a refusal is problem+json with a code of its status, one the document
 * gives the operation, the one the door or the access guard owes when they refuse, and it leaves every table
 * as it was; a success is one the document names. fast-check prints the seed and the failing request; the
 * answer and the server's error log are in the assertion's message.
 */

const RUNS = 100;
// A request answers in milliseconds, bcrypt's included; these bounds only tell a hang from an answer.
const ANSWER_WITHIN_MS = 15_000;
const WATCHDOG_DEADLINE_MS = 30_000;
const WATCHDOG_RSS_BYTES = 1.5 * 2 ** 30;
const START = new Date('2026-12-01T09:00:00Z');
const HOUR = 3600_000;
// The fuzzing happens at one instant, six hours in: some interviews are over (feedback, reports), one is
// about to start (check-in), others are days ahead (booking, cancelling). The clock never moves meanwhile,
// so access tokens stay valid and time-dependent rules hold still.
const FUZZ_AT = new Date(START.getTime() + 6 * HOUR);

const document = await buildOpenApiDocument(httpFunctions);
const operations = operationsOf(document);

let h: Awaited<ReturnType<typeof createHarness>>;
/** What the server logged for the request under way (the runtime logs an unexpected error in full; the harness hands its lines here). */
const serverLog: Record<string, unknown>[] = [];
let clientIp = '203.0.113.1';
let omitOrigin = false;

/** How the clients reach the app; a request may go without the Origin header the client always adds. */
const send = (path: string, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  if (omitOrigin) headers.delete('origin');
  return h.app.request(path, { ...init, headers });
};

type PersonName = 'member' | 'interviewer' | 'admin';
type Person = {
  id: string;
  login: string;
  role: 'user' | 'admin';
  client: Client;
  /** When this person was last found as they should be: the world's change count and their access token. */
  checked?: { changes: number; token: string | undefined };
};
const people = {} as Record<PersonName, Person>;

/** What the world holds, refreshed before each operation and grown by what successful answers hand out. */
const pools = {
  ids: {} as Record<string, string[]>,
  /** The ids of what each person takes part in: their slots, bookings, notifications. */
  theirs: {} as Partial<Record<PersonName, Record<string, string[]>>>,
  logins: [] as string[],
  slugs: [] as string[],
  /** Logins with their password as it is now, and every password ever set. */
  credentials: new Map<string, string>(),
  passwords: [] as string[],
  cursors: [] as string[],
  feedFiles: [] as string[],
  /** Cookies a stranger may present: tokens of ended sessions, spent refresh tokens, forgeries. */
  strangers: [] as Record<string, string>[],
};

beforeAll(async () => {
  h = await createHarness({ start: START.toISOString(), log: (line) => serverLog.push(line) });
  await buildWorld();
  await createDigestFunction();
}, 120_000);
afterAll(async () => {
  await watchdog.terminate();
  await h?.close();
});

/**
 * The functions run in this thread: a request caught in a synchronous loop blocks it for good, and no
 * timeout here can fire (it did: a dashboard range ending in 9999 loops until the heap is exhausted, which
 * took minutes and gigabytes). A worker thread watches instead: past its deadline, or past a memory bound no
 * request comes near, it writes what was being asked on the process's stderr (straight to the descriptor:
 * this thread's streams go through the blocked one) and kills this test process (vitest's default `forks`
 * pool runs each file in a child process of its own), which vitest reports as a failure. Its code is a
 * string because it runs outside vitest's transform.
 */
const watchdog = new Worker(
  `const { parentPort } = require('node:worker_threads');
  const { writeSync } = require('node:fs');
  let watched = { deadline: Infinity, what: '' };
  parentPort.on('message', (message) => { watched = message; });
  setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (Date.now() > watched.deadline || rss > ${WATCHDOG_RSS_BYTES}) {
      writeSync(2, '\\nThe API fuzzing killed its own process: no answer in time, or ' + Math.round(rss / 2 ** 20) +
        ' MiB of memory, while fuzzing\\n' + watched.what + '\\n');
      process.kill(process.pid, 'SIGKILL');
    }
  }, 250).unref();`,
  { eval: true },
);
watchdog.unref();

/**
 * A small world, so that ids exist and the digest stays cheap: a member, an interviewer, a candidate, an
 * admin and a blocked user; interviews over (with a review and a pending no-show report), one starting in
 * five minutes, booked and open slots ahead, a cancelled one, notifications, an audit entry, a calendar feed.
 */
async function buildWorld() {
  const [profession = ''] = await professionIds(h);
  const admin = await createAdmin(h, { login: 'fuzz-admin', balance: 5 });
  const member = await createUser(h, { login: 'fuzz-member', balance: 5 });
  const interviewer = await createUser(h, { login: 'fuzz-interviewer', balance: 5 });
  const candidate = await createUser(h, { login: 'fuzz-candidate', balance: 5 });
  const outsider = await createUser(h, { login: 'fuzz-outsider' });
  // As if they had signed up: a password each, which the fuzzing may send to sign in or change it.
  for (const user of [admin, member, interviewer]) {
    const password = `${user.login} secret 42`;
    const passwordHash = await hashPassword(password, h.deps.config.BCRYPT_COST);
    await h.deps.db.insert(credentials).values({ userId: user.id, passwordHash });
    remember(user.login, password);
  }

  const book = async (user: TestUser, slotId: string) => {
    const res = await user.client.post(`/api/slots/${slotId}/booking`);
    if (res.status !== 201) throw new Error(`booking refused: ${res.status} ${await res.text()}`);
  };
  const reported = await publish(h, interviewer, profession, 1, { durationMinutes: 30 });
  await book(candidate, reported);
  const reviewed = await publish(h, interviewer, profession, 2);
  await book(member, reviewed);
  const assessed = await publish(h, member, profession, 3.5);
  await book(candidate, assessed);
  const startingSoon = await publish(h, interviewer, profession, 6 + 5 / 60);
  await book(member, startingSoon);
  await book(candidate, await publish(h, interviewer, profession, 6 + 24));
  await book(member, await publish(h, interviewer, profession, 6 + 48));
  await publish(h, interviewer, profession, 6 + 72);
  await publish(h, candidate, profession, 6 + 96);
  await publish(h, member, profession, 6 + 120);
  const cancelled = await publish(h, interviewer, profession, 6 + 144);
  await expectStatus(interviewer.client.post(`/api/slots/${cancelled}/cancel`), 200);

  h.clock.set(FUZZ_AT);
  await tick(h);
  await expectStatus(
    member.client.post(`/api/slots/${reviewed}/review`, { rating: 4, comment: 'Полезно' }),
    201,
  );
  await expectStatus(
    interviewer.client.post(`/api/slots/${reported}/no-show-report`, { comment: 'Кандидат не пришёл' }),
    201,
  );
  await expectStatus(admin.client.post(`/api/admin/users/${outsider.id}/block`, { reason: 'Спам' }), 200);
  const feed = await expectStatus(member.client.post('/api/me/calendar-feed'), 201);
  learn('POST /api/me/calendar-feed', await feed.json(), undefined, member.login);
  const registration = { login: 'fuzz-registered', password: 'registered secret 42', displayName: 'R' };
  await expectStatus(h.client().post('/api/auth/register', registration), 201);
  remember(registration.login, registration.password);

  for (const [name, user, role] of [
    ['member', member, 'user'],
    ['interviewer', interviewer, 'user'],
    ['admin', admin, 'admin'],
  ] as const) {
    people[name] = { id: user.id, login: user.login, role, client: createClient(send) };
    await signIn(people[name]);
  }
  const forged = (secret: string, now: Date) =>
    signAccessToken({ userId: member.id, sessionId: member.id }, { secret, now, ttlSeconds: 900 });
  pools.strangers.unshift(
    { [ACCESS_COOKIE]: 'garbage' },
    { [ACCESS_COOKIE]: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    { [ACCESS_COOKIE]: await forged('another-secret-another-secret-another', FUZZ_AT) },
    { [ACCESS_COOKIE]: await forged(h.deps.config.JWT_SECRET, new Date(START.getTime() - 24 * HOUR)) },
    { [REFRESH_COOKIE]: 'garbage' },
  );
}

/** How many of the strangers' cookies are forged (the first ones). */
const FORGED = 5;

async function expectStatus(response: Promise<Response>, status: number): Promise<Response> {
  const res = await response;
  if (res.status !== status) throw new Error(`world building: ${res.status} ${await res.text()}`);
  return res;
}

/** A fresh session for a person, as signing in would make; the old one's tokens go to the strangers. */
async function signIn(person: Person) {
  const old = Object.fromEntries(person.client.jar);
  if (old[ACCESS_COOKIE] || old[REFRESH_COOKIE]) addStranger(old);
  const tokens = await startSession(h.deps.db, {
    userId: person.id,
    userAgent: 'fuzz',
    now: h.clock(),
    config: h.deps.config,
  });
  person.client.jar.clear();
  person.client.jar.set(ACCESS_COOKIE, tokens.accessToken);
  person.client.jar.set(REFRESH_COOKIE, tokens.refreshToken);
}

/**
 * The fuzzing blocks, demotes, promotes and signs people out: before a person calls, they are put back as
 * they were (active, their role, a live session), so every run calls as the caller it means to. Nothing can
 * have undone them since they were last checked if the world has not changed (the digest proves refusals
 * change nothing) and their cookies are the same.
 */
async function revive(person: Person): Promise<void> {
  const token = () => person.client.jar.get(ACCESS_COOKIE);
  if (person.checked?.changes === changes && person.checked.token === token()) return;
  if (await restore(person)) worldChanged();
  person.checked = { changes, token: token() };
}

async function restore(person: Person): Promise<boolean> {
  const [row] = await h.deps.db
    .select({ role: users.role, status: users.status })
    .from(users)
    .where(eq(users.id, person.id));
  let changed = false;
  if (row?.role !== person.role || row.status !== 'active') {
    await h.deps.db
      .update(users)
      .set({ role: person.role, status: 'active', blockedAt: null, blockedReason: null })
      .where(eq(users.id, person.id));
    changed = true;
  }
  const token = person.client.jar.get(ACCESS_COOKIE);
  const claims = token
    ? await verifyAccessToken(token, { secret: h.deps.config.JWT_SECRET, now: h.clock() }).catch(
        () => undefined,
      )
    : undefined;
  if (!claims || (await sessionStatus(h.deps.db, claims)).state !== 'live') {
    await signIn(person);
    changed = true;
  }
  return changed;
}

/* ----------------------------------------------------------------------------------------------------------
 * The digest: every application table's content, one md5 per table, in one query.
 * -------------------------------------------------------------------------------------------------------- */

/**
 * The one refusal documented to write: a spent refresh token presented again means it was copied, so its
 * whole session (token family) is ended and `session.ended` recorded for the live connections
 * (functions/auth/sessions.ts, rotateRefreshToken). Nothing else may change, and no other refusal may write.
 * No table is excluded otherwise: sign-in limits live in memory or Redis, not in PostgreSQL.
 */
const REFUSALS_THAT_WRITE: Partial<Record<ErrorCode, string[]>> = {
  refresh_reused: ['sessions', 'outbox_events'],
};

/** The digest as of the last time it was taken, while nothing is known to have changed since. */
let lastDigest: Record<string, string> | undefined;
/** How many times the world may have changed: each success, each refusal allowed to write, each revival. */
let changes = 0;

function worldChanged() {
  lastDigest = undefined;
  changes += 1;
}

/**
 * The digest, as a function of this test's database: PL/pgSQL keeps the plan of its query, which is most of
 * the cost of one union over every table, taken thousands of times.
 */
async function createDigestFunction() {
  const tables = rowsOf<{ name: string }>(
    await h.deps.db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((row) => row.name);
  if (tables.length < 10) throw new Error(`too few tables to digest: ${tables.join(', ')}`);
  const query = tables
    .map(
      (table) =>
        `select '${table}'::text, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from public."${table}" t`,
    )
    .join(' union all ');
  await h.deps.db.execute(
    sql.raw(`create function fuzz_digest() returns table(name text, digest text) language plpgsql
      as $$ begin return query ${query}; end $$`),
  );
}

async function digest(): Promise<Record<string, string>> {
  const rows = rowsOf<{ name: string; digest: string }>(
    await h.deps.db.execute(sql`select name, digest from fuzz_digest()`),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/* ----------------------------------------------------------------------------------------------------------
 * What the generators draw from.
 * -------------------------------------------------------------------------------------------------------- */

/** The table a path segment or a field names (`/api/admin/reports/{id}`, `professionIds`). */
const TABLE_OF: Record<string, string> = {
  slots: 'slots',
  interviews: 'slots',
  bookings: 'bookings',
  users: 'users',
  professions: 'professions',
  reports: 'no_show_reports',
  notifications: 'notifications',
};

function idTable(name: string, path: string): string | undefined {
  const field = /^([a-z]+)Ids?$/.exec(name)?.[1];
  if (field) return TABLE_OF[`${field}s`];
  if (name === 'id' || name === 'ids' || name === 'before') {
    const named = path.split('/').filter((segment) => TABLE_OF[segment]);
    return TABLE_OF[named.at(-1) ?? ''];
  }
  return undefined;
}

async function refreshPools() {
  for (const [name, person] of Object.entries(people) as [PersonName, Person][]) {
    const ids = async (query: ReturnType<typeof sql>) =>
      rowsOf<{ id: string }>(await h.deps.db.execute(query)).map((row) => row.id);
    const slots = await ids(sql`select s.id::text as id from slots s where s.interviewer_id = ${person.id}
      or exists (select 1 from bookings b where b.slot_id = s.id and b.candidate_id = ${person.id})`);
    pools.theirs[name] = {
      slots,
      bookings: await ids(sql`select b.id::text as id from bookings b join slots s on s.id = b.slot_id
        where b.candidate_id = ${person.id} or s.interviewer_id = ${person.id}`),
      notifications: await ids(sql`select id::text as id from notifications where user_id = ${person.id}`),
    };
  }
  const tables = rowsOf<{ name: string }>(
    await h.deps.db.execute(sql`select table_name as name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`),
  ).map((row) => row.name);
  for (const table of tables) {
    const rows = rowsOf<{ id: string }>(
      await h.deps.db.execute(
        sql.raw(`select id::text as id from public."${table}" order by random() limit 60`),
      ),
    );
    pools.ids[table] = rows.map((row) => row.id);
  }
  pools.logins = rowsOf<{ login: string }>(
    await h.deps.db.execute(sql`select login from users limit 100`),
  ).map((row) => row.login);
  pools.slugs = rowsOf<{ slug: string }>(await h.deps.db.execute(sql`select slug from professions`)).map(
    (row) => row.slug,
  );
  const slots = rowsOf<{ id: string; starts_at: string }>(
    await h.deps.db.execute(sql`select id::text as id, starts_at::text from slots order by random() limit 5`),
  );
  for (const slot of slots) {
    const startsAt = new Date(slot.starts_at);
    pools.cursors.push(
      encodeCursor({ startsAt, id: slot.id }),
      encodeCursor({ startsAt, id: slot.id, score: 4.5 }),
    );
  }
  pools.cursors = [...new Set(pools.cursors)].slice(-40);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SOME_UUID = '0b0e4c1c-3f7e-4a5e-9d43-2c8b6f1a7e10';
// The cursors issue 10 found answering 500, and their relatives.
const CRAFTED_CURSORS = [
  base64url(['2026-01-01T00:00:00.000Z', '------------------------------------']),
  base64url(['2026-01-01T00:00:00.000Z', '0'.repeat(36)]),
  base64url(['2026-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
  base64url(['+275760-09-13T00:00:00.000Z', SOME_UUID]),
  base64url(['-000001-01-01T00:00:00.000Z', SOME_UUID]),
  base64url(['2026-01-01T00:00:00.000Z', SOME_UUID, 'NaN']),
  base64url(['2026-01-01T00:00:00.000Z', SOME_UUID, 1e308]),
  base64url(['2026-01-01T00:00:00.000Z', SOME_UUID, 1, 2]),
  base64url(['2026-01-01T00:00:00.000Z', SOME_UUID.toUpperCase()]),
  base64url([0, SOME_UUID]),
  base64url([null, null]),
  base64url({ startsAt: '2026-01-01T00:00:00.000Z', id: SOME_UUID }),
  base64url('\u0000'),
  Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', SOME_UUID])).toString('base64'),
  '!!!!',
  'AAAA',
  '====',
  '9'.repeat(18),
  '0',
];

// A slot lasts one of these (contract/rules.ts); the schema says only "an integer".
const DURATIONS = [30, 45, 60, 90, 120];
// Free hours ahead, on the hour: most instants a client picks for a slot are of this kind.
const STARTS = Array.from({ length: 12 }, (_, day) =>
  new Date(FUZZ_AT.getTime() + (8 + day) * 24 * HOUR).toISOString(),
);
const MEETING_URLS = [
  'https://meet.example.com/room-42',
  'https://zoom.us/j/123456789',
  'https://телемост.рф/room',
];
const TIME_ZONES = [
  'Europe/Moscow',
  'UTC',
  'Asia/Kolkata',
  'America/St_Johns',
  'Mars/Olympus_Mons',
  'Etc/GMT+14',
];

function hintsFor(operation: Operation, caller: Caller): Hints {
  const known = (name: string): readonly unknown[] => {
    const table = idTable(name, operation.path);
    if (table) {
      // The caller's own things as often as everybody else's together: routes mostly act on one's own.
      const own = caller.kind === 'person' ? (pools.theirs[caller.who]?.[table] ?? []) : [];
      const all = pools.ids[table] ?? [];
      // A list of ids: all of them (a complete order), backwards, a few, or the caller's.
      if (/Ids$|^ids$/.test(name)) return [all, [...all].reverse(), all.slice(0, 3), own];
      return own.length > 0
        ? [...all, ...own.flatMap((id) => Array(Math.ceil(all.length / own.length)).fill(id))]
        : all;
    }
    switch (name) {
      // A body that works as a whole: a login with its password.
      case '':
        return operation.key === 'POST /api/auth/login'
          ? [...pools.credentials].map(([login, password]) => ({ login, password }))
          : [];
      case 'professions': {
        const ids = pools.ids.professions ?? [];
        return [...ids, ids.slice(0, 2).join(','), `${ids.slice(0, 3).join(',')},`];
      }
      case 'login':
      case 'actor':
      case 'target':
      case 'person':
      case 'q':
        return pools.logins;
      case 'password':
      case 'currentPassword':
        return pools.passwords;
      case 'cursor':
        return pools.cursors;
      case 'file':
        return pools.feedFiles;
      case 'slug':
        return pools.slugs;
      case 'durationMinutes':
        return DURATIONS;
      case 'startsAt':
        return STARTS;
      case 'meetingUrl':
        return MEETING_URLS;
      case 'timeZone':
        return TIME_ZONES;
      default:
        return [];
    }
  };
  const crafted = (name: string): readonly string[] => {
    if (name === 'cursor') return CRAFTED_CURSORS;
    if (name === 'file') return [`${'A'.repeat(43)}.ics`, ...pools.feedFiles.map((f) => f.toUpperCase())];
    if (name === 'login') return pools.logins.map((login) => login.toUpperCase());
    return [];
  };
  return {
    now: () => h.clock(),
    known,
    crafted,
    anyId: () => Object.values(pools.ids).flat(),
  };
}

/** The forgeries stay; of the tokens people lost, the latest few. */
function addStranger(cookies: Record<string, string>) {
  pools.strangers.push(cookies);
  if (pools.strangers.length > FORGED + 30) pools.strangers.splice(FORGED, 1);
}

function remember(login: string, password: string) {
  pools.credentials.set(login, password);
  pools.passwords.push(password);
}

/** Remembers what successful answers hand out, for later requests to use. */
function learn(key: string, answer: unknown, sent: unknown, callerLogin: string | undefined) {
  const body = (answer ?? {}) as Record<string, unknown>;
  const given = (sent ?? {}) as Record<string, unknown>;
  if (typeof body.nextCursor === 'string') pools.cursors.push(body.nextCursor);
  if (key === 'POST /api/me/calendar-feed' && typeof body.url === 'string') {
    pools.feedFiles = [...pools.feedFiles, body.url.split('/').at(-1) ?? ''].slice(-5);
  }
  if (key === 'POST /api/me/password' && callerLogin && typeof given.newPassword === 'string')
    remember(callerLogin, given.newPassword);
  if (
    key === 'POST /api/auth/register' &&
    typeof given.login === 'string' &&
    typeof given.password === 'string'
  )
    remember(given.login, given.password);
}

/* ----------------------------------------------------------------------------------------------------------
 * Callers.
 * -------------------------------------------------------------------------------------------------------- */

type Caller = { kind: 'guest' } | { kind: 'stranger'; pick: number } | { kind: 'person'; who: PersonName };

const guest = fc.constant<Caller>({ kind: 'guest' });
const stranger = fc.nat().map((pick): Caller => ({ kind: 'stranger', pick }));
const person = (who: PersonName) => fc.constant<Caller>({ kind: 'person', who });

/** Who calls: mostly whom the access is for, sometimes someone it is not for. */
function callersFor(access: Access): fc.Arbitrary<Caller> {
  switch (access) {
    case 'admin':
      return fc.oneof(
        { weight: 7, arbitrary: person('admin') },
        { weight: 2, arbitrary: person('member') },
        { weight: 1, arbitrary: guest },
      );
    case 'user':
      return fc.oneof(
        { weight: 6, arbitrary: person('member') },
        { weight: 2, arbitrary: person('interviewer') },
        { weight: 1, arbitrary: guest },
        { weight: 1, arbitrary: stranger },
      );
    case 'optional-user':
      return fc.oneof(
        { weight: 4, arbitrary: guest },
        { weight: 4, arbitrary: person('member') },
        { weight: 1, arbitrary: person('interviewer') },
        { weight: 1, arbitrary: stranger },
      );
    default:
      return fc.oneof(
        { weight: 6, arbitrary: guest },
        { weight: 3, arbitrary: person('member') },
        { weight: 1, arbitrary: stranger },
      );
  }
}

async function clientOf(caller: Caller): Promise<Client> {
  if (caller.kind === 'person') {
    const who = people[caller.who];
    await revive(who);
    return who.client;
  }
  const client = createClient(send);
  if (caller.kind === 'stranger') {
    const cookies = pools.strangers[caller.pick % pools.strangers.length] ?? {};
    for (const [name, value] of Object.entries(cookies)) client.jar.set(name, value);
  }
  return client;
}

/* ----------------------------------------------------------------------------------------------------------
 * One run: the request, and what must hold of its answer.
 * -------------------------------------------------------------------------------------------------------- */

const FOREIGN_ORIGINS = { foreign: 'https://evil.example', null: 'null' } as const;

/** What the door (requireJsonSameOrigin, then the body limit) answers before any function sees the request. */
function doorRefusal(operation: Operation, request: FuzzRequest): ErrorCode | undefined {
  if (operation.method === 'GET') return undefined;
  if (request.origin === 'foreign' || request.origin === 'null') return 'origin_mismatch';
  const { body } = request;
  if (body.kind === 'none') return undefined;
  if (body.contentType.split(';')[0]?.trim().toLowerCase() !== JSON_TYPE) return 'unsupported_media_type';
  if (Buffer.byteLength(bodyText(body) ?? '') > MAX_BODY_BYTES) return 'payload_too_large';
  return undefined;
}

/** Whether the URL still names this operation's route once normalised (`..`, `.` and empty segments do not). */
function reachesRoute(operation: Operation, url: string): boolean {
  const segments = new URL(url, TEST_ORIGIN).pathname.split('/');
  return segments.length === operation.path.split('/').length && segments.slice(1).every(Boolean);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const excerpt = (text: string | undefined, max = 1500) =>
  text === undefined ? '(none)' : text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

/** What a failure prints: the request, who sent it, the answer and what the server logged. */
function account(
  operation: Operation,
  request: FuzzRequest,
  caller: Caller,
  status: number | undefined,
  answer: string | undefined,
) {
  const who = caller.kind === 'person' ? caller.who : caller.kind;
  const type = request.body.kind === 'none' ? 'no body' : `content-type ${request.body.contentType}`;
  return [
    `${operation.method} ${request.url} as ${who} (origin ${request.origin}, ${type}, from ${clientIp})`,
    `body: ${excerpt(bodyText(request.body))}`,
    `answer ${status ?? '(none yet)'}: ${excerpt(answer)}`,
    `server log: ${excerpt(JSON.stringify(serverLog), 4000)}`,
  ].join('\n');
}

const runs = new Map<
  string,
  { total: number; byCaller: Record<string, number>; statuses: Record<number, number> }
>();

/** The answer, or a failure naming the request when none comes in time (an await that never ends). */
async function within<T>(promise: Promise<T>, story: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms\n${story}`)),
      ANSWER_WITHIN_MS,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function attempt(operation: Operation, request: FuzzRequest, caller: Caller, ip: string) {
  clientIp = ip;
  h.setClientIp(ip);
  watchdog.postMessage({
    deadline: Date.now() + WATCHDOG_DEADLINE_MS,
    what: account(operation, request, caller, undefined, undefined),
  });
  try {
    await answerAndCheck(operation, request, caller);
  } finally {
    watchdog.postMessage({ deadline: Number.POSITIVE_INFINITY, what: '' });
  }
}

async function answerAndCheck(operation: Operation, request: FuzzRequest, caller: Caller) {
  const client = await clientOf(caller);
  lastDigest ??= await digest();
  const before = lastDigest;
  serverLog.length = 0;
  omitOrigin = request.origin === 'absent';
  const headers: Record<string, string> = {};
  if (request.origin === 'foreign' || request.origin === 'null')
    headers.origin = FOREIGN_ORIGINS[request.origin];
  if (request.body.kind !== 'none') headers['content-type'] = request.body.contentType;
  const spent = client.jar.get(REFRESH_COOKIE);
  const res = await within(
    client.request(operation.method, request.url, bodyText(request.body), headers),
    account(operation, request, caller, undefined, undefined),
  );
  const answer = await res.text();
  // A refresh token the person no longer holds was spent: a stranger may present it again.
  if (caller.kind === 'person' && spent && client.jar.get(REFRESH_COOKIE) !== spent)
    addStranger({ [REFRESH_COOKIE]: spent });
  const status = res.status;
  const story = account(operation, request, caller, status, answer);

  const tally = runs.get(operation.key) ?? { total: 0, byCaller: {}, statuses: {} };
  const who = caller.kind === 'person' ? caller.who : caller.kind;
  tally.total += 1;
  tally.byCaller[who] = (tally.byCaller[who] ?? 0) + 1;
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  runs.set(operation.key, tally);

  expect(status, `never a 5xx\n${story}`).toBeLessThan(500);
  const routed = reachesRoute(operation, request.url);

  if (status < 400) {
    expect(operation.successStatuses, `a success the document names\n${story}`).toContain(status);
    const sent = request.body.kind === 'json' ? request.body.value : undefined;
    learn(
      operation.key,
      parseJson(answer),
      sent,
      caller.kind === 'person' ? people[caller.who].login : undefined,
    );
    worldChanged();
    return;
  }

  expect(res.headers.get('content-type'), `a refusal is problem+json\n${story}`).toMatch(
    /^application\/problem\+json/,
  );
  const problem = ZProblem.safeParse(parseJson(answer));
  expect(problem.success, `a refusal has a known code\n${story}`).toBe(true);
  const code = problem.data?.code as ErrorCode;
  expect(errorCodes[code].status, `the code's status is the answer's\n${story}`).toBe(status);
  if (routed) expect(operation.statuses, `a refusal the document names\n${story}`).toContain(status);

  const door = doorRefusal(operation, request);
  if (door) expect(code, `the door refuses first\n${story}`).toBe(door);
  else if (routed && caller.kind === 'person' && caller.who !== 'admin' && operation.access === 'admin')
    expect(code, `an admin route refuses a member\n${story}`).toBe('forbidden');
  else if (routed && (operation.access === 'user' || operation.access === 'admin')) {
    if (caller.kind === 'guest')
      expect(code, `a signed-in route refuses a guest\n${story}`).toBe('unauthenticated');
    // A stranger's cookies are forged, expired, or of sessions that have ended.
    if (caller.kind === 'stranger')
      expect(status, `a signed-in route refuses a stranger\n${story}`).toBe(401);
  }

  const after = await digest();
  const mayWrite = REFUSALS_THAT_WRITE[code] ?? [];
  const changed = Object.keys(after).filter(
    (table) => after[table] !== before[table] && !mayWrite.includes(table),
  );
  expect(changed, `a refusal writes nothing\n${story}`).toEqual([]);
  if (mayWrite.length > 0) worldChanged();
  else lastDigest = after;
}

/** Operations whose property failed: their own test reports it, with the request that broke it. */
const failed = new Set<string>();

/** Whom an operation is for: the caller its edge cases come from. */
const intended = (access: Access): Caller =>
  access === 'admin'
    ? { kind: 'person', who: 'admin' }
    : access === 'user' || access === 'optional-user'
      ? { kind: 'person', who: 'member' }
      : { kind: 'guest' };

type Call = { request: FuzzRequest; caller: Caller };

async function fuzz(operation: Operation) {
  await refreshPools();
  // Every parameter and field meets each of its sharp values once, from the caller the route is for (from
  // many addresses, so sign-in limits do not hide what comes after them); then random requests.
  const caller = intended(operation.access);
  const examples = edgeCases(operation, hintsFor(operation, caller)).map((request, index): [Call, string] => [
    { request, caller },
    `198.51.100.${(index % 250) + 1}`,
  ]);
  const calls = callersFor(operation.access).chain((who) =>
    requestsFor(operation, hintsFor(operation, who)).map((request): Call => ({ request, caller: who })),
  );
  failed.add(operation.key);
  await fc.assert(
    fc.asyncProperty(calls, fc.ipV4(), (call, ip) => attempt(operation, call.request, call.caller, ip)),
    // The world changes with every run, so a shrunk request would run against another world: the request
    // that failed, with its seed, says more than a smaller one that may not fail.
    { numRuns: Math.max(RUNS, examples.length + RUNS / 2), examples, endOnFailure: true },
  );
  failed.delete(operation.key);
}

/** The routes the functions declare, named as the document names them. */
const declaredRoutes = [
  ...new Set(
    Object.values(httpFunctions).flatMap((fn) =>
      fn.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ),
].sort();

describe('every operation of the OpenAPI document, fuzzed', () => {
  it('documents every route the functions declare, so none escapes the fuzzing', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(declaredRoutes);
  });

  it('sees in its digest a change to any row, and none once the change is undone', async () => {
    const before = await digest();
    const rename = (to: ReturnType<typeof sql>) =>
      h.deps.db.execute(sql`update users set display_name = ${to} where login = 'fuzz-outsider'`);
    await rename(sql`display_name || '·'`);
    const changed = await digest();
    await rename(sql`left(display_name, -1)`);
    worldChanged();
    expect(Object.keys(changed).filter((table) => changed[table] !== before[table])).toEqual(['users']);
    expect(await digest()).toEqual(before);
    const allowed = Object.values(REFUSALS_THAT_WRITE).flat();
    expect(Object.keys(before)).toEqual(expect.arrayContaining([...allowed, 'users', 'ledger_entries']));
  });

  for (const operation of operations) {
    it(`${operation.key} (${operation.access})`, () => fuzz(operation), 120_000);
  }

  it(`fuzzed each operation at least ${RUNS} times, admin routes also as a member`, () => {
    expect([...runs.keys()].sort()).toEqual(operations.map((o) => o.key).sort());
    for (const operation of operations.filter((o) => !failed.has(o.key))) {
      const tally = runs.get(operation.key);
      expect(tally?.total ?? 0, operation.key).toBeGreaterThanOrEqual(RUNS);
      if (operation.access === 'admin') expect(tally?.byCaller.member ?? 0, operation.key).toBeGreaterThan(0);
    }
  });
});
