import {
  addDays,
  DASHBOARD_DEFAULT_DAYS,
  dashboardRangeProblem,
  type TDashboardDay,
  type TDashboardQuery,
  weekOf,
} from '#contract/admin-dashboard.ts';

/** The ranges a click away, in days up to today (Moscow); "custom" takes two dates. */
export const PRESETS = ['7', '30', '90', '365'] as const;
export type Preset = (typeof PRESETS)[number];
export type RangeChoice = Preset | 'custom';

const DEFAULT_PRESET = String(DASHBOARD_DEFAULT_DAYS) as Preset;

export type DashboardFilters = {
  range: RangeChoice;
  /** The first and last day shown (Moscow), both included. */
  from: string;
  to: string;
  /** A profession's id, or '' for all. */
  professionId: string;
};

/** A whole date as date inputs and the address write it. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isPreset = (value: string | null): value is Preset => PRESETS.some((preset) => preset === value);

/** The days a preset covers, ending today. */
export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  return { from: addDays(today, 1 - Number(preset)), to: today };
}

/**
 * The filters the address holds: `range=7|30|90|365` (30 when absent), or `from` and `to` for custom dates,
 * and `profession`. Dates that are not dates fall back to the default range.
 */
export function readDashboardFilters(search: URLSearchParams, today: string): DashboardFilters {
  const professionId = search.get('profession') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  if (DAY.test(from) && DAY.test(to)) return { range: 'custom', from, to, professionId };
  const range = search.get('range');
  const preset = isPreset(range) ? range : DEFAULT_PRESET;
  return { range: preset, ...presetRange(preset, today), professionId };
}

/** The address of the filters: only what differs from the default, so the plain /admin stays plain. */
export function writeDashboardFilters(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.range === 'custom') {
    search.set('from', filters.from);
    search.set('to', filters.to);
  } else if (filters.range !== DEFAULT_PRESET) {
    search.set('range', filters.range);
  }
  if (filters.professionId) search.set('profession', filters.professionId);
  return search;
}

/** What to ask the server, or why the dates cannot be asked (shown beside them instead). */
export function toDashboardQuery(
  filters: DashboardFilters,
):
  | { query: TDashboardQuery; problem: null }
  | { query: null; problem: 'date_range_reversed' | 'date_range_too_long' } {
  const problem = dashboardRangeProblem(filters.from, filters.to);
  if (problem) return { query: null, problem };
  return {
    query: {
      from: filters.from,
      to: filters.to,
      ...(filters.professionId ? { professionId: filters.professionId } : {}),
    },
    problem: null,
  };
}

/** The series the chart draws, in the legend's order; the table adds the cancellations. */
export const CHART_SERIES = ['published', 'booked', 'completed', 'noShows'] as const;
export const TABLE_SERIES = [...CHART_SERIES, 'cancelled'] as const;
export type Series = (typeof TABLE_SERIES)[number];

/** One point of the chart: a day, or a week (from its Monday) when the range is long. */
export type Bucket = { start: string; partial: boolean } & Record<Series, number>;

/** Longer ranges are drawn by week: a point per day would be thinner than a pixel on a phone. */
export const WEEKLY_AFTER_DAYS = 92;

export const isWeekly = (days: readonly TDashboardDay[]) => days.length > WEEKLY_AFTER_DAYS;

/**
 * The chart's points: the days as they are, or summed into weeks from Monday; a week the range covers only
 * in part (at either end) is marked partial, so nobody reads its dip as a fall.
 */
export function bucketsOf(days: readonly TDashboardDay[]): Bucket[] {
  if (!isWeekly(days)) return days.map(({ day, ...counts }) => ({ start: day, partial: false, ...counts }));
  const weeks = new Map<string, Bucket & { days: number }>();
  for (const { day, ...counts } of days) {
    const start = weekOf(day);
    const week = weeks.get(start) ?? {
      start,
      partial: false,
      days: 0,
      published: 0,
      booked: 0,
      completed: 0,
      noShows: 0,
      cancelled: 0,
    };
    for (const series of TABLE_SERIES) week[series] += counts[series];
    week.days += 1;
    weeks.set(start, week);
  }
  return [...weeks.values()].map(({ days: covered, ...week }) => ({ ...week, partial: covered < 7 }));
}

/**
 * The values up the axis: from 0 to a round number at or above the largest, in about `count` round steps
 * (1, 2 or 5 times a power of ten); a chart of zeros still has a scale.
 */
export function axisTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}

/**
 * Which points get a date under the axis, `room` of them at most: all if they fit; else calendar marks, the
 * first point of each month, or else the Mondays, whichever gives a few (up to 4) labels no closer than their
 * share of the width; else evenly spread points. Dates that fall on calendar marks read as a calendar.
 */
export function labelIndexes(starts: readonly string[], room: number): number[] {
  const all = starts.map((_, index) => index);
  if (all.length <= room) return all;
  const gap = all.length / Math.max(1, room);
  const spaced = (indexes: number[]) =>
    indexes.reduce<number[]>((kept, index) => {
      const last = kept.at(-1);
      if (last === undefined || index - last >= gap) kept.push(index);
      return kept;
    }, []);
  const months = all.filter(
    (index) => index === 0 || starts[index]?.slice(0, 7) !== starts[index - 1]?.slice(0, 7),
  );
  const mondays = all.filter((index) => weekOf(starts[index] ?? '') === starts[index]);
  const wanted = Math.min(room, 4);
  for (const marks of [months, mondays]) {
    const labels = spaced(marks);
    if (labels.length >= wanted) return labels;
  }
  const step = Math.ceil(all.length / Math.max(1, room));
  return all.filter((index) => index % step === 0);
}
