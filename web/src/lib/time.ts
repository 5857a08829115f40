import { type Language, translator, words } from './i18n.ts';

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

/**
 * Formatters, made once per locale, options and zone and kept: making one costs far more than using it (the
 * engine loads the locale's and the zone's data), and a page of slot cards formats dozens of times per render.
 * The keys are bounded by the zones there are, a few hundred.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** Styles without a time of day carry no zone label. */
const DATE_ONLY: ReadonlySet<TimeStyle> = new Set(['date', 'shortDate', 'day']);

/** Every zone of Russia, west to east: where most of our users live, so listed first. */
export const RUSSIAN_TIME_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Volgograd',
  'Europe/Kirov',
  'Europe/Samara',
  'Europe/Astrakhan',
  'Europe/Saratov',
  'Europe/Ulyanovsk',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Barnaul',
  'Asia/Tomsk',
  'Asia/Novokuznetsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Chita',
  'Asia/Yakutsk',
  'Asia/Khandyga',
  'Asia/Vladivostok',
  'Asia/Ust-Nera',
  'Asia/Magadan',
  'Asia/Sakhalin',
  'Asia/Srednekolymsk',
  'Asia/Kamchatka',
  'Asia/Anadyr',
];

/**
 * Browsers list zones by ICU's ids, some of them renamed long ago (Europe/Kiev); the picker offers, and we
 * save, the names IANA uses now.
 */
const RENAMED_TIME_ZONES: Record<string, string> = {
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Ashkhabad': 'Asia/Ashgabat',
  'Asia/Chongqing': 'Asia/Shanghai',
  'Asia/Harbin': 'Asia/Shanghai',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** The current IANA name of a zone, when the engine knows it by that name too; otherwise the zone as given. */
export function currentZoneName(timeZone: string): string {
  const renamed = RENAMED_TIME_ZONES[timeZone];
  return renamed && isKnownZone(renamed) ? renamed : timeZone;
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone.includes('/') || timeZone === 'UTC';
  } catch {
    return false;
  }
}

/**
 * The zone this browser is in, as the server accepts it, or Moscow when the browser does not say. Plain UTC
 * (and Etc/…) counts as not saying: it is what unset servers and privacy modes report, rarely where a person is.
 */
export function browserTimeZone(): string {
  try {
    const zone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const placed = zone && isKnownZone(zone) && zone !== 'UTC' && !zone.startsWith('Etc/');
    return placed ? zone : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const name = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
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
    ? translator(language)('time.moscowAbbreviation')
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
  const text = dateTimeFormat(LOCALES[language], { ...STYLES[style], timeZone }).format(date);
  return DATE_ONLY.has(style) ? text : `${text} ${zoneAbbreviation(timeZone, language, date)}`;
}

/** A calendar day and a wall-clock time as date and time inputs hold them: "2026-11-27", "18:00". */
export type WallTime = { date: string; time: string };

/** What the clocks of a zone show at a moment, in the form date and time inputs take. */
export function zonedWallTime(instant: Date | string, timeZone: string): WallTime {
  const parts = dateTimeFormat('en-CA', {
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
  const names: Record<string, string> = words('timeZones', language);
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

/** The parts of the world a picker groups zones by, in the order it shows them. */
export const TIME_ZONE_REGIONS = [
  'Europe',
  'Asia',
  'Africa',
  'America',
  'Atlantic',
  'Indian',
  'Australia',
  'Pacific',
  'Antarctica',
  'Other',
] as const;
export type TimeZoneRegion = (typeof TIME_ZONE_REGIONS)[number];

function regionOf(timeZone: string): TimeZoneRegion {
  const prefix = timeZone.split('/')[0];
  return TIME_ZONE_REGIONS.find((region) => region === prefix && region !== 'Other') ?? 'Other';
}

export type TimeZoneGroups = {
  russian: TimeZoneOption[];
  world: { region: TimeZoneRegion; options: TimeZoneOption[] }[];
};

/**
 * The zones for a picker: every Russian one first, then the rest of the world by region, each by offset and
 * under its current name (Kyiv, Kolkata). `current` is always offered, even when this browser does not list
 * it, so a saved zone never silently changes.
 */
export function timeZoneOptions(language: Language, current: string, at: Date = new Date()): TimeZoneGroups {
  const known = new Set(Intl.supportedValuesOf('timeZone').map(currentZoneName));
  known.add('UTC');
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
  const world = TIME_ZONE_REGIONS.map((region) => ({
    region,
    options: other.filter((option) => regionOf(option.value) === region).map(distinct),
  })).filter((group) => group.options.length > 0);
  return { russian: russian.map(distinct), world };
}
