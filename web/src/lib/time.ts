import { i18n, type Language } from './i18n.ts';

/** Guests and new users see Moscow time, labelled МСК. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export type TimeStyle = 'time' | 'date' | 'shortDate' | 'day' | 'dateTime' | 'shortDateTime';

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  shortDate: { day: 'numeric', month: 'short' },
  day: { weekday: 'short', day: 'numeric', month: 'long' },
  dateTime: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  shortDateTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
};

/** Styles without a time of day carry no zone label. */
const DATE_ONLY: ReadonlySet<TimeStyle> = new Set(['date', 'shortDate', 'day']);

/** One zone per offset of Russia, west to east: where most of our users live, so listed first. */
const RUSSIAN_TIME_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];

export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** The short label a time carries: МСК for Moscow, as Russian schedules write it, otherwise the UTC offset. */
export function zoneAbbreviation(timeZone: string, language: Language, at: Date = new Date()): string {
  return timeZone === DEFAULT_TIME_ZONE
    ? i18n.t('time.moscowAbbreviation', { lng: language })
    : formatUtcOffset(utcOffsetMinutes(timeZone, at));
}

/**
 * The one way the app shows a moment: in the viewer's zone and language; times carry their zone label
 * ("14:05 МСК", "18:05 UTC+7") so nobody mistakes whose clock they read.
 */
export function formatInstant(
  instant: Date | string,
  { timeZone, language, style }: { timeZone: string; language: Language; style: TimeStyle },
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const text = new Intl.DateTimeFormat(LOCALES[language], { ...STYLES[style], timeZone }).format(date);
  return DATE_ONLY.has(style) ? text : `${text} ${zoneAbbreviation(timeZone, language, date)}`;
}

/** A calendar day and a wall-clock time as date and time inputs hold them: "2026-11-27", "18:00". */
export type WallTime = { date: string; time: string };

/** What the clocks of a zone show at a moment, in the form date and time inputs take. */
export function zonedWallTime(instant: Date | string, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The moment a wall-clock time of a zone names, or null when the date or time is not a real one. Around a
 * daylight-saving change it answers as calendars do (Temporal's "compatible"): a time skipped in spring moves
 * forward by the gap (02:30 becomes 03:30), a time that happens twice in autumn means its first occurrence.
 */
export function wallTimeToInstant({ date, time }: WallTime, timeZone: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return null;
  const [year, month, dayOfMonth, hour, minute] = [day[1], day[2], day[3], clock[1], clock[2]].map(Number);
  if (year === undefined || month === undefined || dayOfMonth === undefined) return null;
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  // Date.UTC rolls 31 February over into March; a date that does not round-trip does not exist.
  if (new Date(wall).toISOString().slice(0, 10) !== date) return null;
  // The zone's offsets a day either side cover any single transition near this time.
  const before = utcOffsetMinutes(timeZone, new Date(wall - DAY_MS));
  const after = utcOffsetMinutes(timeZone, new Date(wall + DAY_MS));
  const [first] = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((utc) => wall - utc === utcOffsetMinutes(timeZone, new Date(utc)) * MINUTE_MS)
    .sort((a, b) => a - b);
  return new Date(first ?? wall - before * MINUTE_MS);
}

/** The calendar day `days` after `date` ("2026-12-31" + 1 = "2027-01-01"). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function placeName(timeZone: string, language: Language): string {
  // Browsers disagree on localized zone names (Chromium ships none for most places), so the zones we list
  // first have names of our own and the rest show the city of their IANA id.
  const names: Record<string, string> = i18n.t('timeZones', { lng: language, returnObjects: true });
  return names[timeZone] ?? (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/** "Москва (МСК, UTC+3)", "Новосибирск (UTC+7)". */
export function timeZoneLabel(timeZone: string, language: Language, at: Date = new Date()): string {
  const offset = formatUtcOffset(utcOffsetMinutes(timeZone, at));
  const abbreviation = zoneAbbreviation(timeZone, language, at);
  const qualifier = abbreviation === offset ? offset : `${abbreviation}, ${offset}`;
  return `${placeName(timeZone, language)} (${qualifier})`;
}

export type TimeZoneOption = { value: string; label: string };

/**
 * The zones for a picker: Russian ones first, then every zone the browser knows, by offset. `current` is
 * always offered, even when this browser does not list it, so a saved zone never silently changes.
 */
export function timeZoneOptions(
  language: Language,
  current: string,
  at: Date = new Date(),
): { russian: TimeZoneOption[]; other: TimeZoneOption[] } {
  const known = new Set(Intl.supportedValuesOf('timeZone'));
  known.add(current);
  const toOption = (value: string): TimeZoneOption => ({ value, label: timeZoneLabel(value, language, at) });
  const russian = RUSSIAN_TIME_ZONES.filter((zone) => known.has(zone)).map(toOption);
  const other = [...known]
    .filter((zone) => !RUSSIAN_TIME_ZONES.includes(zone))
    .map((zone) => ({ ...toOption(zone), offset: utcOffsetMinutes(zone, at) }))
    .sort((a, b) => a.offset - b.offset || a.label.localeCompare(b.label, LOCALES[language]));
  // Some places share a name (two zones of one country): the zone id tells them apart.
  const labelCounts = new Map<string, number>();
  for (const option of [...russian, ...other]) {
    labelCounts.set(option.label, (labelCounts.get(option.label) ?? 0) + 1);
  }
  const distinct = ({ value, label }: TimeZoneOption): TimeZoneOption => ({
    value,
    label: (labelCounts.get(label) ?? 0) > 1 ? `${label} — ${value}` : label,
  });
  return { russian: russian.map(distinct), other: other.map(distinct) };
}
