import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('GET /api/me/interviews and /api/me/ledger', () => {
  it('show both sides of a user’s interviews and every point movement in words', async () => {
    const [profession = ''] = await professionIds(h);
    const anna = await createUser(h, { balance: 2, displayName: 'Анна' });
    const boris = await createUser(h, { displayName: 'Борис' });
    const vera = await createUser(h, { displayName: 'Вера' });

    const annaHosts = await publish(h, anna, profession, 10);
    const borisHosts = await publish(h, boris, profession, 20);
    const veraHosts = await publish(h, vera, profession, 30);
    await boris.client.post(`/api/slots/${annaHosts}/booking`);
    await anna.client.post(`/api/slots/${borisHosts}/booking`);
    const given = await (await anna.client.post(`/api/slots/${veraHosts}/booking`)).json();
    await anna.client.post(`/api/bookings/${given.bookingId}/cancel`);

    const upcoming = await (await anna.client.get('/api/me/interviews')).json();
    expect(upcoming.items.map((s: { id: string; myRole: string }) => [s.id, s.myRole])).toEqual([
      [annaHosts, 'interviewer'],
      [borisHosts, 'candidate'],
    ]);
    expect(upcoming.items[0].counterpart).toMatchObject({ displayName: 'Борис' });
    expect(upcoming.items[1].meetingUrl).toBe('https://meet.example.com/room-42');

    const ledger = await (await anna.client.get('/api/me/ledger')).json();
    expect(ledger.balance).toBe(1);
    expect(ledger.items.map((e: { reason: string; delta: number }) => [e.reason, e.delta])).toEqual([
      ['booking_refund', 1],
      ['booking_spend', -1],
      ['booking_spend', -1],
      ['signup_bonus', 2],
    ]);
    expect(ledger.items[0]).toMatchObject({ note: 'candidate_cancelled', slot: { id: veraHosts } });
    const older = await (await anna.client.get(`/api/me/ledger?limit=2&before=${ledger.items[1].id}`)).json();
    expect(older.items.map((e: { id: number }) => e.id)).toEqual(
      ledger.items.slice(2).map((e: { id: number }) => e.id),
    );

    h.clock.advance(11 * 3600_000);
    const past = await (await anna.client.get('/api/me/interviews?scope=past')).json();
    expect(past.items.map((s: { id: string }) => s.id)).toEqual([annaHosts]);
    expect((await anna.client.get('/api/me/interviews?scope=later')).status).toBe(400);
    expect((await h.client().get('/api/me/interviews')).status).toBe(401);
    expect((await h.client().get('/api/me/ledger')).status).toBe(401);
  });
});
