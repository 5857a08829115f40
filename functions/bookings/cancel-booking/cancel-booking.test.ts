import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slots, users } from '#db/schema/index.ts';
import { lockCutoff } from '#functions/scheduled/lock-cutoff/lock-cutoff.ts';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
const HOUR = 3600_000;

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;

/** A slot of a fresh interviewer (so moving the clock never makes slots collide), booked by a fresh candidate. */
async function booked(hoursAhead: number) {
  const interviewer = await createUser(h);
  const slotId = await publish(h, interviewer, profession, hoursAhead);
  const candidate = await createUser(h, { balance: 1 });
  const slot = await (await candidate.client.post(`/api/slots/${slotId}/booking`)).json();
  return { slotId, candidate, interviewer, bookingId: slot.bookingId as string };
}

describe('POST /api/bookings/:id/cancel (the candidate)', () => {
  it('refunds the point and puts the slot back on the exchange', async () => {
    const { slotId, candidate, bookingId } = await booked(10);
    h.published.length = 0;
    const res = await candidate.client.post(`/api/bookings/${bookingId}/cancel`);
    expect(res.status).toBe(200);
    expect(await balanceOf(candidate.id)).toBe(1);
    expect((await (await h.client().get(`/api/slots/${slotId}`)).json()).status).toBe('open');
    expect(h.published.map((e) => e.name)).toEqual(['slot.reopened', 'booking.cancelled', 'points.changed']);
    const again = await candidate.client.post(`/api/bookings/${bookingId}/cancel`);
    expect(again.status).toBe(409);
    expect(await balanceOf(candidate.id)).toBe(1);
  });

  it('refuses after the cutoff by server time, whatever the client believes', async () => {
    const { candidate, bookingId } = await booked(3);
    h.clock.advance(HOUR + 1);
    const res = await candidate.client.post(`/api/bookings/${bookingId}/cancel`);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('cutoff_passed');
    expect(await balanceOf(candidate.id)).toBe(0);
  });

  it('hides someone else’s booking (404) and sends the interviewer to cancel the slot instead (403)', async () => {
    const { bookingId, interviewer } = await booked(12);
    const stranger = await createUser(h);
    expect((await stranger.client.post(`/api/bookings/${bookingId}/cancel`)).status).toBe(404);
    expect((await interviewer.client.post(`/api/bookings/${bookingId}/cancel`)).status).toBe(403);
  });

  it('has exactly one winner when a cancellation races the cutoff job', async () => {
    for (let round = 0; round < 5; round++) {
      const { slotId, candidate, bookingId } = await booked(4 + round * 3);
      const [slot] = await h.deps.db.select().from(slots).where(eq(slots.id, slotId));
      // Put the clock exactly on the cutoff: the job locks, the cancellation must then be refused.
      h.clock.set(new Date((slot?.startsAt.getTime() ?? 0) - 2 * HOUR));
      const [cancel] = await Promise.all([
        candidate.client.post(`/api/bookings/${bookingId}/cancel`),
        lockCutoff({ db: h.deps.db, now: h.clock() }),
      ]);
      const [after] = await h.deps.db.select().from(slots).where(eq(slots.id, slotId));
      expect(cancel.status).toBe(409);
      expect(after?.status).toBe('booked');
      expect(after?.lockedAt).not.toBeNull();
      expect(await balanceOf(candidate.id)).toBe(0);
      h.clock.set(new Date((slot?.startsAt.getTime() ?? 0) - 2 * HOUR - 1));
      // One millisecond before the cutoff the cancellation wins and the job finds nothing to lock.
      const second = await booked(30 + round * 3);
      const [slot2] = await h.deps.db.select().from(slots).where(eq(slots.id, second.slotId));
      h.clock.set(new Date((slot2?.startsAt.getTime() ?? 0) - 2 * HOUR - 1));
      const [cancel2, job] = await Promise.all([
        second.candidate.client.post(`/api/bookings/${second.bookingId}/cancel`),
        lockCutoff({ db: h.deps.db, now: h.clock() }),
      ]);
      expect(cancel2.status).toBe(200);
      expect(job.events.filter((e) => 'slotId' in e.payload && e.payload.slotId === second.slotId)).toEqual(
        [],
      );
      expect(await balanceOf(second.candidate.id)).toBe(1);
    }
  });
});
