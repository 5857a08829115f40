import { z } from 'zod';
import {
  LANGUAGES,
  LEDGER_REASONS,
  LEVELS,
  REPORT_STATUSES,
  SLOT_STATUSES,
  STRIKE_KINDS,
  USER_ROLES,
} from './enums.ts';

/** `/:id` route parameters: anything but a UUID is a 400, never a database error. */
export const ZIdParam = z.object({ id: z.uuid('invalid_format') });

/** A name in both languages of the interface. */
export const ZLocalizedName = z.object({ ru: z.string(), en: z.string() });
export type LocalizedName = z.infer<typeof ZLocalizedName>;

/** A keyset page's position, opaque to clients: pass `nextCursor` back as `cursor`. */
export const ZCursor = z.string().max(200);

// NUL (U+0000), which PostgreSQL refuses in text, and a UTF-16 surrogate without its pair, which has no
// UTF-8 form: text with either can never be stored, so it is refused at the door, not by the database.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** Any text a person writes that is kept: every such field starts from this (`invalid_characters` otherwise). */
export const ZText = z.string().refine(isStorableText, 'invalid_characters');

// The database's enums as schemas (their value lists: enums.ts).
export const ZRole = z.enum(USER_ROLES);
export const ZLevel = z.enum(LEVELS);
export const ZLanguage = z.enum(LANGUAGES);
export const ZSlotStatus = z.enum(SLOT_STATUSES);
export const ZLedgerReason = z.enum(LEDGER_REASONS);
export const ZReportStatus = z.enum(REPORT_STATUSES);
export const ZStrikeKind = z.enum(STRIKE_KINDS);

/**
 * The moments and days a query may name: the years 2000 to 2999, far beyond any interview and far inside
 * what PostgreSQL and JavaScript hold and order alike, even after the arithmetic a query does with them
 * (a dashboard's weeks and default range). PostgreSQL refuses the year 0, and past 9999 JavaScript writes
 * `+010000-01-01`, which PostgreSQL does not read and which no longer sorts as text. Outside them a query is
 * a 400 on its field (`date_out_of_range`), never a database error.
 */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
export const LATEST_DATE = Date.UTC(2999, 11, 31, 23, 59, 59, 999);
const withinDates = (time: number) => time >= EARLIEST_DATE && time <= LATEST_DATE;

/** An instant with its offset, as a Date. */
export const ZInstant = z.iso
  .datetime({ offset: true })
  .refine((value) => withinDates(Date.parse(value)), 'date_out_of_range')
  .transform((value) => new Date(value));

/** A calendar day as the query and the answer write it: 2026-11-27. */
export const ZDay = z.iso
  .date()
  .refine((value) => withinDates(Date.parse(`${value}T00:00:00Z`)), 'date_out_of_range');
