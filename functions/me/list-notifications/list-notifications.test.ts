import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('notifications', () => {
  it('tell the interviewer about a booking and the candidate about a cancellation; reading clears the count', async () => {
    const [profession = ''] = await professionIds(h);
    const interviewer = await createUser(h, { displayName: 'Ирина' });
    const candidate = await createUser(h, { displayName: 'Пётр' });
    const slotId = await publish(h, interviewer, profession, 30);
    await candidate.client.post(`/api/slots/${slotId}/booking`);
    await interviewer.client.post(`/api/slots/${slotId}/cancel`);

    const mine = await (await interviewer.client.get('/api/me/notifications')).json();
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'booking.created',
        read: false,
        payload: expect.objectContaining({ slotId, candidateName: 'Пётр' }),
      }),
    ]);
    const theirs = await (await candidate.client.get('/api/me/notifications')).json();
    expect(theirs.items).toEqual([
      expect.objectContaining({
        kind: 'booking.cancelled',
        payload: expect.objectContaining({ slotId, by: 'interviewer' }),
      }),
    ]);

    // Someone else's ids are ignored; one's own are marked.
    const stranger = await createUser(h);
    await stranger.client.post('/api/me/notifications/read', { ids: [mine.items[0].id] });
    expect((await (await interviewer.client.get('/api/me/notifications')).json()).unread).toBe(1);
    const read = await interviewer.client.post('/api/me/notifications/read', { ids: [mine.items[0].id] });
    expect(await read.json()).toEqual({ unread: 0 });
    expect((await h.client().get('/api/me/notifications')).status).toBe(401);
  });
});
