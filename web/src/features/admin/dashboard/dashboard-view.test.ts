import { describe, expect, it } from 'vitest';
import { daysOf, type TDashboardDay } from '#contract/admin-dashboard.ts';
import {
  axisTicks,
  bucketsOf,
  labelIndexes,
  readDashboardFilters,
  toDashboardQuery,
  writeDashboardFilters,
} from './dashboard-view.ts';

const TODAY = '2026-12-01';
const PROFESSION = '00000000-0000-4000-8000-00000000000a';

const day = (date: string, published = 1): TDashboardDay => ({
  day: date,
  published,
  booked: 1,
  completed: 0,
  noShows: 0,
  cancelled: 0,
});

describe('the dashboard filters in the address', () => {
  it('opens on the last 30 Moscow days, today included', () => {
    expect(readDashboardFilters(new URLSearchParams(), TODAY)).toEqual({
      range: '30',
      from: '2026-11-02',
      to: TODAY,
      professionId: '',
    });
    expect(writeDashboardFilters(readDashboardFilters(new URLSearchParams(), TODAY)).toString()).toBe('');
  });

  it('keeps a preset, custom dates and the profession, and reads back what it wrote', () => {
    const year = readDashboardFilters(new URLSearchParams({ range: '365', profession: PROFESSION }), TODAY);
    expect(year).toMatchObject({ range: '365', from: '2025-12-02', to: TODAY, professionId: PROFESSION });
    expect(writeDashboardFilters(year).toString()).toBe(`range=365&profession=${PROFESSION}`);
    const custom = { range: 'custom', from: '2026-10-01', to: '2026-10-31', professionId: '' } as const;
    expect(readDashboardFilters(writeDashboardFilters(custom), TODAY)).toEqual(custom);
  });

  it('falls back to the default for what is not a preset or not a date', () => {
    expect(readDashboardFilters(new URLSearchParams({ range: '12' }), TODAY).range).toBe('30');
    expect(readDashboardFilters(new URLSearchParams({ from: 'вчера', to: TODAY }), TODAY).range).toBe('30');
  });

  it('asks nothing for reversed or too long dates, and says why', () => {
    const base = { range: 'custom', professionId: '' } as const;
    expect(toDashboardQuery({ ...base, from: '2026-12-02', to: TODAY }).problem).toBe('date_range_reversed');
    expect(toDashboardQuery({ ...base, from: '2025-11-30', to: TODAY }).problem).toBe('date_range_too_long');
    expect(toDashboardQuery({ ...base, from: '2025-12-01', to: TODAY, professionId: PROFESSION })).toEqual({
      query: { from: '2025-12-01', to: TODAY, professionId: PROFESSION },
      problem: null,
    });
  });
});

describe('the chart’s points', () => {
  it('are the days themselves up to three months', () => {
    const days = daysOf('2026-09-01', '2026-11-30').map((date) => day(date));
    expect(days).toHaveLength(91);
    expect(bucketsOf(days)).toHaveLength(91);
    expect(bucketsOf(days)[0]).toEqual({
      start: '2026-09-01',
      partial: false,
      published: 1,
      booked: 1,
      completed: 0,
      noShows: 0,
      cancelled: 0,
    });
  });

  it('are weeks from Monday beyond that, partial ones marked', () => {
    // 2026-11-26 is a Thursday: its week began on Monday the 23rd.
    const days = daysOf('2025-11-27', TODAY).map((date) => day(date, 2));
    const weeks = bucketsOf(days);
    expect(weeks[0]).toMatchObject({ start: '2025-11-24', partial: true, published: 8, booked: 4 });
    expect(weeks[1]).toMatchObject({ start: '2025-12-01', partial: false, published: 14, booked: 7 });
    expect(weeks.at(-1)).toMatchObject({ start: '2026-11-30', partial: true, published: 4 });
    expect(weeks.reduce((sum, week) => sum + week.published, 0)).toBe(days.length * 2);
  });
});

describe('the chart’s axes', () => {
  it('count up in round steps past the largest value', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(412)).toEqual([0, 200, 400, 600]);
  });

  it('label every point that fits, else months or Mondays, never crowded', () => {
    const week = daysOf('2026-11-23', '2026-11-29');
    expect(labelIndexes(week, 10)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // A week on a phone: every other day rather than one Monday.
    expect(labelIndexes(week, 4)).toEqual([0, 2, 4, 6]);
    const month = daysOf('2026-11-02', TODAY);
    // Mondays: 2, 9, 16, 23 and 30 November (two month starts would be too few).
    expect(labelIndexes(month, 6)).toEqual([0, 7, 14, 21, 28]);
    const quarter = daysOf('2026-09-03', TODAY);
    expect(labelIndexes(quarter, 4).map((index) => quarter[index])).toEqual([
      '2026-09-03',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    // 29 October, then 1 November three days later: too close on a phone, so spread evenly instead.
    const narrow = daysOf('2026-10-29', '2026-11-27');
    expect(labelIndexes(narrow, 3)).toEqual([0, 10, 20]);
    // A year by week: the week starting on 24 November is not crowded by the one of 1 December.
    const weeks = bucketsOf(daysOf('2025-11-28', '2026-11-27').map((date) => day(date))).map((w) => w.start);
    const labelled = labelIndexes(weeks, 14);
    expect(labelled.length).toBeLessThanOrEqual(14);
    expect(labelled.slice(0, 2).map((index) => weeks[index])).toEqual(['2025-11-24', '2026-01-05']);
    for (const [at, index] of labelled.entries())
      if (at > 0) expect(index - (labelled[at - 1] ?? 0)).toBeGreaterThanOrEqual(weeks.length / 14);
  });
});
