/**
 * The admin dashboard's queries over one year of data: 5,000 users and 100,000 slots over 365 days (most held
 * with their bookings, some open, expired or called off, bookings given back, ~1.5 % upheld no-shows), a
 * ledger whose sums are the balances. Each query the route runs (functions/admin/dashboard.ts, the same
 * functions) is timed alone over the full year, over the last 30 days and over the year for one profession,
 * 20 runs after 2 warm-ups, through the driver the functions use; then the whole route's use case (all of
 * them side by side on a pool of 10). The ceilings, measured in the same run through the same driver: a
 * `select 1` round trip, a user read by primary key, and a count of every slot (one pass over the table a
 * year's queries read). `BENCH_EXPLAIN=1` prints each query's plan (EXPLAIN ANALYZE) for each case.
 * `npm run bench:dashboard` (about 1–2 minutes); figures in bench/README.md.
 */
import { loadavg } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { addDays, dashboardDayOf } from '#contract/admin-dashboard.ts';
import { connectPostgres, type Db } from '#db/client.ts';
import * as schema from '#db/schema/index.ts';
import { type DashboardScope, dashboardQueries } from '#functions/admin/dashboard.ts';
import { getDashboard } from '#functions/admin/get-dashboard/get-dashboard.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { percentile } from './support.ts';

const USERS = 5_000;
const SLOTS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 2;
const GOAL_MS = 100;

/**
 * One year of the exchange, made by PostgreSQL itself (generate_series; random() seeded, so every run builds
 * the same shape). Slots are published evenly over the last 365 days and start 2 hours to 14 days later.
 */
async function seed(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql.begin(async (tx) => {
    await tx`select setseed(0.42)`;
    await tx`create temp table bench_users on commit drop as
      select n, gen_random_uuid() as id,
        now() - interval '400 days' + (n::float / ${USERS}) * interval '400 days' as created_at
      from generate_series(1, ${USERS}) n`;
    await tx`insert into users (id, login, display_name, created_at, updated_at, role, status, blocked_at, blocked_reason)
      select id, 'user' || n, 'Участник ' || n, created_at, created_at,
        (case when n <= 3 then 'admin' else 'user' end)::user_role,
        (case when n % 97 = 0 then 'blocked' else 'active' end)::user_status,
        case when n % 97 = 0 then now() - interval '10 days' end,
        case when n % 97 = 0 then 'bench' end
      from bench_users`;
    await tx`insert into user_professions (user_id, profession_id)
      select u.id, p.id from bench_users u
      join (select id, row_number() over (order by position) - 1 as k, count(*) over () as total from professions) p
        on p.k = u.n % p.total or (u.n % 3 = 0 and p.k = (u.n + 1) % p.total)`;

    // The plan of each slot: who, what, when, and what became of it.
    await tx`create temp table bench_slots on commit drop as
      select g.i, gen_random_uuid() as id, gen_random_uuid() as booking_id, gen_random_uuid() as given_back_id,
        interviewer.id as interviewer_id, candidate.id as candidate_id, other.id as other_id,
        p.id as profession_id, g.created_at,
        date_trunc('hour', g.created_at + interval '2 hours' + random() * interval '14 days') as starts_at,
        random() as fate, random() as moment
      from (select i, now() - interval '365 days' + (i::float / ${SLOTS}) * interval '365 days' as created_at
            from generate_series(1, ${SLOTS}) i) g
      join bench_users interviewer on interviewer.n = 1 + (g.i * 7919) % ${USERS}
      join bench_users candidate on candidate.n = 1 + (g.i * 7919 + 1 + g.i % 997) % ${USERS}
      join bench_users other on other.n = 1 + (g.i * 7919 + 1000 + g.i % 991) % ${USERS}
      join (select id, row_number() over (order by position) - 1 as k, count(*) over () as total from professions) p
        on p.k = (g.i * 31 + g.i / 1000) % p.total`;
    // Upcoming: 45 % booked, the rest open. Past: 84 % held, 8 % expired, 4 % called off with a candidate,
    // 4 % withdrawn before anyone booked. A held interview is archived a day after its end.
    await tx`alter table bench_slots add column status slot_status, add column booked boolean,
      add column booked_at timestamptz`;
    await tx`update bench_slots set status = (case
        when starts_at > now() then case when fate < 0.45 then 'booked' else 'open' end
        when fate < 0.84 then case when starts_at + interval '1 hour' > now() - interval '1 day'
                                   then 'completed' else 'archived' end
        when fate < 0.92 then 'expired'
        else 'cancelled' end)::slot_status`;
    await tx`update bench_slots set booked = status in ('booked', 'completed', 'archived')
        or (status = 'cancelled' and fate < 0.96),
      booked_at = created_at + moment * 0.9 * (least(starts_at, now()) - created_at)`;
    await tx`insert into slots (id, interviewer_id, profession_id, starts_at, ends_at, duration_minutes, meeting_url,
        status, created_at, updated_at, completed_at, cancelled_at, expired_at, archived_at)
      select id, interviewer_id, profession_id, starts_at, starts_at + interval '1 hour', 60,
        'https://meet.example.com/bench', status, created_at, created_at,
        case when status in ('completed', 'archived') then starts_at + interval '1 hour' end,
        case when status = 'cancelled' then booked_at + (starts_at - booked_at) / 2 end,
        case when status = 'expired' then starts_at end,
        case when status = 'archived' or (status in ('expired', 'cancelled')
          and starts_at < now() - interval '1 day') then starts_at + interval '25 hours' end
      from bench_slots`;
    await tx`insert into bookings (id, slot_id, candidate_id, status, created_at, cancelled_at)
      select booking_id, id, candidate_id,
        (case when status = 'cancelled' then 'cancelled_by_interviewer' else 'active' end)::booking_status,
        booked_at, case when status = 'cancelled' then booked_at + (starts_at - booked_at) / 2 end
      from bench_slots where booked`;
    // One booked slot in 17 was booked by someone else first, who gave it back.
    await tx`insert into bookings (id, slot_id, candidate_id, status, created_at, cancelled_at)
      select given_back_id, id, other_id, 'cancelled_by_candidate',
        created_at + (booked_at - created_at) / 3, created_at + (booked_at - created_at) / 2
      from bench_slots where booked and i % 17 = 0`;
    // Reports on held interviews: ~1.5 % upheld (against either side), a few pending and rejected.
    await tx`insert into no_show_reports (booking_id, reporter_id, accused_id, comment, status, resolved_by,
        resolution_note, created_at, resolved_at)
      select s.booking_id,
        case when s.i % 2 = 0 then s.candidate_id else s.interviewer_id end,
        case when s.i % 2 = 0 then s.interviewer_id else s.candidate_id end,
        'Не пришёл', r.status::report_status,
        case when r.status <> 'pending' then (select id from bench_users where n = 1) end,
        case when r.status <> 'pending' then 'Проверено' end,
        s.starts_at + interval '2 hours',
        case when r.status <> 'pending' then s.starts_at + interval '20 hours' end
      from bench_slots s
      cross join lateral (select case when s.i % 67 = 0 then 'upheld' when s.i % 211 = 0 then 'pending'
                                      when s.i % 307 = 0 then 'rejected' end as status) r
      where s.status in ('completed', 'archived') and r.status is not null`;

    // The ledger: signup points, a point spent per booking, refunds, rewards for interviews held (not when
    // the interviewer's no-show was upheld or a report is pending), then an admin adjustment for whoever
    // would be below zero; balances are the sums.
    await tx`insert into ledger_entries (user_id, delta, reason, reference, created_at)
      select id, 1, 'signup_bonus', 'signup', created_at from bench_users`;
    await tx`insert into ledger_entries (user_id, delta, reason, reference, booking_id, created_at)
      select candidate_id, -1, 'booking_spend', id::text, id, created_at from bookings`;
    await tx`insert into ledger_entries (user_id, delta, reason, reference, booking_id, created_at)
      select candidate_id, 1, 'booking_refund', id::text, id, cancelled_at from bookings where status <> 'active'`;
    await tx`insert into ledger_entries (user_id, delta, reason, reference, booking_id, created_at)
      select b.candidate_id, 1, 'booking_refund', b.id::text, b.id, r.resolved_at
      from no_show_reports r join bookings b on b.id = r.booking_id join slots s on s.id = b.slot_id
      where r.status = 'upheld' and r.accused_id = s.interviewer_id`;
    await tx`insert into ledger_entries (user_id, delta, reason, reference, booking_id, created_at)
      select s.interviewer_id, 1, 'interview_reward', b.id::text, b.id, s.ends_at + interval '1 day'
      from slots s join bookings b on b.slot_id = s.id and b.status = 'active'
      where s.status in ('completed', 'archived') and s.ends_at + interval '1 day' < now()
        and not exists (select 1 from no_show_reports r where r.booking_id = b.id
                        and r.accused_id = s.interviewer_id and r.status in ('pending', 'upheld'))`;
    await tx`insert into ledger_entries (user_id, delta, reason, reference, created_at)
      select u.id, -sum(l.delta), 'admin_adjustment', 'bench', u.created_at
      from bench_users u join ledger_entries l on l.user_id = u.id
      group by u.id, u.created_at having sum(l.delta) < 0`;
    await tx`update users u set balance = l.sum
      from (select user_id, sum(delta)::int as sum from ledger_entries group by user_id) l where l.user_id = u.id`;
    // Ratings as the reveal keeps them: about 60 % of interviews held were rated, averaging about 4.4.
    await tx`update users u set rating_count = r.n, rating_sum = r.n * 4 + r.n * 2 / 5
      from (select s.interviewer_id, (count(*) * 3 / 5)::int as n from slots s
            where s.status in ('completed', 'archived') group by s.interviewer_id) r
      where r.interviewer_id = u.id`;
  });
  await sql`vacuum analyze`;
  const [counts] = await sql`select
      (select count(*)::int from users) as users, (select count(*)::int from slots) as slots,
      (select count(*)::int from bookings) as bookings,
      (select count(*)::int from no_show_reports where status = 'upheld') as upheld,
      (select count(*)::int from ledger_entries) as ledger,
      (select count(*)::int from users u where u.balance <> coalesce((select sum(delta) from ledger_entries l
        where l.user_id = u.id), 0)) as unbalanced`;
  const [profession] = await sql`select id from professions order by position limit 1`;
  await sql.end();
  if (counts?.unbalanced !== 0) throw new Error('the seeded balances are not their ledgers’ sums');
  return { counts, professionId: profession?.id as string };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Median and p95 of `RUNS` calls after the warm-ups, in milliseconds. */
async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) };
}

/** Each query's last SQL and parameters, for EXPLAIN. */
function explainingDb(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const last: { query: string; params: unknown[] } = { query: '', params: [] };
  const db = drizzle({
    client,
    schema,
    casing: 'snake_case',
    logger: { logQuery: (query, params) => Object.assign(last, { query, params }) },
  }) as unknown as Db;
  return { db, client, last };
}

const database = await createTestDatabase();
try {
  const seeding = performance.now();
  const loadBefore = loadavg().map((load) => Math.round(load * 100) / 100);
  const { counts, professionId } = await seed(database.url);
  const seedSeconds = Math.round((performance.now() - seeding) / 100) / 10;
  const today = dashboardDayOf(new Date());
  const cases: Record<string, DashboardScope> = {
    year: { from: addDays(today, -364), to: today, professionId: null },
    '30 days': { from: addDays(today, -29), to: today, professionId: null },
    'year, one profession': { from: addDays(today, -364), to: today, professionId },
  };

  // One connection for the queries one by one, as each runs on its own connection of the route's pool.
  const single = connectPostgres(database.url, { max: 1 });
  const pool = connectPostgres(database.url, { max: 10 });
  const results: Record<string, unknown>[] = [];
  try {
    const [someone] = await single.db.select({ id: schema.users.id }).from(schema.users).limit(1);
    const ceiling = {
      'select 1': await time(() => single.db.execute(sql`select 1`)),
      'user by primary key': await time(() =>
        single.db
          .select()
          .from(schema.users)
          .where(eq(schema.users.id, someone?.id ?? '')),
      ),
      // What a query over the whole year cannot beat: reading the slots once.
      'count every slot': await time(() => single.db.execute(sql`select count(*) from slots`)),
    };
    const base = ceiling['select 1'].medianMs;
    const scan = ceiling['count every slot'].medianMs;
    for (const [name, scope] of Object.entries(cases)) {
      for (const [query, run] of Object.entries(dashboardQueries)) {
        const timing = await time(() => run(single.db, scope));
        results.push({
          case: name,
          query,
          ...timing,
          goalMs: GOAL_MS,
          met: timing.p95Ms < GOAL_MS,
          ratioToCeiling: Math.round((timing.medianMs / base) * 10) / 10,
          ratioToScan: Math.round((timing.medianMs / scan) * 10) / 10,
        });
      }
      const whole = await time(() =>
        getDashboard({
          db: pool.db,
          now: new Date(),
          from: scope.from,
          to: scope.to,
          professionId: scope.professionId ?? undefined,
        }),
      );
      results.push({
        case: name,
        query: 'the whole route (all queries side by side, pool of 10)',
        ...whole,
        ratioToCeiling: Math.round((whole.medianMs / base) * 10) / 10,
        ratioToScan: Math.round((whole.medianMs / scan) * 10) / 10,
      });
    }
    if (process.env.BENCH_EXPLAIN) {
      const explaining = explainingDb(database.url);
      for (const [name, scope] of Object.entries(cases))
        for (const [query, run] of Object.entries(dashboardQueries)) {
          await run(explaining.db, scope);
          const plan = await explaining.client.unsafe(
            `explain (analyze, buffers) ${explaining.last.query}`,
            explaining.last.params as never[],
          );
          console.log(`\n## ${name}: ${query}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
        }
      await explaining.client.end();
    }
    // The machine may be shared: its load during the run says how far the figures are its own.
    const loadAverage = { before: loadBefore, after: loadavg().map((load) => Math.round(load * 100) / 100) };
    console.log(
      JSON.stringify({ seeded: counts, seedSeconds, runs: RUNS, loadAverage, ceiling, results }, null, 2),
    );
  } finally {
    await single.close();
    await pool.close();
  }
} finally {
  await database.drop();
}
