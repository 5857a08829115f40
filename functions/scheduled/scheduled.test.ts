import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, noShowReports, slots, users } from '#db/schema/index.ts';
import { scheduledJobs } from '#functions/registry.ts';
import { createUser, professionIds, publish, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { archiveSlots } from './archive-slots/archive-slots.ts';
import { completeInterviews } from './complete-interviews/complete-interviews.ts';
import { creditInterviewers } from './credit-interviewers/credit-interviewers.ts';
import { expireSlots } from './expire-slots/expire-slots.ts';
import { lockCutoff } from './lock-cutoff/lock-cutoff.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
const HOUR = 3600_000;

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' }, start: '2026-12-01T09:00:00Z' });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const slotRow = async (id: string) => (await h.deps.db.select().from(slots).where(eq(slots.id, id)))[0];
const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;
/** Two copies of a job at the same moment, as two schedulers firing together would. */
const twice = async (job: (typeof scheduledJobs)[string]) => {
  const [a, b] = await Promise.all([
    job({ db: h.deps.db, now: h.clock() }),
    job({ db: h.deps.db, now: h.clock() }),
  ]);
  return a.affected + b.affected;
};

async function bookedInterview(hoursAhead: number) {
  const interviewer = await createUser(h);
  const candidate = await createUser(h);
  const slotId = await publish(h, interviewer, profession, hoursAhead);
  const booking = await (await candidate.client.post(`/api/slots/${slotId}/booking`)).json();
  return { interviewer, candidate, slotId, bookingId: booking.bookingId as string };
}

describe('scheduled functions', () => {
  it('run in the documented order', () => {
    expect(Object.keys(scheduledJobs)).toEqual([
      'scheduled/lock-cutoff',
      'scheduled/complete-interviews',
      'scheduled/credit-interviewers',
      'scheduled/remind-feedback',
      'scheduled/reveal-feedback',
      'scheduled/expire-slots',
      'scheduled/archive-slots',
    ]);
  });

  it('take an interview from booking to credit to archive, each effect once even when run twice at once', async () => {
    const start = h.clock().getTime();
    const { interviewer, candidate, slotId } = await bookedInterview(5);

    h.clock.set(new Date(start + 3 * HOUR - 1));
    expect(await twice(lockCutoff)).toBe(0);
    h.clock.set(new Date(start + 3 * HOUR));
    const reminders = await Promise.all([
      lockCutoff({ db: h.deps.db, now: h.clock() }),
      lockCutoff({ db: h.deps.db, now: h.clock() }),
    ]);
    const sent = reminders.flatMap((r) => r.events);
    expect(sent.map((e) => (e.audience.kind === 'user' ? e.audience.userId : null)).sort()).toEqual(
      [interviewer.id, candidate.id].sort(),
    );
    expect((await slotRow(slotId))?.lockedAt).not.toBeNull();

    h.clock.set(new Date(start + 6 * HOUR));
    expect(await twice(completeInterviews)).toBe(1);
    expect((await slotRow(slotId))?.status).toBe('completed');

    h.clock.set(new Date(start + 6 * HOUR + 24 * HOUR - 1));
    expect(await twice(creditInterviewers)).toBe(0);
    expect(await twice(archiveSlots)).toBe(0);
    h.clock.set(new Date(start + 6 * HOUR + 24 * HOUR));
    const before = await balanceOf(interviewer.id);
    expect(await twice(creditInterviewers)).toBe(1);
    expect(await twice(creditInterviewers)).toBe(0);
    expect(await balanceOf(interviewer.id)).toBe((before ?? 0) + 1);
    // The credit reaches the interviewer's open pages as a request's change would: through the outbox.
    await h.deps.dispatch();
    const credited = h.published.filter(
      (e) =>
        e.name === 'points.changed' && e.audience.kind === 'user' && e.audience.userId === interviewer.id,
    );
    expect(credited.at(-1)?.payload).toEqual({ balance: (before ?? 0) + 1 });
    const rewards = await h.deps.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.userId, interviewer.id));
    expect(rewards.filter((r) => r.reason === 'interview_reward')).toHaveLength(1);

    expect(await twice(archiveSlots)).toBe(1);
    expect(await slotRow(slotId)).toMatchObject({ status: 'archived' });
    const archive = await (await interviewer.client.get('/api/me/interviews?scope=archive')).json();
    expect(archive.items.map((s: { id: string }) => s.id)).toContain(slotId);
    const conducted = await (await h.client().get(`/api/slots/${slotId}`)).json();
    expect(conducted.interviewer.interviewsConducted).toBe(1);
  });

  it('reminds nobody of an interview that already started when the scheduler comes back', async () => {
    const { slotId } = await bookedInterview(3);
    // The scheduler was down from before the cutoff until after the interview ended.
    h.clock.advance(5 * HOUR);
    const result = await lockCutoff({ db: h.deps.db, now: h.clock() });
    expect(result.affected).toBeGreaterThanOrEqual(1);
    expect(result.events.filter((e) => 'slotId' in e.payload && e.payload.slotId === slotId)).toEqual([]);
    expect((await slotRow(slotId))?.lockedAt).not.toBeNull();
  });

  it('expires an unbooked slot at its start, once, and archives it a day after its end', async () => {
    const interviewer: TestUser = await createUser(h);
    const slotId = await publish(h, interviewer, profession, 2);
    h.clock.advance(2 * HOUR);
    const [a, b] = await Promise.all([
      expireSlots({ db: h.deps.db, now: h.clock() }),
      expireSlots({ db: h.deps.db, now: h.clock() }),
    ]);
    expect([...a.events, ...b.events]).toEqual([
      expect.objectContaining({ name: 'slot.expired', payload: { slotId } }),
    ]);
    expect((await slotRow(slotId))?.status).toBe('expired');
    h.clock.advance(25 * HOUR);
    await archiveSlots({ db: h.deps.db, now: h.clock() });
    expect(await slotRow(slotId)).toMatchObject({ status: 'expired', archivedAt: expect.any(Date) });
  });

  it('does not credit or archive while a report against the interviewer is pending', async () => {
    const { interviewer, candidate, slotId, bookingId } = await bookedInterview(3);
    await h.deps.db
      .insert(noShowReports)
      .values({ bookingId, reporterId: candidate.id, accusedId: interviewer.id, comment: 'не пришёл' });
    h.clock.advance(30 * HOUR);
    for (const job of Object.values(scheduledJobs)) await job({ db: h.deps.db, now: h.clock() });
    expect(await slotRow(slotId)).toMatchObject({ status: 'completed', archivedAt: null });
    const rewards = await h.deps.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.userId, interviewer.id));
    expect(rewards.filter((r) => r.reason === 'interview_reward')).toHaveLength(0);
  });

  it('catches up when run late: one tick settles everything that became due', async () => {
    const { interviewer, slotId } = await bookedInterview(4);
    const before = await balanceOf(interviewer.id);
    h.clock.advance(5 * 24 * HOUR);
    for (const job of Object.values(scheduledJobs)) await job({ db: h.deps.db, now: h.clock() });
    expect(await slotRow(slotId)).toMatchObject({ status: 'archived', lockedAt: expect.any(Date) });
    expect(await balanceOf(interviewer.id)).toBe((before ?? 0) + 1);
  });
});
