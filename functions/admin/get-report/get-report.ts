import type { TAdminReport } from '#contract/admin-moderation.ts';
import type { Db } from '#db/client.ts';
import { adminReport } from '#functions/admin/moderation.ts';

/** One no-show report with its interview, both check-ins and both sides' records. */
export function getReport({
  db,
  now,
  reportId,
}: {
  db: Db;
  now: Date;
  reportId: string;
}): Promise<TAdminReport> {
  return adminReport(db, reportId, now);
}
