import { and, asc, count, desc, eq, gt, lt, or } from 'drizzle-orm';
import type { TReportPage, TReportsQuery } from '#contract/admin-moderation.ts';
import type { Db } from '#db/client.ts';
import { noShowReports } from '#db/schema/index.ts';
import { reportQuery, toAdminReports } from '#functions/admin/moderation.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';

type Input = TReportsQuery & { db: Db; now: Date };

/**
 * The moderation queue: pending reports oldest first, as they wait; resolved ones most recently resolved
 * first, as an admin looks back. Each page is two queries (the reports, both sides' records) besides the
 * pending count, however many reports it holds.
 */
export async function listReports({ db, now, status, cursor, limit }: Input): Promise<TReportPage> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const pending = status === 'pending';
  // Resolved reports always have resolvedAt (a CHECK ties it to the status).
  const key = pending ? noShowReports.createdAt : noShowReports.resolvedAt;
  const beyond = pending ? gt : lt;
  const order = pending ? asc : desc;
  const [rows, [waiting]] = await Promise.all([
    reportQuery(db)
      .where(
        and(
          eq(noShowReports.status, status),
          after
            ? or(
                beyond(key, after.startsAt),
                and(eq(key, after.startsAt), beyond(noShowReports.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(order(key), order(noShowReports.id))
      .limit(limit + 1),
    db.select({ n: count() }).from(noShowReports).where(eq(noShowReports.status, 'pending')),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.report;
  const lastKey = last && (pending ? last.createdAt : last.resolvedAt);
  return {
    items: await toAdminReports(db, page, now),
    nextCursor:
      rows.length > limit && last && lastKey ? encodeCursor({ startsAt: lastKey, id: last.id }) : null,
    pending: waiting?.n ?? 0,
  };
}
