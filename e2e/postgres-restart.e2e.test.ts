import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createClient } from '#functions/testing/harness.ts';
import { freePort } from './support/nginx.ts';
import { type PrivatePostgres, startPrivatePostgres } from './support/private-postgres.ts';
import { spawnFunctionServer } from './support/processes.ts';

const HOUR = 3_600_000;
const USERS = 8;
/** How soon after PostgreSQL answers again every server must serve requests that need it. */
const RECOVERY_MS = 5000;

type Answer = {
  server: number;
  request: string;
  startedAt: number;
  status: number | 'no answer';
  ms: number;
  cause?: string;
};
type Fault = { name: string; downAt: number; upAt: number; recoveryMs: number[] };

let database: PrivatePostgres;
let servers: Awaited<ReturnType<typeof spawnFunctionServer>>[] = [];
const answers: Answer[] = [];
const faults: Fault[] = [];

beforeAll(async () => {
  database = await startPrivatePostgres();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `pg-restart-${randomUUID().slice(0, 8)}`,
    JWT_SECRET: 'postgres-restart-secret-postgres-restart',
    RUN_RELAY: 'false',
    RUN_SCHEDULER: 'false',
    WORKERS: '1',
    BCRYPT_COST: '10',
    SIGNUP_BONUS_POINTS: '20',
    SHUTDOWN_TIMEOUT_SECONDS: '3',
  };
  // Fixed ports, as in production, so that a replaced worker would come back where the clients are. Both
  // migrate the new database as they start; the migration lock lets one do it.
  const ports = await Promise.all([freePort(), freePort()]);
  servers = await Promise.all(ports.map((port) => spawnFunctionServer({ ...env, PORT: String(port) })));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database?.destroy();
});

/** A browser-like client that sends each request to one of the servers at random, recording the answer. */
function clientAcross(bases: string[]): Client {
  return createClient(async (url, init) => {
    const server = Math.floor(Math.random() * bases.length);
    const base = bases[server] ?? '';
    const headers = new Headers(init?.headers);
    headers.set('origin', base);
    const { pathname, search } = new URL(url);
    const request = `${init?.method ?? 'GET'} ${pathname.replace(/[0-9a-f-]{36}/g, ':id')}`;
    const answer: Answer = { server, request, startedAt: performance.now(), status: 'no answer', ms: 0 };
    answers.push(answer);
    try {
      const res = await fetch(`${base}${pathname}${search}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(15_000),
      });
      answer.status = res.status;
      return res;
    } catch (error) {
      answer.cause = String((error as Error).cause ?? error);
      throw error;
    } finally {
      answer.ms = performance.now() - answer.startedAt;
    }
  });
}

type LoadUser = { client: Client; index: number; bookings: string[] };

/**
 * Users who each publish slots, book and give back others' slots, and read the exchange and their account,
 * with a short pause between requests, until `running()` turns false. Answers other than 201/200 (taken
 * meanwhile, a 503 during an outage) only make a user try something else.
 */
async function bookingLoad(bases: string[], running: () => boolean) {
  const users: LoadUser[] = await Promise.all(
    Array.from({ length: USERS }, async (_, index) => {
      const client = clientAcross(bases);
      const res = await client.post('/api/auth/register', {
        login: `load${index}.${Date.now() % 100000}`,
        password: `a long enough secret ${index}`,
        displayName: `Load ${index}`,
      });
      expect(res.status).toBe(201);
      return { client, index, bookings: [] };
    }),
  );
  const [first] = users;
  if (!first) throw new Error('no users');
  const professionId: string = (await (await first.client.get('/api/professions')).json()).items[0].id;
  const open: { id: string; owner: number }[] = [];
  const firstStart = Date.now() + 24 * HOUR;
  let published = 0;

  const publish = async (user: LoadUser) => {
    const startsAt = new Date(firstStart + published++ * 2 * HOUR).toISOString();
    const res = await user.client.post('/api/slots', {
      professionId,
      startsAt,
      meetingUrl: 'https://meet.example.com/restart',
    });
    if (res.status === 201) open.push({ id: (await res.json()).id, owner: user.index });
  };
  const book = async (user: LoadUser) => {
    const choices = open.filter((slot) => slot.owner !== user.index);
    const slot = choices[Math.floor(Math.random() * choices.length)];
    if (!slot) return;
    const res = await user.client.post(`/api/slots/${slot.id}/booking`);
    if (res.status === 201 || res.status === 409) open.splice(open.indexOf(slot), 1);
    if (res.status === 201) user.bookings.push((await res.json()).bookingId);
  };
  const giveBack = async (user: LoadUser) => {
    const bookingId = user.bookings.shift();
    if (!bookingId) return;
    const res = await user.client.post(`/api/bookings/${bookingId}/cancel`);
    if (res.status === 200) open.push({ id: (await res.json()).id, owner: -1 });
    else user.bookings.push(bookingId);
  };
  // Booking twice as often as anything else.
  const actions = [
    book,
    book,
    giveBack,
    publish,
    (user: LoadUser) => user.client.get('/api/slots?professions=all'),
    (user: LoadUser) => user.client.get('/api/me'),
  ];
  const act = async (user: LoadUser) => {
    while (running()) {
      const action = actions[Math.floor(Math.random() * actions.length)] ?? book;
      // A request that got no answer is recorded; the user goes on.
      await action(user).catch(() => undefined);
      await sleep(20);
    }
  };

  for (const user of users) for (let i = 0; i < 3; i++) await publish(user);
  return { cookies: first.client.jar, done: Promise.all(users.map(act)) };
}

/** Time from `upAt` until the server at `base` answers a request that reads the database. */
async function recoveryOf(base: string, cookies: Map<string, string>, upAt: number) {
  const probe = createClient((url, init) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', base);
    return fetch(`${base}${new URL(url).pathname}`, { ...init, headers });
  });
  for (const [name, value] of cookies) probe.jar.set(name, value);
  while (performance.now() - upAt < 20_000) {
    const status = await probe.get('/api/me').then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return Math.round(performance.now() - upAt);
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

describe('PostgreSQL restarting under booking load', () => {
  it('kills no function server: 503 while it is away, served again within 5 s', async () => {
    const bases = servers.map((server) => server.url);
    let running = true;
    const load = await bookingLoad(bases, () => running);
    const { cookies } = load;
    const fault = async (name: string, inject: () => Promise<void>) => {
      const downAt = performance.now();
      await inject();
      const upAt = performance.now();
      const recoveryMs = await Promise.all(bases.map((base) => recoveryOf(base, cookies, upAt)));
      faults.push({ name, downAt, upAt, recoveryMs });
    };

    await sleep(1500);
    await fault('pg_ctl restart -m fast', () => database.restart());
    await sleep(1500);
    await fault('pg_ctl stop -m immediate, 2 s down, start', async () => {
      await database.crash();
      await sleep(2000);
      await database.start();
    });
    const lastUp = performance.now();
    await sleep(2500);
    running = false;
    await load.done;

    const statuses = (from: number, to: number) => {
      const counts: Record<string, number> = {};
      for (const a of answers.filter((a) => a.startedAt >= from && a.startedAt < to))
        counts[a.status] = (counts[a.status] ?? 0) + 1;
      return JSON.stringify(counts);
    };
    for (const { name, downAt, upAt, recoveryMs } of faults) {
      console.info(
        `${name}: down ${Math.round(upAt - downAt)} ms; each server served again ${recoveryMs.join(' ms, ')} ms ` +
          `after PostgreSQL answered; answers meanwhile ${statuses(downAt, upAt + Math.max(...recoveryMs))}`,
      );
    }
    const unavailable = answers.filter((a) => a.status === 503);
    const booked = answers.filter((a) => a.status === 201 && a.request.endsWith('/booking'));
    const slowest503 = Math.round(Math.max(0, ...unavailable.map((a) => a.ms)));
    console.info(
      `${answers.length} requests, ${booked.length} bookings; 503s answered within ${slowest503} ms at most`,
    );

    for (const [index, server] of servers.entries()) {
      expect(server.process.exitCode, `server ${index}`).toBeNull();
      expect(server.output(), `server ${index}'s supervisor`).not.toContain('"msg":"worker exited"');
      expect(server.output().match(/"msg":"worker started"/g)).toHaveLength(1);
    }
    expect(answers.filter((a) => a.status === 'no answer')).toEqual([]);
    expect(
      answers.filter((a) => typeof a.status === 'number' && a.status >= 500 && a.status !== 503),
    ).toEqual([]);
    // 503 only while PostgreSQL was away or the servers were getting back to it.
    const duringFault = (a: Answer) =>
      faults.some((f) => a.startedAt + a.ms >= f.downAt && a.startedAt <= f.upAt + Math.max(...f.recoveryMs));
    const causes = servers.flatMap((server) =>
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('database unavailable')),
    );
    expect(
      unavailable.filter((a) => !duringFault(a)),
      causes.join('\n'),
    ).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const f of faults) for (const ms of f.recoveryMs) expect(ms).toBeLessThanOrEqual(RECOVERY_MS);
    // And the exchange went on afterwards.
    expect(booked.filter((a) => a.startedAt > lastUp).length).toBeGreaterThan(0);
  });

  it('leaves every account, booking and event consistent', async () => {
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const accounts = await sql`
        select u.id, u.balance, coalesce(sum(l.delta), 0)::int as total
        from users u left join ledger_entries l on l.user_id = u.id group by u.id`;
      expect(accounts.length).toBeGreaterThan(USERS - 1);
      for (const { balance, total } of accounts) {
        expect(balance).toBe(total);
        expect(balance).toBeGreaterThanOrEqual(0);
      }
      expect(
        await sql`select slot_id from bookings where status = 'active' group by slot_id having count(*) > 1`,
      ).toEqual([]);
      // A booked slot has its one active booking; an open one has none.
      expect(
        await sql`
          select s.id from slots s left join bookings b on b.slot_id = s.id and b.status = 'active'
          where s.status in ('open', 'booked') and (s.status = 'booked') <> (b.id is not null)`,
      ).toEqual([]);
      expect(
        await sql`select user_id, reason, reference from ledger_entries
          group by user_id, reason, reference having count(*) > 1`,
      ).toEqual([]);
      await expect
        .poll(
          async () =>
            (await sql`select count(*)::int as n from outbox_events where dispatched_at is null`)[0]?.n,
          { timeout: 5000 },
        )
        .toBe(0);
    } finally {
      await sql.end();
    }
  });
});
