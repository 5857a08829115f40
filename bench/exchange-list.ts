/**
 * The exchange list under load: 10,000 open slots in PostgreSQL from interviewers with 100,000 revealed
 * reviews between them, guests reading the first page (`GET /api/slots?professions=all`, 30 slots with
 * their interviewers and ratings) over 100 connections for 20 s, the same with a filter, a cursor and the
 * "best rated" order; and, in the same run, the ceiling: a bare Hono server answering the first page's
 * body from memory (bench/bare-http.ts). `npm run bench:exchange`; figures in bench/README.md.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { spawnService } from '#e2e/support/processes.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { startServerProcess } from './support.ts';

const SLOTS = 10_000;
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 100_000);
const INTERVIEWERS = 500;
const CANDIDATES = 2_000;
const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

async function seed(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const professions = (await sql`select id from professions order by position`).map((p) => p.id as string);
  const interviewers = Array.from({ length: INTERVIEWERS }, (_, i) => ({
    id: crypto.randomUUID(),
    login: `int${i}`,
    display_name: `Интервьюер ${i}`,
  }));
  await sql`insert into users ${sql(interviewers)}`;
  const start = Date.now() + 3 * 3600_000;
  const rows = Array.from({ length: SLOTS }, (_, i) => {
    // Each interviewer's 20 slots are 2 hours apart: no overlaps, spread over 40 hours.
    const interviewer = interviewers[i % INTERVIEWERS];
    const startsAt = new Date(start + Math.floor(i / INTERVIEWERS) * 2 * 3600_000 + (i % 60) * 60_000);
    return {
      interviewer_id: interviewer?.id,
      profession_id: professions[i % professions.length],
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3600_000),
      duration_minutes: 60,
      meeting_url: 'https://meet.example.com/bench',
      level: (['junior', 'middle', 'senior'] as const)[i % 3],
      language: i % 4 === 0 ? 'en' : 'ru',
      description: 'Алгоритмы, SQL, системный дизайн',
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await sql`insert into slots ${sql(rows.slice(i, i + 1000))}`;
  await seedReviews(sql, interviewers, professions);
  await sql`vacuum analyze`;
  await sql.end();
  return professions;
}

/**
 * REVIEWS held interviews in the past (archived slots, their bookings, revealed reviews), spread over the
 * interviewers, and the rating counters the reveal keeps: as the product would have them after a year.
 */
async function seedReviews(sql: postgres.Sql, interviewers: { id: string }[], professions: string[]) {
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => ({
    id: crypto.randomUUID(),
    login: `cand${i}`,
    display_name: `Кандидат ${i}`,
  }));
  for (let i = 0; i < candidates.length; i += 1000)
    await sql`insert into users ${sql(candidates.slice(i, i + 1000))}`;
  const yearAgo = Date.now() - 365 * 24 * 3600_000;
  for (let first = 0; first < REVIEWS; first += 2000) {
    const count = Math.min(2000, REVIEWS - first);
    const held = Array.from({ length: count }, (_, k) => {
      const i = first + k;
      const startsAt = new Date(yearAgo + i * 5 * 60_000);
      return {
        slot: {
          id: crypto.randomUUID(),
          interviewer_id: interviewers[i % interviewers.length]?.id,
          profession_id: professions[i % professions.length],
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 3600_000),
          duration_minutes: 60,
          meeting_url: 'https://meet.example.com/bench',
          status: 'archived',
          archived_at: new Date(startsAt.getTime() + 2 * 86_400_000),
        },
        candidateId: candidates[i % candidates.length]?.id,
        // Mostly good, some poor: 5, 4, 5, 3, 5, 4, 2, 5, …
        rating: [5, 4, 5, 3, 5, 4, 2, 5][i % 8] ?? 5,
      };
    });
    await sql`insert into slots ${sql(held.map((h) => h.slot))}`;
    const bookings = held.map((h) => ({
      id: crypto.randomUUID(),
      slot_id: h.slot.id,
      candidate_id: h.candidateId,
      feedback_revealed_at: h.slot.ends_at,
    }));
    await sql`insert into bookings ${sql(bookings)}`;
    await sql`insert into interviewer_reviews ${sql(
      held.map((h, k) => ({
        booking_id: bookings[k]?.id,
        author_id: h.candidateId,
        subject_id: h.slot.interviewer_id,
        rating: h.rating,
        comment: 'Полезно, разобрали ошибки',
      })),
    )}`;
  }
  await sql`update users u set rating_count = r.n, rating_sum = r.total
    from (select subject_id, count(*)::int as n, sum(rating)::int as total
          from interviewer_reviews group by subject_id) r
    where u.id = r.subject_id`;
}

async function run(url: string, path: string) {
  const result = await autocannon({ url: `${url}${path}`, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    path,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
  };
}

const database = await createTestDatabase();
const { url } = database;
const professions = await seed(url);
const server = await startServerProcess({ DATABASE_URL: url, DATABASE_POOL_SIZE: '10', PORT: '0' });
const scratch = await mkdtemp(join(tmpdir(), 'mockstock-bench-'));
try {
  const firstPage = await (await fetch(`${server.url}/api/slots?professions=all&limit=30`)).text();
  const first = JSON.parse(firstPage) as {
    total: number;
    items: { interviewer: { rating: { count: number } | null } }[];
    nextCursor: string;
  };
  if (first.total !== SLOTS || first.items.length !== 30)
    throw new Error(`unexpected page: total ${first.total}`);
  if (REVIEWS > 0 && !first.items.every((slot) => (slot.interviewer.rating?.count ?? 0) > 0))
    throw new Error('the page shows interviewers without their ratings');
  // The ceiling: the same body from memory, served by a bare Hono process.
  const bodyFile = join(scratch, 'first-page.json');
  await writeFile(bodyFile, firstPage);
  const bare = await spawnService('bench/bare-http.ts', { BODY_FILE: bodyFile }, /listening on (\d+)/);
  const results = [];
  try {
    // Each case right after its own ceiling run, so that both see the same machine (it is shared).
    for (const path of [
      '/api/slots?professions=all&limit=30',
      `/api/slots?professions=${professions[1]}&level=middle&language=ru&limit=30`,
      `/api/slots?professions=all&limit=30&cursor=${first.nextCursor}`,
      '/api/slots?professions=all&limit=30&sort=best_rated',
    ]) {
      const ceiling = await run(`http://127.0.0.1:${bare.match[1]}`, path);
      const result = await run(server.url, path);
      results.push({
        ...result,
        ceilingRequestsPerSecond: ceiling.requestsPerSecond,
        ceilingLatencyP99Ms: ceiling.latencyP99Ms,
        ratioToCeiling: Math.round((result.requestsPerSecond / ceiling.requestsPerSecond) * 1000) / 1000,
      });
    }
  } finally {
    await bare.stop();
  }
  console.log(
    JSON.stringify(
      { slots: SLOTS, reviews: REVIEWS, connections: CONNECTIONS, seconds: SECONDS, results },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
  await database.drop();
  await rm(scratch, { recursive: true, force: true });
}
