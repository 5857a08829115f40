import { eq } from 'drizzle-orm';
import type { SlotRole } from '#contract/rules.ts';
import { checkIns, noShowReports, users } from '#db/schema/index.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import { createUser, publish, type TestUser } from '#functions/testing/fixtures.ts';
import type { createHarness } from '#functions/testing/harness.ts';

type Harness = Awaited<ReturnType<typeof createHarness>>;

const MINUTE = 60_000;

export type ReportedInterview = {
  interviewer: TestUser;
  candidate: TestUser;
  slotId: string;
  bookingId: string;
  endsAt: number;
  reportId: string;
};

/**
 * A booked interview (a 60-minute slot three hours after the clock) that has ended and been completed, the
 * clock a minute past its end, and a pending no-show report against `accused` by the other side, written
 * straight into the database as the participant's report route would. `checkedIn` names the sides that
 * pressed "I am here" (five minutes before the start).
 */
export async function reportedInterview(
  h: Harness,
  profession: string,
  {
    accused,
    checkedIn = [],
    comment = 'Никто не пришёл',
    people,
  }: {
    accused: SlotRole;
    checkedIn?: SlotRole[];
    comment?: string;
    people?: { interviewer: TestUser; candidate: TestUser };
  },
): Promise<ReportedInterview> {
  const interviewer = people?.interviewer ?? (await createUser(h, { displayName: 'Ирина Интервьюер' }));
  const candidate = people?.candidate ?? (await createUser(h, { displayName: 'Борис Кандидат' }));
  const slotId = await publish(h, interviewer, profession, 3);
  const booked = await candidate.client.post(`/api/slots/${slotId}/booking`);
  if (booked.status !== 201) throw new Error(`booking refused: ${booked.status}`);
  const slot = await booked.json();
  const endsAt = new Date(slot.endsAt).getTime();
  const startsAt = new Date(slot.startsAt).getTime();
  for (const side of checkedIn) {
    await h.deps.db.insert(checkIns).values({
      bookingId: slot.bookingId,
      userId: side === 'interviewer' ? interviewer.id : candidate.id,
      checkedInAt: new Date(startsAt - 5 * MINUTE),
    });
  }
  h.clock.set(new Date(endsAt + MINUTE));
  await completeInterviews({ db: h.deps.db, now: h.clock() });
  await h.deps.dispatch();
  const [accusedUser, reporter] =
    accused === 'interviewer' ? [interviewer, candidate] : [candidate, interviewer];
  const [report] = await h.deps.db
    .insert(noShowReports)
    .values({
      bookingId: slot.bookingId,
      reporterId: reporter.id,
      accusedId: accusedUser.id,
      comment,
      createdAt: h.clock(),
    })
    .returning({ id: noShowReports.id });
  if (!report) throw new Error('no report');
  return { interviewer, candidate, slotId, bookingId: slot.bookingId, endsAt, reportId: report.id };
}

/** A person's balance and strike count as the users row keeps them. */
export async function standingOf(h: Harness, userId: string) {
  const [row] = await h.deps.db
    .select({ balance: users.balance, strikes: users.strikes })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new Error('no such user');
  return row;
}
