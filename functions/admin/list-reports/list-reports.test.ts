import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strikes } from '#db/schema/index.ts';
import { type ReportedInterview, reportedInterview } from '#functions/admin/moderation-fixtures.ts';
import { addStrike } from '#functions/attendance/strikes.ts';
import { createAdmin, createUser, professionIds, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;
const DAY = 24 * 60 * 60_000;
/** Three reports, filed in this order: the queue lists them so. */
let first: ReportedInterview;
let second: ReportedInterview;
let third: ReportedInterview;

beforeAll(async () => {
  h = await createHarness();
  const [profession = ''] = await professionIds(h);
  admin = await createAdmin(h);
  // The same two meet twice, with points for both bookings.
  const people = {
    interviewer: await createUser(h, { displayName: 'Ирина Интервьюер' }),
    candidate: await createUser(h, { displayName: 'Борис Кандидат', balance: 2 }),
  };
  first = await reportedInterview(h, profession, {
    people,
    accused: 'interviewer',
    checkedIn: ['candidate'],
    comment: 'Ждал 20 минут',
  });
  // Their second interview: now the interviewer reports the candidate.
  second = await reportedInterview(h, profession, {
    people,
    accused: 'candidate',
    checkedIn: ['interviewer', 'candidate'],
  });
  third = await reportedInterview(h, profession, { accused: 'interviewer' });
});
afterAll(() => h.close());

const list = (query = '') => admin.client.get(`/api/admin/reports${query}`);

describe('the moderation queue', () => {
  it('lists pending reports oldest first with the interview, both check-ins and the pending count', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page.pending).toBe(3);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((r: { id: string }) => r.id)).toEqual([
      first.reportId,
      second.reportId,
      third.reportId,
    ]);
    const [one] = page.items;
    expect(one).toMatchObject({
      status: 'pending',
      comment: 'Ждал 20 минут',
      resolution: null,
      candidateReviewed: false,
      interview: { slotId: first.slotId, endsAt: new Date(first.endsAt).toISOString() },
      reporter: {
        id: first.candidate.id,
        login: first.candidate.login,
        displayName: 'Борис Кандидат',
        side: 'candidate',
        blocked: false,
      },
      accused: { id: first.interviewer.id, side: 'interviewer', checkedInAt: null },
    });
    expect(one.interview.profession.ru).toEqual(expect.any(String));
    expect(new Date(one.reporter.checkedInAt).getTime()).toBeLessThan(
      new Date(one.interview.startsAt).getTime(),
    );
  });

  it('shows each side’s record apart from the report at hand', async () => {
    const page = await (await list()).json();
    const [one, two] = page.items;
    // The first interview's interviewer: accused once more (the third report is not theirs), filed one report.
    expect(one.accused.history).toEqual({
      interviewsConducted: 2,
      interviewsTaken: 0,
      strikes: { total: 0, recent: 0 },
      suggestBlock: false,
      reportsAgainst: { pending: 0, upheld: 0, rejected: 0 },
      reportsFiled: 1,
    });
    expect(one.reporter.history).toMatchObject({
      interviewsTaken: 2,
      reportsAgainst: { pending: 1, upheld: 0, rejected: 0 },
      reportsFiled: 0,
    });
    expect(two.reporter).toMatchObject({ id: first.interviewer.id, side: 'interviewer' });
    expect(two.reporter.history).toMatchObject({ reportsAgainst: { pending: 1 }, reportsFiled: 0 });
    expect(two.accused.history).toMatchObject({ reportsAgainst: { pending: 0 }, reportsFiled: 1 });
    expect(two.accused.checkedInAt).not.toBeNull();
  });

  it('suggests a block at three strikes within 90 days, not for older ones', async () => {
    const { interviewer } = third;
    // Strikes are one per person and interview: the queue's three interviews stand in for three others.
    const [recent, older, oldest] = [third.bookingId, second.bookingId, first.bookingId];
    await h.deps.db.transaction(async (tx) => {
      for (const [bookingId, daysAgo] of [
        [recent, 1],
        [older, 30],
        [oldest, 91],
      ] as const) {
        const now = new Date(h.clock().getTime() - daysAgo * DAY);
        await addStrike(tx, { userId: interviewer.id, kind: 'late_cancellation', bookingId, now });
      }
    });
    const history = async () =>
      (await (await admin.client.get(`/api/admin/reports/${third.reportId}`)).json()).accused.history;
    expect(await history()).toMatchObject({ strikes: { total: 3, recent: 2 }, suggestBlock: false });

    await h.deps.db
      .update(strikes)
      .set({ createdAt: new Date(h.clock().getTime() - 89 * DAY) })
      .where(and(eq(strikes.userId, interviewer.id), eq(strikes.bookingId, oldest)));
    expect(await history()).toMatchObject({ strikes: { total: 3, recent: 3 }, suggestBlock: true });
    // The other side's record is their own.
    const page = await (await list()).json();
    expect(page.items.at(-1).reporter.history).toMatchObject({ strikes: { total: 0 }, suggestBlock: false });
  });

  it('pages with a cursor, and lists resolved reports by outcome, latest resolved first', async () => {
    const one = await (await list('?limit=1')).json();
    expect(one.items.map((r: { id: string }) => r.id)).toEqual([first.reportId]);
    const next = await (await list(`?limit=1&cursor=${one.nextCursor}`)).json();
    expect(next.items.map((r: { id: string }) => r.id)).toEqual([second.reportId]);

    const resolve = (id: string, outcome: string) =>
      admin.client.post(`/api/admin/reports/${id}/resolve`, { outcome, note: `Решение: ${outcome}` });
    expect((await resolve(first.reportId, 'upheld')).status).toBe(200);
    h.clock.set(new Date(h.clock().getTime() + 60_000));
    expect((await resolve(third.reportId, 'upheld')).status).toBe(200);
    expect((await resolve(second.reportId, 'rejected')).status).toBe(200);

    const upheld = await (await list('?status=upheld')).json();
    expect(upheld.pending).toBe(0);
    expect(upheld.items.map((r: { id: string }) => r.id)).toEqual([third.reportId, first.reportId]);
    expect(upheld.items[1]).toMatchObject({
      status: 'upheld',
      resolution: { by: { id: admin.id }, note: 'Решение: upheld' },
    });
    const later = await (await list(`?status=upheld&limit=1`)).json();
    const rest = await (await list(`?status=upheld&limit=1&cursor=${later.nextCursor}`)).json();
    expect([...later.items, ...rest.items].map((r: { id: string }) => r.id)).toEqual([
      third.reportId,
      first.reportId,
    ]);
    expect(rest.nextCursor).toBeNull();
    const rejected = await (await list('?status=rejected')).json();
    expect(rejected.items.map((r: { id: string }) => r.id)).toEqual([second.reportId]);
    expect((await (await list()).json()).items).toEqual([]);
  });
});

describe('the queue’s door', () => {
  it('is for admins only, and checks what it is asked', async () => {
    const user = await createUser(h);
    for (const path of ['/api/admin/reports', `/api/admin/reports/${first.reportId}`, '/api/admin/pairs']) {
      expect((await h.client().get(path)).status).toBe(401);
      expect((await user.client.get(path)).status).toBe(403);
    }
    expect((await list('?status=lost')).status).toBe(400);
    expect((await list('?limit=0')).status).toBe(400);
    expect((await list('?cursor=nonsense')).status).toBe(400);
    expect((await admin.client.get('/api/admin/reports/nope')).status).toBe(400);
    const missing = await admin.client.get('/api/admin/reports/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });
});
