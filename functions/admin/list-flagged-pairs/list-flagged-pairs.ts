import { sql } from 'drizzle-orm';
import type { TFlaggedPairs } from '#contract/admin-moderation.ts';
import { PAIR_FLAG } from '#contract/rules.ts';
import { type Db, rowsOf } from '#db/client.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The most pairs one answer lists, the busiest first. */
export const FLAGGED_PAIRS_SHOWN = 100;

type PairRow = {
  a_id: string;
  a_login: string;
  a_name: string;
  a_interviewed: number;
  a_earned: number;
  b_id: string;
  b_login: string;
  b_name: string;
  b_interviewed: number;
  b_earned: number;
  interviews: number;
  last_at: Date | string;
};

/**
 * Anti-farming, for admins: pairs of people with PAIR_FLAG.interviews or more interviews together (either
 * direction) starting within the last PAIR_FLAG.windowDays, upcoming booked ones included, or who booked
 * each other both ways within it. An interview counts while its booking stands (held or booked, not
 * cancelled). Each pair comes with how often each interviewed the other and the points each earned from
 * the other in the window; the most interviews first. One query over the window's interviews.
 */
export async function listFlaggedPairs({ db, now }: { db: Db; now: Date }): Promise<TFlaggedPairs> {
  const since = new Date(now.getTime() - PAIR_FLAG.windowDays * DAY_MS);
  const rows = rowsOf<PairRow>(
    await db.execute(sql`with together as (
        select least(s.interviewer_id, b.candidate_id) as a, greatest(s.interviewer_id, b.candidate_id) as b,
          s.interviewer_id, b.id as booking_id, s.starts_at
        from bookings b
        join slots s on s.id = b.slot_id
        where b.status = 'active' and s.status in ('booked', 'completed', 'archived')
          and s.starts_at >= ${since.toISOString()}::timestamptz
      ), pairs as (
        select t.a as a_id, t.b as b_id, count(*)::int as interviews, max(t.starts_at) as last_at,
          (count(*) filter (where t.interviewer_id = t.a))::int as a_interviewed,
          (count(*) filter (where t.interviewer_id = t.b))::int as b_interviewed,
          (coalesce(sum(l.delta) filter (where t.interviewer_id = t.a), 0))::int as a_earned,
          (coalesce(sum(l.delta) filter (where t.interviewer_id = t.b), 0))::int as b_earned
        from together t
        left join ledger_entries l on l.user_id = t.interviewer_id and l.reason = 'interview_reward'
          and l.reference = t.booking_id::text
        group by t.a, t.b
      )
      select p.*, ua.login as a_login, ua.display_name as a_name, ub.login as b_login, ub.display_name as b_name
      from pairs p
      join users ua on ua.id = p.a_id
      join users ub on ub.id = p.b_id
      where p.interviews >= ${PAIR_FLAG.interviews} or (p.a_interviewed > 0 and p.b_interviewed > 0)
      order by p.interviews desc, p.last_at desc, p.a_id, p.b_id
      limit ${FLAGGED_PAIRS_SHOWN}`),
  );
  return {
    since: since.toISOString(),
    items: rows.map((row) => ({
      people: [
        {
          id: row.a_id,
          login: row.a_login,
          displayName: row.a_name,
          interviewed: row.a_interviewed,
          earned: row.a_earned,
        },
        {
          id: row.b_id,
          login: row.b_login,
          displayName: row.b_name,
          interviewed: row.b_interviewed,
          earned: row.b_earned,
        },
      ],
      interviews: row.interviews,
      bothWays: row.a_interviewed > 0 && row.b_interviewed > 0,
      lastAt: new Date(row.last_at).toISOString(),
    })),
  };
}
