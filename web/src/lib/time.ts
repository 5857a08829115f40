import { i18n, type Language } from './i18n.ts';

/** Guests and new users see Moscow time, labelled МСК. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export type TimeStyle = 'time' | 'date' | 'dateTime';

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
};

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
  return style === 'date' ? text : `${text} ${zoneAbbreviation(timeZone, language, date)}`;
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
