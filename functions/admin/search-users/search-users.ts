import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { type TAdminUserPage, type TUserSearchQuery, USER_SEARCH_PAGE } from '#contract/admin-users.ts';
import type { Db, Tx } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { summaryColumns, toSummary } from '#functions/admin/accounts.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';

type Input = TUserSearchQuery & { db: Db };

/** The term as a LIKE pattern's middle: %, _ and \ stand for themselves, not for "anything". */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * People whose login or display name contains the term, in any case, Cyrillic too; newest first, a page at
 * a time (keyset on created_at, id). The condition is written exactly as the trigram index's expression
 * (migration 0003: `lower(login || ' ' || display_name)`), so PostgreSQL answers it from that index; the
 * term is lowered by the database too, so both sides fold case by the same rules, on PostgreSQL and PGlite.
 * Without a term: the newest people. The statement goes unprepared (drizzle names no statement unless told),
 * so PostgreSQL plans each search with its term: a common one walks the newest people until a page is full, a
 * rare one reads the trigram index. A generic plan would pick one way for all (bench/README.md). The query
 * itself, for EXPLAIN (bench/user-search.ts and the test).
 */
export function userSearchQuery(db: Db | Tx, { q, cursor }: TUserSearchQuery) {
  const after = cursor ? decodeCursor(cursor) : undefined;
  return db
    .select(summaryColumns)
    .from(users)
    .where(
      and(
        q
          ? sql`lower(${users.login} || ' ' || ${users.displayName}) like '%' || lower(${escapeLike(q)}) || '%'`
          : undefined,
        // The cursor's `startsAt` carries the last row's created_at.
        after
          ? or(
              lt(users.createdAt, after.startsAt),
              and(eq(users.createdAt, after.startsAt), lt(users.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USER_SEARCH_PAGE + 1);
}

/** Terms shorter than this have no trigram: no index can find them, only the newest-first order helps. */
const TRIGRAM = 3;

/**
 * A page of people matching the search (userSearchQuery), with the cursor of the next one. A term of one or
 * two characters is matched by reading the newest people until the page is full: PostgreSQL judges how common
 * it is from a sample of 100 names, may take a pair that one person in a hundred has for a rarity, and then
 * reads and sorts the whole table (100 ms and more at 100,000 people, bench/README.md). With the table scan
 * ruled out for this one statement, a common pair costs a few milliseconds and a rare one no more than the
 * scan would have.
 */
export async function searchUsers({ db, ...query }: Input): Promise<TAdminUserPage> {
  const short = query.q !== undefined && query.q !== '' && Array.from(query.q).length < TRIGRAM;
  const rows = short
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return userSearchQuery(tx, query);
      })
    : await userSearchQuery(db, query);
  const page = rows.slice(0, USER_SEARCH_PAGE);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > USER_SEARCH_PAGE && last ? encodeCursor({ startsAt: last.createdAt, id: last.id }) : null,
  };
}
