import { setTimeout as sleep } from 'node:timers/promises';
import type postgres from 'postgres';

/**
 * What must hold of the data whatever happened to the processes around it, each query listing the rows that
 * break it (an empty list when it holds). They run in one REPEATABLE READ transaction, so under load they
 * all judge the same committed state.
 */
const CHECKS = {
  /** Every balance is the sum of its ledger entries, and never negative. */
  balanceIsLedgerSum: `select u.id, u.balance, coalesce(sum(l.delta), 0)::int as sum
    from users u left join ledger_entries l on l.user_id = u.id
    group by u.id having u.balance <> coalesce(sum(l.delta), 0) or u.balance < 0`,
  /** At most one active booking per slot. */
  oneActiveBookingPerSlot: `select slot_id, count(*)::int as active from bookings where status = 'active'
    group by slot_id having count(*) > 1`,
  /** A booked slot has its active booking and an open one has none. */
  slotStatusMatchesBooking: `select s.id, s.status from slots s
    left join bookings b on b.slot_id = s.id and b.status = 'active'
    where s.status in ('open', 'booked') and (s.status = 'booked') <> (b.id is not null)`,
  /**
   * A ledger row is a duplicate when it pays the same thing twice: the same user, reason and reference (the
   * key the database enforces), or, for a booking, a second spend, refund or reward of that booking.
   */
  duplicateLedgerRows: `select user_id::text as who, reason::text, reference, count(*)::int as n
      from ledger_entries group by user_id, reason, reference having count(*) > 1
    union all
    select booking_id::text, reason::text, '', count(*)::int from ledger_entries
      where booking_id is not null and reason in ('booking_spend', 'booking_refund', 'interview_reward')
      group by booking_id, reason having count(*) > 1`,
  /** Every booking was paid for, and only a booking given up was refunded. */
  bookingPaidOnce: `select b.id, b.status,
      count(*) filter (where l.reason = 'booking_spend')::int as spent,
      count(*) filter (where l.reason = 'booking_refund')::int as refunded
    from bookings b left join ledger_entries l on l.booking_id = b.id
    group by b.id, b.status
    having count(*) filter (where l.reason = 'booking_spend') <> 1
      or count(*) filter (where l.reason = 'booking_refund') > (case when b.status = 'active' then 0 else 1 end)`,
} as const;

export type Violations = Record<keyof typeof CHECKS, unknown[]>;

/** Runs every check in one snapshot; retries while the database is still coming back. */
export async function invariantViolations(sql: postgres.Sql): Promise<Violations> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sql.begin('isolation level repeatable read read only', async (tx) => {
        const found: Partial<Violations> = {};
        for (const [name, query] of Object.entries(CHECKS))
          found[name as keyof Violations] = [...(await tx.unsafe(query))];
        return found as Violations;
      });
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(250);
    }
  }
}

/**
 * How long until no event older than `graceMs` waits in the outbox (the dispatchers' sweep runs every
 * second, so under load a few just-committed rows are always pending). Rejects after `timeoutMs`.
 */
export async function outboxDrained(sql: postgres.Sql, { graceMs = 2000, timeoutMs = 10_000 } = {}) {
  const started = performance.now();
  let stale = -1;
  while (performance.now() - started < timeoutMs) {
    stale = await sql`select count(*)::int as n from outbox_events
        where dispatched_at is null and occurred_at < now() - ${graceMs} * interval '1 millisecond'`.then(
      ([row]) => row?.n as number,
      () => -1,
    );
    if (stale === 0) return Math.round(performance.now() - started);
    await sleep(100);
  }
  throw new Error(`${stale} outbox events still undispatched after ${timeoutMs} ms`);
}
