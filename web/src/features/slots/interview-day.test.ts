import { beforeAll, describe, expect, it } from 'vitest';
import type { TSlotDetails } from '#contract/slots.ts';
import { loadLanguage } from '../../lib/i18n.ts';
import { countdownText, dayName, groupByDay, joinStep, meetingHref, nextInterview } from './interview-day.ts';

const SLOT = { startsAt: '2026-11-28T15:00:00.000Z', endsAt: '2026-11-28T16:00:00.000Z' };
const MINUTE = 60_000;
const at = (iso: string, ms = 0) => new Date(new Date(iso).getTime() + ms);

beforeAll(() => loadLanguage('en'));

describe('countdownText', () => {
  it('counts down in two units, minutes rounded up, and says when it is on', () => {
    expect(countdownText(SLOT, at(SLOT.startsAt, -(2 * 60 + 15) * MINUTE), 'ru')).toBe('через 2 ч 15 мин');
    expect(countdownText(SLOT, at(SLOT.startsAt, -2 * 60 * MINUTE), 'ru')).toBe('через 2 ч');
    expect(countdownText(SLOT, at(SLOT.startsAt, -15 * MINUTE), 'ru')).toBe('через 15 мин');
    expect(countdownText(SLOT, at(SLOT.startsAt, -30_000), 'ru')).toBe('через 1 мин');
    expect(countdownText(SLOT, at(SLOT.startsAt, -(3 * 24 + 4) * 60 * MINUTE - 59 * MINUTE), 'ru')).toBe(
      'через 3 дн. 4 ч',
    );
    expect(countdownText(SLOT, at(SLOT.startsAt), 'ru')).toBe('идёт сейчас');
    expect(countdownText(SLOT, at(SLOT.endsAt, -1), 'ru')).toBe('идёт сейчас');
    expect(countdownText(SLOT, at(SLOT.startsAt, -(2 * 60 + 15) * MINUTE), 'en')).toBe('in 2 h 15 min');
    expect(countdownText(SLOT, at(SLOT.startsAt, 1), 'en')).toBe('happening now');
  });
});

describe('joinStep', () => {
  it('opens 10 minutes before the start and closes at the end', () => {
    const opensAt = at(SLOT.startsAt, -10 * MINUTE);
    expect(joinStep(SLOT, at(SLOT.startsAt, -15 * MINUTE))).toEqual({ kind: 'before', opensAt });
    expect(joinStep(SLOT, at(opensAt.toISOString(), -1))).toEqual({ kind: 'before', opensAt });
    expect(joinStep(SLOT, opensAt)).toEqual({ kind: 'open' });
    expect(joinStep(SLOT, at(SLOT.endsAt, -1))).toEqual({ kind: 'open' });
    expect(joinStep(SLOT, at(SLOT.endsAt))).toEqual({ kind: 'over' });
  });
});

describe('dayName and groupByDay', () => {
  const now = new Date('2026-11-27T20:30:00Z'); // 23:30 in Moscow, 20:30 in London: still Friday in both.

  it('names today, tomorrow and yesterday in the viewer’s zone', () => {
    expect(dayName('2026-11-27', now, 'Europe/Moscow')).toBe('today');
    expect(dayName('2026-11-28', now, 'Europe/Moscow')).toBe('tomorrow');
    expect(dayName('2026-11-26', now, 'Europe/Moscow')).toBe('yesterday');
    expect(dayName('2026-11-30', now, 'Europe/Moscow')).toBe('date');
    // 03:30 on Saturday in Novosibirsk: Friday is yesterday there.
    expect(dayName('2026-11-27', now, 'Asia/Novosibirsk')).toBe('yesterday');
    expect(dayName('2027-01-01', new Date('2026-12-31T12:00:00Z'), 'Europe/Moscow')).toBe('tomorrow');
  });

  it('groups a list by the day each interview starts on in the viewer’s zone, keeping its order', () => {
    const items = [
      { id: 'a', startsAt: '2026-11-28T05:00:00.000Z' },
      { id: 'b', startsAt: '2026-11-28T20:00:00.000Z' },
      { id: 'c', startsAt: '2026-11-29T09:00:00.000Z' },
    ];
    const ids = (zone: string) =>
      groupByDay(items, zone).map((group) => [group.day, group.items.map((item) => item.id)]);
    expect(ids('Europe/Moscow')).toEqual([
      ['2026-11-28', ['a', 'b']],
      ['2026-11-29', ['c']],
    ]);
    // 20:00 UTC is already Sunday 03:00 in Novosibirsk.
    expect(ids('Asia/Novosibirsk')).toEqual([
      ['2026-11-28', ['a']],
      ['2026-11-29', ['b', 'c']],
    ]);
    expect(groupByDay([], 'Europe/Moscow')).toEqual([]);
  });
});

describe('nextInterview', () => {
  const slot = (overrides: Partial<TSlotDetails>) =>
    ({ ...SLOT, status: 'booked', myRole: 'candidate', cancellation: null, ...overrides }) as TSlotDetails;

  it('is the first booked interview not called off and not over, on either side', () => {
    const open = slot({ status: 'open', myRole: 'interviewer' });
    const cancelled = slot({ status: 'cancelled', cancellation: { by: 'interviewer', at: SLOT.startsAt } });
    const given = slot({ myRole: null, cancellation: { by: 'candidate', at: SLOT.startsAt } });
    const hosting = slot({ myRole: 'interviewer' });
    expect(nextInterview([open, cancelled, given, hosting], at(SLOT.startsAt, -MINUTE))).toBe(hosting);
    expect(nextInterview([hosting], at(SLOT.endsAt, -1))).toBe(hosting);
    expect(nextInterview([hosting], at(SLOT.endsAt))).toBeNull();
    expect(nextInterview([open, cancelled], at(SLOT.startsAt, -MINUTE))).toBeNull();
  });
});

describe('meetingHref', () => {
  it('makes only https links clickable', () => {
    expect(meetingHref('https://telemost.yandex.ru/j/1')).toBe('https://telemost.yandex.ru/j/1');
    expect(meetingHref('javascript:alert(1)')).toBeNull();
    expect(meetingHref('http://meet.example.com')).toBeNull();
    expect(meetingHref(null)).toBeNull();
  });
});
