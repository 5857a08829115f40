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
      [veraHosts, null],
    ]);
    expect(upcoming.items[0].counterpart).toMatchObject({ displayName: 'Борис' });
    expect(upcoming.items[1].meetingUrl).toBe('https://meet.example.com/room-42');
    // The booking Анна gave back stays in her list, saying so, without the link.
    expect(upcoming.items[2]).toMatchObject({
      cancellation: { by: 'candidate' },
      meetingUrl: null,
      counterpart: null,
    });
    expect(upcoming.items[0].cancellation).toBeNull();

    // Борис cancels the slot Анна booked: both keep it, each told who called it off.
    await boris.client.post(`/api/slots/${borisHosts}/cancel`);
    const afterCancel = await (await anna.client.get('/api/me/interviews')).json();
    expect(afterCancel.items.find((s: { id: string }) => s.id === borisHosts)).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'interviewer' },
      meetingUrl: null,
    });
    const hosts = await (await boris.client.get('/api/me/interviews')).json();
    expect(hosts.items.find((s: { id: string }) => s.id === borisHosts)).toMatchObject({
      cancellation: { by: 'interviewer' },
    });
    // A slot withdrawn before anyone booked it says so.
    const lonely = await publish(h, vera, profession, 40);
    await vera.client.post(`/api/slots/${lonely}/cancel`);
    const veras = await (await vera.client.get('/api/me/interviews')).json();
    expect(veras.items.find((s: { id: string }) => s.id === lonely).cancellation).toMatchObject({
      by: 'withdrawn',
    });

    const ledger = await (await anna.client.get('/api/me/ledger')).json();
    expect(ledger.balance).toBe(2);
    expect(ledger.items.map((e: { reason: string; delta: number }) => [e.reason, e.delta])).toEqual([
      ['booking_refund', 1],
      ['booking_refund', 1],
      ['booking_spend', -1],
      ['booking_spend', -1],
      ['signup_bonus', 2],
    ]);
    expect(ledger.items[1]).toMatchObject({ note: 'candidate_cancelled', slot: { id: veraHosts } });
    const older = await (await anna.client.get(`/api/me/ledger?limit=3&before=${ledger.items[1].id}`)).json();
    expect(older.items.map((e: { id: number }) => e.id)).toEqual(
      ledger.items.slice(2).map((e: { id: number }) => e.id),
    );

    h.clock.advance(11 * 3600_000);
    const past = await (await anna.client.get('/api/me/interviews?scope=past')).json();
    expect(past.items.map((s: { id: string }) => s.id)).toEqual([annaHosts]);
    // Cancelled for later: still upcoming, not past.
    const later = await (await anna.client.get('/api/me/interviews')).json();
    expect(later.items.map((s: { id: string }) => s.id)).toEqual([borisHosts, veraHosts]);
    expect((await anna.client.get('/api/me/interviews?scope=later')).status).toBe(400);
    expect((await h.client().get('/api/me/interviews')).status).toBe(401);
    expect((await h.client().get('/api/me/ledger')).status).toBe(401);
  });
});
