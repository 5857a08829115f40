import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strikes, users } from '#db/schema/index.ts';
import { createUser, ledgerViolations, professionIds, publish } from '#functions/testing/fixtures.ts';
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
const strikesOf = async (id: string) => ({
  rows: await h.deps.db.select().from(strikes).where(eq(strikes.userId, id)),
  count: (await h.deps.db.select({ n: users.strikes }).from(users).where(eq(users.id, id)))[0]?.n,
});

/** A slot of a fresh interviewer (so moving the clock never makes slots collide), booked by a fresh candidate. */
async function booked(hoursAhead: number) {
  const interviewer = await createUser(h);
  const slotId = await publish(h, interviewer, profession, hoursAhead);
  const candidate = await createUser(h, { balance: 1 });
  const slot = await (await candidate.client.post(`/api/slots/${slotId}/booking`)).json();
  return { slotId, candidate, interviewer, bookingId: slot.bookingId as string };
}

describe('POST /api/slots/:id/cancel (the interviewer)', () => {
  it('cancels a booked slot before the cutoff, refunds and tells the candidate, with no strike', async () => {
    const { slotId, candidate, interviewer } = await booked(20);
    h.published.length = 0;
    const res = await interviewer.client.post(`/api/slots/${slotId}/cancel`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('cancelled');
    expect(await balanceOf(candidate.id)).toBe(1);
    const told = h.published.find((e) => e.name === 'booking.cancelled');
    expect(told).toMatchObject({
      audience: { kind: 'user', userId: candidate.id },
      payload: { slotId, by: 'interviewer' },
    });
    expect(told?.payload).not.toHaveProperty('late');
    expect(await strikesOf(interviewer.id)).toEqual({ rows: [], count: 0 });
    expect((await candidate.client.post(`/api/slots/${slotId}/booking`)).status).toBe(409);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('cancels late inside the cutoff: the candidate is refunded and told it was late, the interviewer struck once', async () => {
    const { slotId, candidate, interviewer, bookingId } = await booked(2.5);
    const other = await publish(h, interviewer, profession, 30);
    h.clock.advance(HOUR);
    // The candidate's way out closed at the cutoff and stays closed.
    const given = await candidate.client.post(`/api/bookings/${bookingId}/cancel`);
    expect(given.status).toBe(409);
    expect((await given.json()).code).toBe('cutoff_passed');
    const before = await (await interviewer.client.get(`/api/slots/${slotId}`)).json();
    expect(before.canCancel).toBe(true);

    h.published.length = 0;
    const res = await interviewer.client.post(`/api/slots/${slotId}/cancel`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'interviewer' },
      canCancel: false,
    });
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(h.published.map((e) => [e.name, e.audience])).toEqual([
      ['slot.cancelled', { kind: 'public' }],
      ['booking.cancelled', { kind: 'user', userId: candidate.id }],
      ['points.changed', { kind: 'user', userId: candidate.id }],
      // The strike changed the attendance the interviewer's other open slot shows on the exchange.
      ['slot.changed', { kind: 'public' }],
    ]);
    expect(h.published[1]?.payload).toMatchObject({ slotId, by: 'interviewer', late: true });
    expect(h.published[3]?.payload).toMatchObject({ slot: { id: other, interviewer: { attendance: 0 } } });
    const struck = await strikesOf(interviewer.id);
    expect(struck.count).toBe(1);
    expect(struck.rows).toEqual([expect.objectContaining({ kind: 'late_cancellation', bookingId })]);
    expect(await strikesOf(candidate.id)).toEqual({ rows: [], count: 0 });

    const again = await interviewer.client.post(`/api/slots/${slotId}/cancel`);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('slot_not_available');
    expect((await strikesOf(interviewer.id)).count).toBe(1);
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('strikes and refunds once when the late cancellation is sent twice at once', async () => {
    const { slotId, candidate, interviewer } = await booked(2.5);
    h.clock.advance(HOUR);
    // One request first renews the expired access token: two at once would race for the one refresh token.
    expect((await interviewer.client.get('/api/me')).status).toBe(200);
    const responses = await Promise.all([
      interviewer.client.post(`/api/slots/${slotId}/cancel`),
      interviewer.client.post(`/api/slots/${slotId}/cancel`),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await strikesOf(interviewer.id)).count).toBe(1);
    expect((await strikesOf(interviewer.id)).rows).toHaveLength(1);
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('refuses once the interview has started, and refuses anyone but the interviewer', async () => {
    const { slotId, candidate, interviewer } = await booked(2.5);
    expect((await candidate.client.post(`/api/slots/${slotId}/cancel`)).status).toBe(403);
    h.clock.advance(2.5 * HOUR);
    const started = await interviewer.client.post(`/api/slots/${slotId}/cancel`);
    expect(started.status).toBe(409);
    expect((await started.json()).code).toBe('slot_started');
    expect(await balanceOf(candidate.id)).toBe(0);
    expect(await strikesOf(interviewer.id)).toEqual({ rows: [], count: 0 });
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('withdraws an open slot even inside the last two hours, with no strike', async () => {
    const interviewer = await createUser(h);
    const slotId = await publish(h, interviewer, profession, 1);
    expect((await interviewer.client.post(`/api/slots/${slotId}/cancel`)).status).toBe(200);
    expect(await strikesOf(interviewer.id)).toEqual({ rows: [], count: 0 });
  });
});
