import type { TAdminInterviewDetail } from '#contract/admin-interviews.ts';
import type { Db } from '#db/client.ts';
import { interviewDetail } from '#functions/admin/interviews.ts';

/** One interview's full history for an admin. */
export async function getInterview({
  db,
  slotId,
}: {
  db: Db;
  slotId: string;
}): Promise<TAdminInterviewDetail> {
  return interviewDetail(db, slotId);
}
