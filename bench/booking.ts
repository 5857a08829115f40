/**
 * Booking throughput on PostgreSQL: 5,000 bookings (500 candidates × 10 slots each, no overlaps, enough
 * points) sent through the HTTP function server by autocannon, against the same transaction's statements
 * run bare by pgbench on an identical dataset; then HTTP again, offered half the bare ceiling's rate at an even
 * pace, for the latency below saturation. `npm run bench:booking`; figures in bench/README.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { signAccessToken } from '#functions/auth/tokens.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { BENCH_ORIGIN, BENCH_SECRET, percentile, startServerProcess } from './support.ts';

const INTERVIEWERS = 100;
const SLOTS_PER_INTERVIEWER = 50;
const CANDIDATES = 500;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

type Target = { slotId: string; candidateId: string; sessionId: string };

/** Interviewers with 50 slots two hours apart; candidate j*5 + (h mod 5) takes slot h of interviewer j. */
async function seed(url: string): Promise<Target[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [profession] = await sql`select id from professions order by position limit 1`;
  const interviewers = Array.from({ length: INTERVIEWERS }, (_, i) => ({
    id: crypto.randomUUID(),
    login: `int${i}`,
    display_name: `Interviewer ${i}`,
  }));
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => ({
    id: crypto.randomUUID(),
    login: `cand${i}`,
    display_name: `Candidate ${i}`,
    balance: 10,
  }));
  await sql`insert into users ${sql(interviewers)}`;
  await sql`insert into users ${sql(candidates)}`;
  await sql`insert into ledger_entries ${sql(candidates.map((c) => ({ user_id: c.id, delta: 10, reason: 'signup_bonus', reference: 'signup' })))}`;
  const sessions = candidates.map((c) => ({ id: crypto.randomUUID(), user_id: c.id }));
  await sql`insert into sessions ${sql(sessions)}`;
  const start = Date.now() + 3 * 3600_000;
  const slots: Record<string, unknown>[] = [];
  const targets: Target[] = [];
  const order = new Map<string, number>();
  interviewers.forEach((interviewer, j) => {
    for (let h = 0; h < SLOTS_PER_INTERVIEWER; h++) {
      const id = crypto.randomUUID();
      const startsAt = new Date(start + h * 2 * 3600_000);
      slots.push({
        id,
        interviewer_id: interviewer.id,
        profession_id: profession?.id,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 3600_000),
        duration_minutes: 60,
        meeting_url: 'https://meet.example.com/bench',
      });
      const c = j * 5 + (h % 5);
      order.set(id, h * INTERVIEWERS + j);
      targets.push({ slotId: id, candidateId: candidates[c]?.id ?? '', sessionId: sessions[c]?.id ?? '' });
    }
  });
  // Consecutive bookings go to different interviewers and candidates, as a crowd of users would spread:
  // booking them in seeding order would make 32 connections queue on the same five candidates' rows.
  targets.sort((a, b) => (order.get(a.slotId) ?? 0) - (order.get(b.slotId) ?? 0));
  for (let i = 0; i < slots.length; i += 1000) await sql`insert into slots ${sql(slots.slice(i, i + 1000))}`;
  await sql`vacuum analyze`;
  await sql.end();
  return targets;
}

type Load = { url: string; targets: Target[]; tokens: Map<string, string> };
type LoadResult = {
  statuses: Map<number, number>;
  perSecond: number;
  latency: { p50: number; p99: number; max: number };
  /** Paced only: the p99 of the uncounted first bookings. */
  warmUpP99Ms?: number;
};

const bookingRequest = ({ tokens }: Load, target: Target) => ({
  path: `/api/slots/${target.slotId}/booking`,
  headers: {
    'content-type': 'application/json',
    origin: BENCH_ORIGIN,
    cookie: `ms_access=${tokens.get(target.candidateId)}`,
  },
  body: '{}',
});

/** As fast as it goes: autocannon keeps CONNECTIONS connections busy. */
async function saturate(load: Load): Promise<LoadResult> {
  const queue = [...load.targets].reverse();
  const statuses = new Map<number, number>();
  // From the first request to the last answer: autocannon's own duration ends on its next whole-second
  // tick, which over a 15 s run alone would move the rate by up to 7 %.
  let started = 0;
  let answered = 0;
  const result = await autocannon({
    url: load.url,
    connections: CONNECTIONS,
    amount: load.targets.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const next = queue.pop();
          if (!next) return request;
          started ||= performance.now();
          return { ...request, ...bookingRequest(load, next) };
        },
        onResponse: (status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          answered = performance.now();
        },
      },
    ],
  });
  return {
    statuses,
    perSecond: load.targets.length / ((answered - started) / 1000),
    latency: result.latency,
  };
}

/**
 * Bookings sent first at the paced rate and not counted: a new process's first seconds (its code still being
 * compiled, its pool's connections opening and preparing each statement) answer in hundreds of milliseconds,
 * and a server that has been up a while does not.
 */
const WARM_UP = 1000;

/**
 * At an even pace of `rate` bookings a second, each sent when it is due whatever the answers before it, over
 * at most CONNECTIONS keep-alive connections; a latency counts from when its request was due, so a server
 * falling behind shows in it. (autocannon's rate lets each connection send its share for the second at once
 * and then wait: that measures bursts at full concurrency, not a steady load.) The first WARM_UP bookings
 * land but are not counted.
 */
async function paced(load: Load, rate: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const warmUp: number[] = [];
  const start = performance.now() + 100;
  let answered = 0;
  await Promise.all(
    load.targets.map(
      (target, index) =>
        new Promise<void>((resolve, reject) => {
          const due = start + (index * 1000) / rate;
          setTimeout(() => {
            const { path, headers, body } = bookingRequest(load, target);
            const sent = request(`${load.url}${path}`, { method: 'POST', agent, headers }, (response) => {
              response.resume();
              response.on('end', () => {
                answered = performance.now();
                (index >= WARM_UP ? latencies : warmUp).push(answered - due);
                statuses.set(response.statusCode ?? 0, (statuses.get(response.statusCode ?? 0) ?? 0) + 1);
                resolve();
              });
            });
            sent.on('error', reject);
            sent.end(body);
          }, due - performance.now());
        }),
    ),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  warmUp.sort((a, b) => a - b);
  const ms = (p: number) => Math.round(percentile(latencies, p));
  const measuredFrom = start + (WARM_UP * 1000) / rate;
  return {
    statuses,
    perSecond: (load.targets.length - WARM_UP) / ((answered - measuredFrom) / 1000),
    latency: { p50: ms(50), p99: ms(99), max: ms(100) },
    warmUpP99Ms: Math.round(percentile(warmUp, 99)),
  };
}

/** Through HTTP as fast as it goes, or offered `rate` bookings a second at an even pace. */
async function throughHttp({ rate }: { rate?: number } = {}) {
  const database = await createTestDatabase();
  const { url } = database;
  const targets = await seed(url);
  const tokens = new Map<string, string>();
  for (const t of targets) {
    if (!tokens.has(t.candidateId)) {
      tokens.set(
        t.candidateId,
        await signAccessToken(
          { userId: t.candidateId, sessionId: t.sessionId },
          { secret: BENCH_SECRET, now: new Date(), ttlSeconds: 900 },
        ),
      );
    }
  }
  const server = await startServerProcess({ DATABASE_URL: url, DATABASE_POOL_SIZE: '10', PORT: '0' });
  try {
    const load = { url: server.url, targets, tokens };
    const { statuses, perSecond, latency, warmUpP99Ms } = rate
      ? await paced(load, rate)
      : await saturate(load);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ n }] =
      (await sql`select count(*)::int as n from bookings where status = 'active'`) as unknown as [
        { n: number },
      ];
    const [{ spent }] =
      (await sql`select -sum(delta)::int as spent from ledger_entries where reason = 'booking_spend'`) as unknown as [
        { spent: number },
      ];
    await sql.end();
    if (n !== targets.length || spent !== targets.length || statuses.get(201) !== targets.length) {
      throw new Error(
        `not every booking landed: ${n} bookings, ${spent} spent, statuses ${JSON.stringify([...statuses])}`,
      );
    }
    return {
      bookings: n,
      requestsPerSecond: Math.round(perSecond * 10) / 10,
      latencyP50Ms: latency.p50,
      latencyP99Ms: latency.p99,
      latencyMaxMs: latency.max,
      ...(warmUpP99Ms === undefined ? {} : { warmUpP99Ms }),
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}

/**
 * The statements one booking request runs, as pgbench runs them: take the next (slot, candidate, session)
 * from a queue, check the session, lock the slot and the candidate, check overlaps and the anti-farming
 * window (one statement reading the slot's row), insert the booking, mark the slot booked, post the ledger
 * entry with the balance (one statement), read what the response shows (the interviewer's card and contacts
 * beside the slot), and write the three events with the notification (one statement). pgbench sends each
 * statement after the previous one's answer; the server sends them in four writes (BEGIN with the locks and
 * the checks, then the five that follow, then COMMIT; the session check before), which is its own doing.
 * Not included: the dispatch after commit (shared by concurrent requests), JWT checks, HTTP and JSON. The
 * queue pop is extra work the HTTP path does not do, so the ceiling is, if anything, understated.
 */
const PGBENCH_SCRIPT = `
BEGIN;
UPDATE bench_queue SET taken = true WHERE k = (SELECT k FROM bench_queue WHERE NOT taken ORDER BY k LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING slot_id, candidate_id, session_id \\gset
SELECT u.role, u.status FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ':session_id'::uuid AND s.user_id = ':candidate_id'::uuid AND s.revoked_at IS NULL;
SELECT * FROM slots WHERE id = ':slot_id'::uuid FOR NO KEY UPDATE;
SELECT * FROM users WHERE id = ':candidate_id'::uuid FOR NO KEY UPDATE;
SELECT EXISTS (SELECT s.id FROM slots s LEFT JOIN bookings b ON b.slot_id = s.id AND b.status = 'active' WHERE s.status IN ('open','booked') AND (s.interviewer_id = ':candidate_id'::uuid OR b.candidate_id = ':candidate_id'::uuid) AND s.starts_at < t.ends_at AND s.ends_at > t.starts_at LIMIT 1) AS clash, EXISTS (SELECT b.id FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.candidate_id = ':candidate_id'::uuid AND b.status = 'active' AND b.earns_reward AND s.interviewer_id = t.interviewer_id AND s.starts_at > t.starts_at + make_interval(days => -7) AND s.starts_at < t.starts_at + make_interval(days => 7) LIMIT 1) AS earner FROM slots t WHERE t.id = ':slot_id'::uuid;
INSERT INTO bookings (id, slot_id, candidate_id, status, created_at, earns_reward) VALUES (gen_random_uuid(), ':slot_id'::uuid, ':candidate_id'::uuid, 'active', now(), true) RETURNING id \\gset booking_
UPDATE slots SET status = 'booked', sequence = sequence + 1, updated_at = now() WHERE id = ':slot_id'::uuid RETURNING sequence;
WITH entry AS (INSERT INTO ledger_entries (user_id, delta, reason, reference, booking_id, note, created_at) VALUES (':candidate_id'::uuid, -1, 'booking_spend', ':booking_id', ':booking_id'::uuid, '', now()) ON CONFLICT (user_id, reason, reference) DO NOTHING RETURNING user_id) UPDATE users SET balance = balance - 1, updated_at = now() WHERE id = (SELECT user_id FROM entry) RETURNING balance;
SELECT s.id, p.slug, p.name_ru, p.name_en, u.display_name, u.login, (SELECT count(*) FROM slots x WHERE x.interviewer_id = u.id AND x.status IN ('completed','archived'))::int, (SELECT count(*) FROM bookings b JOIN slots x ON x.id = b.slot_id WHERE b.candidate_id = u.id AND b.status = 'active' AND x.status IN ('completed','archived'))::int, (SELECT count(*) FROM strikes k WHERE k.user_id = u.id AND k.kind = 'late_cancellation')::int, u.strikes, u.rating_count, u.rating_sum, ((u.rating_sum + 20)::float8 / (u.rating_count + 5)), u.contacts, u.bio, u.level FROM slots s JOIN professions p ON p.id = s.profession_id JOIN users u ON u.id = s.interviewer_id WHERE s.id IN (':slot_id'::uuid);
WITH recorded AS (INSERT INTO outbox_events (name, user_id, payload, occurred_at) VALUES ('slot.booked', NULL, '{"slotId":":slot_id"}', now()), ('booking.created', (SELECT interviewer_id FROM slots WHERE id = ':slot_id'::uuid), '{"slotId":":slot_id","candidateName":"Candidate","candidateLogin":"cand"}', now()), ('points.changed', ':candidate_id'::uuid, '{"balance":9}', now()) RETURNING id) INSERT INTO notifications (user_id, kind, payload, created_at) VALUES ((SELECT interviewer_id FROM slots WHERE id = ':slot_id'::uuid), 'booking.created', '{"slotId":":slot_id"}', now());
COMMIT;
`;

async function bare() {
  const database = await createTestDatabase();
  const { url } = database;
  const targets = await seed(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`create table bench_queue (k serial primary key, slot_id uuid not null, candidate_id uuid not null, session_id uuid not null, taken boolean not null default false)`;
  await sql`insert into bench_queue ${sql(targets.map((t) => ({ slot_id: t.slotId, candidate_id: t.candidateId, session_id: t.sessionId })))}`;
  await sql`vacuum analyze bench_queue`;
  await sql.end();
  const dir = await mkdtemp(join(tmpdir(), 'mockstock-pgbench-'));
  try {
    await writeFile(join(dir, 'booking.sql'), PGBENCH_SCRIPT);
    const perClient = Math.floor(targets.length / CONNECTIONS);
    const { stdout } = await promisify(execFile)(
      'pgbench',
      [
        '-n',
        '-h',
        '127.0.0.1',
        '-U',
        'postgres',
        '-c',
        String(CONNECTIONS),
        '-j',
        '2',
        '-t',
        String(perClient),
        '-f',
        join(dir, 'booking.sql'),
        '-l',
        '--log-prefix',
        join(dir, 'log'),
        database.name,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const tps = Number(stdout.match(/tps = ([\d.]+)/)?.[1]);
    const latencies: number[] = [];
    for (const file of (await readdir(dir)).filter((f) => f.startsWith('log'))) {
      for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
        const micros = Number(line.split(' ')[2]);
        if (Number.isFinite(micros) && line) latencies.push(micros / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    const failed = stdout.match(/number of failed transactions: (\d+)/)?.[1];
    return {
      bookings: perClient * CONNECTIONS,
      transactionsPerSecond: Math.round(tps * 10) / 10,
      latencyP50Ms: Math.round((percentile(latencies, 50) ?? 0) * 100) / 100,
      latencyP99Ms: Math.round((percentile(latencies, 99) ?? 0) * 100) / 100,
      failed: Number(failed ?? 0),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await database.drop();
  }
}

const http = await throughHttp();
const ceiling = await bare();
// The latency a user meets on a busy day rather than at saturation: HTTP offered half the bare ceiling.
const halfRate = Math.round(ceiling.transactionsPerSecond / 2);
const atHalfCeiling = await throughHttp({ rate: halfRate });
console.log(
  JSON.stringify(
    {
      connections: CONNECTIONS,
      http,
      bareSql: ceiling,
      ratio: Math.round((http.requestsPerSecond / ceiling.transactionsPerSecond) * 1000) / 1000,
      atHalfCeiling: { offeredPerSecond: halfRate, ...atHalfCeiling },
    },
    null,
    2,
  ),
);
