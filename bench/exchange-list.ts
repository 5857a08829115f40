/**
 * The exchange list under load: 10,000 open slots in PostgreSQL, guests reading the first page
 * (`GET /api/slots?professions=all`, 30 slots with their interviewers) over 100 connections for 20 s, and
 * the same with a filter and a cursor. `npm run bench:exchange`; figures in bench/README.md.
 */
import autocannon from 'autocannon';
import postgres from 'postgres';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { startServerProcess } from './support.ts';

const SLOTS = 10_000;
const INTERVIEWERS = 500;
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
  await sql`vacuum analyze`;
  await sql.end();
  return professions;
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
try {
  const first = (await (await fetch(`${server.url}/api/slots?professions=all&limit=30`)).json()) as {
    total: number;
    items: unknown[];
    nextCursor: string;
  };
  if (first.total !== SLOTS || first.items.length !== 30)
    throw new Error(`unexpected page: total ${first.total}`);
  const results = [
    await run(server.url, '/api/slots?professions=all&limit=30'),
    await run(server.url, `/api/slots?professions=${professions[1]}&level=middle&language=ru&limit=30`),
    await run(server.url, `/api/slots?professions=all&limit=30&cursor=${first.nextCursor}`),
  ];
  console.log(JSON.stringify({ slots: SLOTS, connections: CONNECTIONS, seconds: SECONDS, results }, null, 2));
} finally {
  await server.stop();
  await database.drop();
}
