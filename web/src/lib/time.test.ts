import { describe, expect, it } from 'vitest';
import { formatInstant, formatUtcOffset, timeZoneLabel, timeZoneOptions } from './time.ts';

const noon = new Date('2026-07-01T12:05:00Z');

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
    const { russian, other } = timeZoneOptions('ru', 'Etc/GMT-3', noon);
    expect(russian[1]).toEqual({ value: 'Europe/Moscow', label: 'Москва (МСК, UTC+3)' });
    expect(other.map((option) => option.value)).toContain('Etc/GMT-3');
    expect(other.map((option) => option.value)).not.toContain('Europe/Moscow');
    const labels = [...russian, ...other].map((option) => option.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
