import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from './i18n.ts';
import {
  addDays,
  browserTimeZone,
  currentZoneName,
  formatInstant,
  formatUtcOffset,
  timeZoneLabel,
  timeZoneOptions,
  wallTimeToInstant,
  zonedWallTime,
} from './time.ts';

const noon = new Date('2026-07-01T12:05:00Z');

// The app loads English when it is chosen; the tests format in both languages.
beforeAll(() => loadLanguage('en'));

describe('time', () => {
  it('labels Moscow as МСК and other zones by their offset', () => {
    expect(timeZoneLabel('Europe/Moscow', 'ru', noon)).toBe('Москва (МСК, UTC+3)');
    expect(timeZoneLabel('Europe/Moscow', 'en', noon)).toBe('Moscow (MSK, UTC+3)');
    expect(timeZoneLabel('Asia/Novosibirsk', 'ru', noon)).toBe('Новосибирск (UTC+7)');
    expect(timeZoneLabel('America/New_York', 'en', noon)).toBe('New York (UTC−4)');
  });

  it('shows a moment in the given zone with the zone beside the time', () => {
    expect(formatInstant(noon, { timeZone: 'Europe/Moscow', language: 'ru', style: 'time' })).toBe(
      '15:05 МСК',
    );
    expect(formatInstant(noon, { timeZone: 'Asia/Novosibirsk', language: 'ru', style: 'time' })).toBe(
      '19:05 UTC+7',
    );
    expect(formatInstant(noon, { timeZone: 'Asia/Kolkata', language: 'en', style: 'date' })).toBe(
      '1 July 2026',
    );
  });

  it('writes offsets the short way', () => {
    expect(formatUtcOffset(0)).toBe('UTC');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-180)).toBe('UTC−3');
  });

  it('offers Russian zones first and keeps a saved zone the browser does not list', () => {
    const { russian, world } = timeZoneOptions('ru', 'Etc/GMT-3', noon);
    const other = world.flatMap((group) => group.options);
    expect(russian[1]).toEqual({ value: 'Europe/Moscow', label: 'Москва (МСК, UTC+3)' });
    expect(other.map((option) => option.value)).toContain('Etc/GMT-3');
    expect(other.map((option) => option.value)).not.toContain('Europe/Moscow');
    const labels = [...russian, ...other].map((option) => option.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lists every Russian zone by its Russian name and offset', () => {
    const labels = timeZoneOptions('ru', 'Europe/Moscow', noon).russian.map((option) => option.label);
    for (const city of [
      'Калининград (UTC+2)',
      'Самара (UTC+4)',
      'Екатеринбург (UTC+5)',
      'Омск (UTC+6)',
      'Новосибирск (UTC+7)',
      'Барнаул (UTC+7)',
      'Томск (UTC+7)',
      'Красноярск (UTC+7)',
      'Иркутск (UTC+8)',
      'Чита (UTC+9)',
      'Якутск (UTC+9)',
      'Владивосток (UTC+10)',
      'Магадан (UTC+11)',
      'Сахалин (UTC+11)',
      'Анадырь (UTC+12)',
      'Волгоград (UTC+3)',
      'Астрахань (UTC+4)',
      'Саратов (UTC+4)',
      'Ульяновск (UTC+4)',
      'Киров (UTC+3)',
    ]) {
      expect(labels).toContain(city);
    }
    expect(labels.every((label) => /^[А-ЯЁ]/.test(label))).toBe(true);
  });

  it('groups the world by region under current names, in English', () => {
    const { world } = timeZoneOptions('ru', 'Europe/Moscow', noon);
    expect(world.map((group) => group.region).slice(0, 3)).toEqual(['Europe', 'Asia', 'Africa']);
    const values = world.flatMap((group) => group.options.map((option) => option.value));
    expect(values).toEqual(
      expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'UTC']),
    );
    expect(values).not.toEqual(expect.arrayContaining(['Europe/Kiev']));
    expect(values).not.toContain('Asia/Calcutta');
    const asia = world.find((group) => group.region === 'Asia')?.options ?? [];
    expect(asia.find((option) => option.value === 'Asia/Ho_Chi_Minh')?.label).toBe('Ho Chi Minh (UTC+7)');
    expect(asia.every((option) => option.value.startsWith('Asia/'))).toBe(true);
  });

  it('names a renamed zone as IANA does now', () => {
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Asia/Novosibirsk')).toBe('Asia/Novosibirsk');
  });

  it('shows days without a zone and short moments with it', () => {
    const evening = new Date('2026-12-12T15:00:00Z');
    expect(formatInstant(evening, { timeZone: 'Europe/Moscow', language: 'ru', style: 'day' })).toBe(
      'сб, 12 декабря',
    );
    expect(
      formatInstant(evening, { timeZone: 'Europe/Moscow', language: 'ru', style: 'shortDateTime' }),
    ).toBe('12 дек., 18:00 МСК');
  });
});

describe('wall time and instants', () => {
  const instant = (date: string, time: string, zone: string) =>
    wallTimeToInstant({ date, time }, zone)?.toISOString();

  it('turns a time in a zone without daylight saving into UTC', () => {
    expect(instant('2026-11-27', '18:00', 'Europe/Moscow')).toBe('2026-11-27T15:00:00.000Z');
    expect(instant('2026-07-01', '00:30', 'Asia/Novosibirsk')).toBe('2026-06-30T17:30:00.000Z');
    expect(instant('2026-07-01', '09:15', 'Asia/Kolkata')).toBe('2026-07-01T03:45:00.000Z');
    expect(instant('2026-07-01', '09:15', 'UTC')).toBe('2026-07-01T09:15:00.000Z');
  });

  it('uses the offset in force on that day in a zone with daylight saving', () => {
    expect(instant('2026-07-01', '18:00', 'America/New_York')).toBe('2026-07-01T22:00:00.000Z');
    expect(instant('2026-12-01', '18:00', 'America/New_York')).toBe('2026-12-01T23:00:00.000Z');
    expect(instant('2026-07-01', '18:00', 'Europe/Berlin')).toBe('2026-07-01T16:00:00.000Z');
    expect(instant('2026-12-01', '18:00', 'Europe/Berlin')).toBe('2026-12-01T17:00:00.000Z');
  });

  it('moves a time skipped in spring forward and reads a repeated autumn time as the first one', () => {
    // New York skips 02:00–03:00 on 8 March 2026 and repeats 01:00–02:00 on 1 November 2026.
    expect(instant('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(instant('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    // Berlin: 29 March and 25 October 2026.
    expect(instant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(instant('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(instant('2026-02-30', '10:00', 'Europe/Moscow')).toBeUndefined();
    expect(instant('2026-11-27', '24:00', 'Europe/Moscow')).toBeUndefined();
    expect(instant('', '10:00', 'Europe/Moscow')).toBeUndefined();
    expect(instant('2026-11-27', '', 'Europe/Moscow')).toBeUndefined();
  });

  it('reads back every moment from its wall time, in every kind of zone', () => {
    const zones = ['Europe/Moscow', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minutes, zone) => {
          const moment = new Date(minutes * 60_000);
          const back = wallTimeToInstant(zonedWallTime(moment, zone), zone);
          // The hour repeated in autumn names two moments; the first one is chosen, an hour earlier at most.
          const gap = moment.getTime() - (back?.getTime() ?? Number.NaN);
          expect(gap === 0 || gap === 3_600_000).toBe(true);
          if (gap !== 0 && back) expect(zonedWallTime(back, zone)).toEqual(zonedWallTime(moment, zone));
        },
      ),
    );
  });

  it('shows a moment as the wall time of a zone and steps over month ends', () => {
    expect(zonedWallTime('2026-12-31T21:30:00Z', 'Europe/Moscow')).toEqual({
      date: '2027-01-01',
      time: '00:30',
    });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('browserTimeZone', () => {
  const withZone = (zone: string | undefined) =>
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      timeZone: zone,
    } as Intl.ResolvedDateTimeFormatOptions);

  afterEach(() => vi.restoreAllMocks());

  it('offers the zone the browser is in, by its current name', () => {
    withZone('Asia/Novosibirsk');
    expect(browserTimeZone()).toBe('Asia/Novosibirsk');
    withZone('Europe/Kiev');
    expect(browserTimeZone()).toBe('Europe/Kyiv');
  });

  it('falls back to Moscow when the browser does not say where it is', () => {
    for (const zone of [undefined, '', 'UTC', 'Etc/GMT-3', 'Mars/Olympus']) {
      withZone(zone);
      expect(browserTimeZone()).toBe('Europe/Moscow');
    }
  });
});
