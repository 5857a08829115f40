import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let interviewer: TestUser;
let candidate: TestUser;
let slotId: string;

beforeAll(async () => {
  h = await createHarness();
  const [profession = ''] = await professionIds(h);
  interviewer = await createUser(h, { displayName: 'Игорь' });
  candidate = await createUser(h, { displayName: 'Маша', balance: 2 });
  slotId = await publish(h, interviewer, profession, 26, { description: 'Графы; SQL, индексы' });
  await candidate.client.post(`/api/slots/${slotId}/booking`);
});
afterAll(() => h.close());

const eventsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));

describe('GET /api/slots/:id/calendar.ics', () => {
  it('is a valid calendar with a stable UID, UTC times, the link and a reminder', async () => {
    const res = await candidate.client.get(`/api/slots/${slotId}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mockstock-\d{4}-\d{2}-\d{2}\.ics"$/,
    );
    const ics = await res.text();
    expect(ics).toContain('\r\n');
    const [first, ...rest] = eventsOf(ics);
    expect(rest).toHaveLength(0);
    const slot = await (await candidate.client.get(`/api/slots/${slotId}`)).json();
    expect(first?.event.uid).toBe(`${slotId}@mockstock`);
    expect(first?.event.startDate.toJSDate().toISOString()).toBe(slot.startsAt);
    expect(first?.event.endDate.toJSDate().toISOString()).toBe(slot.endsAt);
    expect(first?.event.startDate.zone?.tzid).toBe('UTC');
    expect(first?.event.location).toBe('https://meet.example.com/room-42');
    expect(first?.event.description).toContain('Графы; SQL, индексы');
    expect(first?.event.description).toContain('Игорь');
    expect(first?.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first?.vevent.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('grows SEQUENCE when the slot changes and keeps the UID', async () => {
    const before = eventsOf(
      await (await interviewer.client.get(`/api/slots/${slotId}/calendar.ics`)).text(),
    )[0];
    await interviewer.client.patch(`/api/slots/${slotId}`, { meetingUrl: 'https://meet.example.com/moved' });
    const after = eventsOf(
      await (await interviewer.client.get(`/api/slots/${slotId}/calendar.ics`)).text(),
    )[0];
    expect(after?.event.uid).toBe(before?.event.uid);
    expect(after?.event.sequence).toBeGreaterThan(before?.event.sequence ?? Number.POSITIVE_INFINITY);
    expect(after?.event.location).toBe('https://meet.example.com/moved');
  });

  it('is offered only for a booked slot, and stays available after the interview', async () => {
    const [profession = ''] = await professionIds(h);
    const open = await publish(h, interviewer, profession, 50);
    const details = await (await interviewer.client.get(`/api/slots/${open}`)).json();
    expect(details.googleCalendarUrl).toBeNull();
    expect((await interviewer.client.get(`/api/slots/${open}/calendar.ics`)).status).toBe(404);
    const booked = await (await candidate.client.get(`/api/slots/${slotId}`)).json();
    expect(booked.googleCalendarUrl).toMatch(/^https:\/\/calendar\.google\.com\//);
    h.clock.advance(10 * 24 * 3600_000);
    expect((await candidate.client.get(`/api/slots/${slotId}/calendar.ics`)).status).toBe(200);
    h.clock.advance(-10 * 24 * 3600_000);
  });

  it('exists only for the two participants', async () => {
    const stranger = await createUser(h);
    expect((await stranger.client.get(`/api/slots/${slotId}/calendar.ics`)).status).toBe(404);
    expect((await h.client().get(`/api/slots/${slotId}/calendar.ics`)).status).toBe(401);
  });
});

describe('the private calendar feed', () => {
  it('lists the user’s interviews, shows a cancelled one as CANCELLED, and dies when rotated', async () => {
    const made = await candidate.client.post('/api/me/calendar-feed');
    expect(made.status).toBe(201);
    const { url } = await made.json();
    expect(url).toMatch(/^http:\/\/mockstock\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(url).pathname;
    const feed = await h.client().get(path);
    expect(feed.status).toBe(200);
    expect(eventsOf(await feed.text()).map((e) => e.event.uid)).toEqual([`${slotId}@mockstock`]);

    await interviewer.client.post(`/api/slots/${slotId}/cancel`);
    const [cancelled] = eventsOf(await (await h.client().get(path)).text());
    expect(cancelled?.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');

    const { url: next } = await (await candidate.client.post('/api/me/calendar-feed')).json();
    expect(next).not.toBe(url);
    expect((await h.client().get(path)).status).toBe(404);
    expect((await h.client().get(new URL(next).pathname)).status).toBe(200);
    expect((await h.client().get('/api/calendar/not-a-token.ics')).status).toBe(400);
  });

  it('keeps an interview the candidate gave back in the interviewer’s feed and .ics as CANCELLED, until rebooked', async () => {
    const [profession = ''] = await professionIds(h);
    const host = await createUser(h, { displayName: 'Олег' });
    const first = await createUser(h, { balance: 1 });
    const second = await createUser(h, { balance: 1 });
    const id = await publish(h, host, profession, 30);
    const { bookingId } = await (await first.client.post(`/api/slots/${id}/booking`)).json();
    const { url } = await (await host.client.post('/api/me/calendar-feed')).json();
    const feed = async () => eventsOf(await (await h.client().get(new URL(url).pathname)).text());
    expect((await feed())[0]?.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');

    expect((await first.client.post(`/api/bookings/${bookingId}/cancel`)).status).toBe(200);
    const [givenBack] = await feed();
    expect(givenBack?.event.uid).toBe(`${id}@mockstock`);
    expect(givenBack?.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    const ics = await host.client.get(`/api/slots/${id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(eventsOf(await ics.text())[0]?.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');

    expect((await second.client.post(`/api/slots/${id}/booking`)).status).toBe(201);
    const [rebooked] = await feed();
    expect(rebooked?.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(rebooked?.event.sequence).toBeGreaterThan(givenBack?.event.sequence ?? Number.POSITIVE_INFINITY);
  });
});
