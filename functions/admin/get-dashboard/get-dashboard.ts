import {
  addDays,
  DASHBOARD_DEFAULT_DAYS,
  DASHBOARD_TIME_ZONE,
  dashboardDayOf,
  dashboardRangeProblem,
  daysOf,
  type TDashboard,
  type TDashboardFigures,
  type TDashboardQuery,
  type TProfessionFigures,
  weekOf,
} from '#contract/admin-dashboard.ts';
import type { Db } from '#db/client.ts';
import {
  type Cell,
  type Count,
  type DashboardScope,
  professionExists,
  professionList,
  dashboardQueries as q,
} from '#functions/admin/dashboard.ts';
import { invalidField } from '#functions/kernel/validation.ts';

type Input = { db: Db; now: Date } & TDashboardQuery;

const COUNTS = [
  'published',
  'bookedOfPublished',
  'booked',
  'completed',
  'noShows',
  'cancelled',
] as const satisfies readonly Count[];
type Counts = Record<Count, number>;

/** A share with four decimals, or null when there is nothing to share. */
const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** Adds up cells by a key of theirs: the counts of each day, of each profession, or of all. */
function sumBy(cells: readonly Cell[], keyOf: (cell: Cell) => string): (key: string) => Counts {
  const sums = new Map<string, Counts>();
  for (const cell of cells) {
    const sum = sums.get(keyOf(cell)) ?? zero();
    for (const count of COUNTS) sum[count] += cell[count] ?? 0;
    sums.set(keyOf(cell), sum);
  }
  return (key) => sums.get(key) ?? zero();
}

const zero = (): Counts => ({
  published: 0,
  bookedOfPublished: 0,
  booked: 0,
  completed: 0,
  noShows: 0,
  cancelled: 0,
});

const figures = (counts: Counts): TDashboardFigures => ({
  ...counts,
  bookingRate: rate(counts.bookedOfPublished, counts.published),
  noShowRate: rate(counts.noShows, counts.completed),
});

/** A profession's figures: the bookings made are counted per day only, not per profession. */
const professionFigures = (counts: Counts): TProfessionFigures => {
  const { booked: _, ...rest } = figures(counts);
  return rest;
};

/**
 * The range asked for, or its defaults: up to today (Moscow) and 30 days long; a range given by its first day
 * only runs to today. Refused when reversed or longer than 366 days.
 */
function resolveRange(from: string | undefined, to: string | undefined, now: Date) {
  const last = to ?? dashboardDayOf(now);
  const first = from ?? addDays(last, -(DASHBOARD_DEFAULT_DAYS - 1));
  const problem = dashboardRangeProblem(first, last);
  if (problem) throw invalidField(from ? 'from' : 'to', problem);
  return { from: first, to: last };
}

/**
 * The admin dashboard over a range of Moscow days, for everything or one profession. Each figure is one
 * grouped, index-backed query (functions/admin/dashboard.ts), run side by side; each measure is counted per
 * day and profession once, and folded here into the days (every day of the range, zeros included), the
 * professions and the totals.
 */
export async function getDashboard({ db, now, from, to, professionId }: Input): Promise<TDashboard> {
  const range = resolveRange(from, to, now);
  if (professionId && !(await professionExists(db, professionId)))
    throw invalidField('professionId', 'unknown_profession');
  const scope: DashboardScope = { ...range, professionId: professionId ?? null };

  const [published, booked, interviews, noShows, top, people, weeks, inCirculation, flows, pending, listed] =
    await Promise.all([
      q.published(db, scope),
      q.booked(db, scope),
      q.interviews(db, scope),
      q.noShows(db, scope),
      q.topInterviewers(db, scope),
      q.users(db, scope),
      q.newUsers(db, scope),
      q.pointsInCirculation(db),
      q.ledgerFlows(db, scope),
      q.pendingReports(db, scope),
      professionList(db),
    ]);
  // Every cell is within the range (each query reads only its days): the days, the professions and the
  // totals are three sums of the same cells.
  const cells = [...published, ...booked, ...interviews, ...noShows];
  const onDay = sumBy(cells, (cell) => cell.day);
  const inProfession = sumBy(cells, (cell) => cell.professionId ?? '');
  const totals = sumBy(cells, () => 'all')('all');
  const days = daysOf(scope.from, scope.to).map((day) => {
    const { bookedOfPublished: _, ...counts } = onDay(day);
    return { day, ...counts };
  });
  const newIn = new Map(weeks.map((week) => [week.weekStart, week.n]));
  const newPerWeek = [];
  // Compared as dates: as text, a day past 9999 would sort first (the query's days are bounded, by ZDay).
  for (let week = weekOf(scope.from); Date.parse(week) <= Date.parse(scope.to); week = addDays(week, 7))
    newPerWeek.push({ weekStart: week, count: newIn.get(week) ?? 0 });

  const perProfession = listed
    .filter(({ id, archived }) =>
      scope.professionId
        ? id === scope.professionId
        : !archived || COUNTS.some((count) => inProfession(id)[count] > 0),
    )
    .map(({ id, slug, ru, en, archived }) => ({
      profession: { id, slug, name: { ru, en }, archived },
      ...professionFigures(inProfession(id)),
    }));

  return {
    range: { ...range, days: days.length, timeZone: DASHBOARD_TIME_ZONE },
    professionId: scope.professionId,
    users: {
      ...people,
      newInRange: newPerWeek.reduce((sum, week) => sum + week.count, 0),
      newPerWeek,
    },
    days,
    totals: figures(totals),
    points: { inCirculation, flows },
    pendingReports: pending,
    topInterviewers: top.map(({ ratingCount, ratingSum, ...person }) => ({
      ...person,
      rating: {
        average: ratingCount > 0 ? Math.round((ratingSum / ratingCount) * 100) / 100 : null,
        count: ratingCount,
      },
    })),
    perProfession,
  };
}
