import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { professions, slots } from '#db/schema/index.ts';
import { createUser, professionIds, slotBody, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let interviewer: TestUser;
let backend: string;
let archived: string;

beforeAll(async () => {
  h = await createHarness();
  interviewer = await createUser(h, { displayName: 'Ирина' });
  [backend = ''] = await professionIds(h);
  const [row] = await h.deps.db
    .insert(professions)
    .values({ slug: 'old', nameRu: 'Старое', nameEn: 'Old', archivedAt: new Date() })
    .returning();
  archived = row?.id ?? '';
});
afterAll(() => h.close());

describe('POST /api/slots', () => {
  it('publishes a slot that everyone can then see, with the link only for its interviewer', async () => {
    const res = await interviewer.client.post('/api/slots', slotBody(h, backend, 48));
    expect(res.status).toBe(201);
    const slot = await res.json();
    expect(slot).toMatchObject({
      status: 'open',
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.com/room-42',
      myRole: 'interviewer',
      interviewer: { displayName: 'Ирина', interviewsConducted: 0, rating: null },
    });
    expect(new Date(slot.cutoffAt).getTime()).toBe(new Date(slot.startsAt).getTime() - 2 * 3600_000);
    const asGuest = await (await h.client().get(`/api/slots/${slot.id}`)).json();
    expect(asGuest.meetingUrl).toBeNull();
    expect(asGuest.myRole).toBeNull();
    expect(h.published.at(-1)).toMatchObject({ name: 'slot.published', audience: { kind: 'public' } });
    expect(JSON.stringify(h.published.at(-1))).not.toContain('room-42');
  });

  it('keeps a normalised https link and accepts the scheme in any case', async () => {
    const res = await interviewer.client.post(
      '/api/slots',
      slotBody(h, backend, 72, { meetingUrl: '  HTTPS://Meet.Example.com/Room  ' }),
    );
    expect(res.status).toBe(201);
    expect((await res.json()).meetingUrl).toBe('https://meet.example.com/Room');
  });

  const hour = 3600_000;
  it.each([
    [
      'a start in the past',
      { startsAt: () => new Date(h.clock().getTime() - hour).toISOString() },
      'startsAt',
      'start_in_past',
    ],
    ['a start right now', { startsAt: () => h.clock().toISOString() }, 'startsAt', 'start_in_past'],
    [
      'a start beyond 60 days',
      { startsAt: () => new Date(h.clock().getTime() + 61 * 24 * hour).toISOString() },
      'startsAt',
      'start_too_far',
    ],
    ['a start without a zone', { startsAt: () => '2026-12-20T10:00:00' }, 'startsAt', 'invalid_format'],
    ['a duration of 50', { durationMinutes: () => 50 }, 'durationMinutes', 'duration_not_allowed'],
    ['a duration of 0', { durationMinutes: () => 0 }, 'durationMinutes', 'duration_not_allowed'],
    ['a javascript: link', { meetingUrl: () => 'javascript:alert(1)' }, 'meetingUrl', 'meeting_url_https'],
    [
      'a JavaScript: link with spaces',
      { meetingUrl: () => '  JaVaScRiPt:alert(document.cookie)  ' },
      'meetingUrl',
      'meeting_url_https',
    ],
    [
      'a data: link',
      { meetingUrl: () => 'data:text/html,<script>alert(1)</script>' },
      'meetingUrl',
      'meeting_url_https',
    ],
    [
      'an http: link',
      { meetingUrl: () => 'http://meet.example.com/room' },
      'meetingUrl',
      'meeting_url_https',
    ],
    [
      'an HTTP: link',
      { meetingUrl: () => 'HTTP://meet.example.com/room' },
      'meetingUrl',
      'meeting_url_https',
    ],
    [
      'a link with a space inside',
      { meetingUrl: () => 'https://meet example.com/room' },
      'meetingUrl',
      'meeting_url_invalid',
    ],
    [
      'a malformed link',
      { meetingUrl: () => 'https//meet.example.com' },
      'meetingUrl',
      'meeting_url_invalid',
    ],
    [
      'a link with credentials',
      { meetingUrl: () => 'https://user:pw@meet.example.com/' },
      'meetingUrl',
      'meeting_url_https',
    ],
    [
      'a link over 2,048 characters',
      { meetingUrl: () => `https://meet.example.com/${'a'.repeat(2040)}` },
      'meetingUrl',
      'too_long',
    ],
    [
      'an unknown profession',
      { professionId: () => '00000000-0000-4000-8000-000000000000' },
      'professionId',
      'unknown_profession',
    ],
    ['an archived profession', { professionId: () => archived }, 'professionId', 'unknown_profession'],
    ['a level outside the list', { level: () => 'guru' }, 'level', 'invalid_value'],
    ['a language outside the list', { language: () => 'de' }, 'language', 'invalid_value'],
    [
      'a description over 2,000 characters',
      { description: () => 'x'.repeat(2001) },
      'description',
      'too_long',
    ],
    ['an unknown field', { status: () => 'booked' }, 'status', 'unknown_field'],
  ])('refuses %s and stores nothing', async (_name, override, field, code) => {
    const before = await h.deps.db.$count(slots);
    const overrides = Object.fromEntries(Object.entries(override).map(([k, make]) => [k, make()]));
    const res = await interviewer.client.post('/api/slots', slotBody(h, backend, 24 * 5, overrides));
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await h.deps.db.$count(slots)).toBe(before);
  });

  it('refuses a slot overlapping another of the same interviewer, and allows one right after', async () => {
    const first = await interviewer.client.post(
      '/api/slots',
      slotBody(h, backend, 100, { durationMinutes: 90 }),
    );
    expect(first.status).toBe(201);
    const overlapping = await interviewer.client.post('/api/slots', slotBody(h, backend, 101));
    expect(overlapping.status).toBe(409);
    expect((await overlapping.json()).code).toBe('schedule_conflict');
    const after = await interviewer.client.post('/api/slots', slotBody(h, backend, 101.5));
    expect(after.status).toBe(201);
  });

  it('needs a signed-in user', async () => {
    const res = await h.client().post('/api/slots', slotBody(h, backend, 30));
    expect(res.status).toBe(401);
  });
});
