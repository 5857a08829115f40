/**
 * The admin's user search over 100,000 people: logins in Latin, display names in Cyrillic and Latin, made by
 * PostgreSQL itself (generate_series, random() seeded). ~500 partial terms of 2–5 letters taken from the
 * names people have (Latin and Cyrillic, any case), searched one after another through the function the
 * route runs (functions/admin/search-users/search-users.ts) and the driver the functions use; p50/p95/p99.
 * The ceiling, in the same run: as many reads of one user by primary key through the same driver. The plans
 * of a few terms (EXPLAIN ANALYZE) show the trigram index at work. `npm run bench:user-search` (about a
 * minute); figures in bench/README.md.
 */
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { connectPostgres, rowsOf } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { summaryColumns } from '#functions/admin/accounts.ts';
import { searchUsers, userSearchQuery } from '#functions/admin/search-users/search-users.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { percentile } from './support.ts';

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const TERMS = Number(process.env.BENCH_TERMS ?? 500);
const WARMUP = 20;
const GOAL_P99_MS = 50;

// Names with the logins their owners would pick: the Cyrillic ones transliterated.
const CYRILLIC_FIRST = [
  ['Александр', 'alexander'],
  ['Алексей', 'aleksey'],
  ['Анна', 'anna'],
  ['Борис', 'boris'],
  ['Вера', 'vera'],
  ['Виктор', 'viktor'],
  ['Галина', 'galina'],
  ['Дмитрий', 'dmitry'],
  ['Екатерина', 'ekaterina'],
  ['Елена', 'elena'],
  ['Иван', 'ivan'],
  ['Ирина', 'irina'],
  ['Кирилл', 'kirill'],
  ['Ксения', 'ksenia'],
  ['Леонид', 'leonid'],
  ['Людмила', 'lyudmila'],
  ['Максим', 'maxim'],
  ['Мария', 'maria'],
  ['Никита', 'nikita'],
  ['Ольга', 'olga'],
  ['Павел', 'pavel'],
  ['Полина', 'polina'],
  ['Роман', 'roman'],
  ['Светлана', 'svetlana'],
  ['Сергей', 'sergey'],
  ['Татьяна', 'tatiana'],
  ['Фёдор', 'fedor'],
  ['Юлия', 'yulia'],
  ['Ярослав', 'yaroslav'],
  ['Зоя', 'zoya'],
];
const CYRILLIC_LAST = [
  ['Смирнов', 'smirnov'],
  ['Кузнецов', 'kuznetsov'],
  ['Попов', 'popov'],
  ['Васильев', 'vasiliev'],
  ['Петров', 'petrov'],
  ['Соколов', 'sokolov'],
  ['Михайлов', 'mikhailov'],
  ['Новиков', 'novikov'],
  ['Фёдоров', 'fedorov'],
  ['Морозов', 'morozov'],
  ['Волков', 'volkov'],
  ['Алексеев', 'alekseev'],
  ['Лебедев', 'lebedev'],
  ['Семёнов', 'semenov'],
  ['Егоров', 'egorov'],
  ['Павлов', 'pavlov'],
  ['Козлов', 'kozlov'],
  ['Степанов', 'stepanov'],
  ['Николаев', 'nikolaev'],
  ['Орлов', 'orlov'],
  ['Андреев', 'andreev'],
  ['Макаров', 'makarov'],
  ['Никитин', 'nikitin'],
  ['Захаров', 'zakharov'],
  ['Зайцев', 'zaitsev'],
  ['Соловьёв', 'soloviev'],
  ['Борисов', 'borisov'],
  ['Яковлев', 'yakovlev'],
  ['Григорьев', 'grigoriev'],
  ['Романов', 'romanov'],
];
const LATIN_FIRST = [
  'Alex',
  'Anna',
  'Boris',
  'Chris',
  'Daniel',
  'Elena',
  'Emma',
  'George',
  'Hannah',
  'Igor',
  'Ivan',
  'Jack',
  'Julia',
  'Kate',
  'Leo',
  'Lucas',
  'Maria',
  'Max',
  'Nina',
  'Oliver',
  'Olga',
  'Paul',
  'Peter',
  'Roman',
  'Sam',
  'Sofia',
  'Tom',
  'Victor',
  'William',
  'Zoe',
];
const LATIN_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Miller',
  'Davis',
  'Garcia',
  'Wilson',
  'Moore',
  'Taylor',
  'Anderson',
  'Thomas',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Thompson',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
];

/**
 * Two people in three have a Cyrillic display name and a transliterated login, the third a Latin one; every
 * login ends with the person's number (logins are unique). Created 15 minutes apart over about three years,
 * to the millisecond (as the app stores them).
 */
async function seed(url: string) {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  const nth = (rows: string[][], index: number) => rows.map((row) => row[index] ?? '');
  await db.begin(async (tx) => {
    await tx`select setseed(0.42)`;
    await tx`insert into users (login, display_name, created_at, updated_at)
      select
        case when cyrillic then lower(cf[f]) || '.' || cl[l] else lower(lf[f]) || '_' || lower(ll[l]) end || n,
        case when cyrillic then rf[f] || ' ' || rl[l] else lf[f] || ' ' || ll[l] end,
        created_at, created_at
      from (
        select n, n % 3 <> 0 as cyrillic, 1 + floor(random() * 30)::int as f, 1 + floor(random() * 30)::int as l,
          date_trunc('milliseconds', now() - interval '1100 days' + n * interval '15 minutes') as created_at,
          ${nth(CYRILLIC_FIRST, 0)}::text[] as rf, ${nth(CYRILLIC_FIRST, 1)}::text[] as cf,
          ${nth(CYRILLIC_LAST, 0)}::text[] as rl, ${nth(CYRILLIC_LAST, 1)}::text[] as cl,
          ${LATIN_FIRST}::text[] as lf, ${LATIN_LAST}::text[] as ll
        from generate_series(1, ${USERS}) n
      ) people`;
  });
  await db`analyze users`;
  const [{ count } = { count: 0 }] = await db<{ count: number }[]>`select count(*)::int as count from users`;
  await db.end();
  return count;
}

/** A seeded pseudo-random source (mulberry32): every run searches the same terms. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What admins type: 2–5 letters from inside a name people have, half of them Cyrillic, in lower, capitalised
 * or upper case.
 */
function terms(count: number): string[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const cyrillic = [...CYRILLIC_FIRST, ...CYRILLIC_LAST].map(([name]) => name ?? '');
  const latin = [
    ...LATIN_FIRST,
    ...LATIN_LAST,
    ...CYRILLIC_FIRST.map(([, login]) => login ?? ''),
    ...CYRILLIC_LAST.map(([, login]) => login ?? ''),
  ];
  return Array.from({ length: count }, (_, i) => {
    const name = pick(i % 2 === 0 ? cyrillic : latin);
    const length = Math.min(name.length, 2 + Math.floor(next() * 4));
    const start = Math.floor(next() * (name.length - length + 1));
    const part = name.slice(start, start + length);
    const casing = next();
    return casing < 0.6 ? part.toLowerCase() : casing < 0.85 ? part : part.toUpperCase();
  });
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

const database = await createTestDatabase();
try {
  const seeding = performance.now();
  const seeded = await seed(database.url);
  const seedSeconds = Math.round((performance.now() - seeding) / 100) / 10;
  // One connection, one query at a time: each search as one request of the route would run it.
  const { db, close } = connectPostgres(database.url, { max: 1 });
  try {
    const searches = terms(TERMS);
    const ids = rowsOf<{ id: string }>(
      await db.execute(sql`select id from ${users} order by random() limit ${TERMS}`),
    ).map((row) => row.id);
    for (const q of searches.slice(0, WARMUP)) await searchUsers({ db, q });
    for (const id of ids.slice(0, WARMUP))
      await db.select(summaryColumns).from(users).where(eq(users.id, id));

    // Each search is followed by one read of the ceiling, so both meet the same moments of the machine.
    const searchTimes: number[] = [];
    const lookupTimes: number[] = [];
    const found: number[] = [];
    for (const [i, q] of searches.entries()) {
      const start = performance.now();
      const page = await searchUsers({ db, q });
      searchTimes.push(performance.now() - start);
      found.push(page.items.length);
      const lookup = performance.now();
      await db
        .select(summaryColumns)
        .from(users)
        .where(eq(users.id, ids[i] ?? ''));
      lookupTimes.push(performance.now() - lookup);
    }
    const search = summary(searchTimes);
    const ceiling = summary(lookupTimes);
    const byLength = Object.fromEntries(
      [2, 3, 4, 5].map((length) => [
        `${length} letters`,
        summary(searchTimes.filter((_, i) => searches[i]?.length === length)).p99Ms,
      ]),
    );

    // The plans, as PostgreSQL runs the route's statement with its parameters.
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    const plans: Record<string, string> = {};
    for (const q of ['бор', 'Smi', 'ПЕТРОВ', 'ov4242', 'Зоя Коз', 'zzq', 'ан', 'WH', 'qz']) {
      const query = userSearchQuery(db, { q }).toSQL();
      const rows = await client.begin(async (tx) => {
        // As searchUsers runs a term shorter than a trigram.
        if (Array.from(q).length < 3) await tx`set local enable_seqscan = off`;
        return tx.unsafe(`explain (analyze, buffers) ${query.sql}`, query.params as never[]);
      });
      plans[q] = rows.map((row) => row['QUERY PLAN']).join('\n');
      console.log(`\n## EXPLAIN ANALYZE for q=${q}\n${plans[q]}`);
    }
    await client.end();

    console.log(
      JSON.stringify(
        {
          users: seeded,
          seedSeconds,
          terms: searches.length,
          sampleTerms: searches.slice(0, 12),
          termsWithResults: found.filter((n) => n > 0).length,
          search,
          p99ByTermLength: byLength,
          slowest: searches
            .map((q, i) => ({ q, ms: round(searchTimes[i] ?? 0) }))
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 5),
          ceiling: { query: 'select … from users where id = $1', ...ceiling },
          ratio: {
            p50: round(search.p50Ms / ceiling.p50Ms),
            p99: round(search.p99Ms / ceiling.p99Ms),
          },
          goalP99Ms: GOAL_P99_MS,
          met: search.p99Ms <= GOAL_P99_MS,
          trigramIndexUsed: Object.fromEntries(
            Object.entries(plans).map(([q, plan]) => [q, plan.includes('users_search_trgm_idx')]),
          ),
        },
        null,
        2,
      ),
    );
  } finally {
    await close();
  }
} finally {
  await database.drop();
}
