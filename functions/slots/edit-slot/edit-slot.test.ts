import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let interviewer: TestUser;
let professions: string[];

beforeAll(async () => {
  h = await createHarness();
  interviewer = await createUser(h);
  professions = await professionIds(h);
});
afterAll(() => h.close());

const at = (hours: number) => new Date(h.clock().getTime() + hours * 3600_000).toISOString();

describe('PATCH /api/slots/:id', () => {
  it('changes any field of an open slot and tells the exchange', async () => {
    const slotId = await publish(h, interviewer, professions[0] ?? '', 30);
    h.published.length = 0;
    const res = await interviewer.client.patch(`/api/slots/${slotId}`, {
      startsAt: at(32),
      durationMinutes: 90,
      professionId: professions[1],
      level: 'senior',
      language: 'en',
    });
    expect(res.status).toBe(200);
    const slot = await res.json();
    expect(slot).toMatchObject({ durationMinutes: 90, level: 'senior', language: 'en', sequence: 1 });
    expect(slot.profession.id).toBe(professions[1]);
    expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(90 * 60_000);
    expect(h.published.map((e) => e.name)).toEqual(['slot.changed']);
  });

  it('lets a booked slot change only its link and description, and tells the candidate', async () => {
    const slotId = await publish(h, interviewer, professions[0] ?? '', 40);
    const candidate = await createUser(h);
    await candidate.client.post(`/api/slots/${slotId}/booking`);
    const moved = await interviewer.client.patch(`/api/slots/${slotId}`, { startsAt: at(41) });
    expect(moved.status).toBe(409);
    expect((await moved.json()).code).toBe('slot_locked_fields');

    h.published.length = 0;
    const res = await interviewer.client.patch(`/api/slots/${slotId}`, {
      meetingUrl: 'https://meet.example.com/new-room',
      description: 'Новая комната',
    });
    expect(res.status).toBe(200);
    expect(h.published).toEqual([
      expect.objectContaining({
        name: 'slot.updated',
        audience: { kind: 'user', userId: candidate.id },
        payload: { slotId, fields: ['meetingUrl', 'description'] },
      }),
    ]);
    const seen = await (await candidate.client.get(`/api/slots/${slotId}`)).json();
    expect(seen.meetingUrl).toBe('https://meet.example.com/new-room');
    expect(seen.sequence).toBe(2);
  });

  it('refuses someone else, a bad link, a move into an overlap, and changes nothing', async () => {
    const slotId = await publish(h, interviewer, professions[0] ?? '', 50);
    await publish(h, interviewer, professions[0] ?? '', 52);
    const stranger = await createUser(h);
    expect((await stranger.client.patch(`/api/slots/${slotId}`, { description: 'mine now' })).status).toBe(
      403,
    );
    const bad = await interviewer.client.patch(`/api/slots/${slotId}`, { meetingUrl: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    const overlap = await interviewer.client.patch(`/api/slots/${slotId}`, { startsAt: at(51.5) });
    expect(overlap.status).toBe(409);
    expect((await overlap.json()).code).toBe('schedule_conflict');
    const unchanged = await (await interviewer.client.get(`/api/slots/${slotId}`)).json();
    expect(unchanged).toMatchObject({ sequence: 0, description: 'Алгоритмы и SQL' });
  });

  it('lets the link of a running interview be replaced until its end, and nothing else', async () => {
    // Last in this file: it moves the clock past the slots above.
    const host = await createUser(h);
    const candidate = await createUser(h);
    const slotId = await publish(h, host, professions[0] ?? '', 60);
    const unbooked = await publish(h, host, professions[0] ?? '', 59);
    expect((await candidate.client.post(`/api/slots/${slotId}/booking`)).status).toBe(201);
    h.clock.advance(60 * 3600_000 + 10 * 60_000);

    h.published.length = 0;
    const replaced = await host.client.patch(`/api/slots/${slotId}`, {
      meetingUrl: 'https://meet.example.com/working-room',
      // Sent unchanged (the form sends what it shows): not a change, so not refused.
      description: 'Алгоритмы и SQL',
    });
    expect(replaced.status).toBe(200);
    expect(h.published).toEqual([
      expect.objectContaining({
        name: 'slot.updated',
        audience: { kind: 'user', userId: candidate.id },
        payload: { slotId, fields: ['meetingUrl'] },
      }),
    ]);
    const seen = await (await candidate.client.get(`/api/slots/${slotId}`)).json();
    expect(seen).toMatchObject({ meetingUrl: 'https://meet.example.com/working-room', sequence: 2 });

    const topics = await host.client.patch(`/api/slots/${slotId}`, { description: 'Другие темы' });
    expect(topics.status).toBe(409);
    expect((await topics.json()).code).toBe('slot_locked_fields');
    // An open slot has nothing running to repair: it closes at its start.
    const started = await host.client.patch(`/api/slots/${unbooked}`, { description: 'поздно' });
    expect(started.status).toBe(409);
    expect((await started.json()).code).toBe('slot_started');

    h.clock.set(new Date(seen.endsAt));
    const ended = await host.client.patch(`/api/slots/${slotId}`, {
      meetingUrl: 'https://meet.example.com/late',
    });
    expect(ended.status).toBe(409);
    expect((await ended.json()).code).toBe('slot_started');
    const after = await (await candidate.client.get(`/api/slots/${slotId}`)).json();
    expect(after).toMatchObject({ meetingUrl: 'https://meet.example.com/working-room', sequence: 2 });
  });
});
