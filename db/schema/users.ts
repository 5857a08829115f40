import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { experienceLevel, userRole, userStatus } from './enums.ts';
import { professions } from './professions.ts';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    login: text().notNull(),
    displayName: text().notNull(),
    bio: text().notNull().default(''),
    contacts: text().notNull().default(''),
    timeZone: text().notNull().default('Europe/Moscow'),
    level: experienceLevel(),
    role: userRole().notNull().default('user'),
    status: userStatus().notNull().default('active'),
    // A cache of the ledger sum, written only together with a ledger entry in one transaction.
    balance: integer().notNull().default(0),
    strikes: integer().notNull().default(0),
    // The revealed ratings this user received as an interviewer: how many and their sum, kept in the
    // transaction that reveals or edits a review, so the exchange reads a rating without touching reviews.
    ratingCount: integer().notNull().default(0),
    ratingSum: integer().notNull().default(0),
    // Set while status is 'blocked': when and why (the audit log keeps the history).
    blockedAt: timestamp({ withTimezone: true }),
    blockedReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_login_lower_key').on(sql`lower(${t.login})`),
    // Admin search: a part of the login or display name, any case, Cyrillic included (pg_trgm, migration 0003).
    index('users_search_trgm_idx').using(
      'gin',
      sql`lower(${t.login} || ' ' || ${t.displayName}) gin_trgm_ops`,
    ),
    index('users_created_idx').on(t.createdAt),
    check('users_balance_non_negative', sql`${t.balance} >= 0`),
    check('users_strikes_non_negative', sql`${t.strikes} >= 0`),
    check(
      'users_rating_consistent',
      sql`${t.ratingCount} >= 0 and ${t.ratingSum} between ${t.ratingCount} and 5 * ${t.ratingCount}`,
    ),
    check('users_login_format', sql`${t.login} ~ '^[A-Za-z0-9._-]{3,32}$'`),
  ],
);

export const credentials = pgTable('credentials', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  passwordHash: text().notNull(),
  changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const userProfessions = pgTable(
  'user_professions',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    professionId: uuid()
      .notNull()
      .references(() => professions.id),
  },
  // By profession too: the people who chose one (the dashboard's profession filter).
  (t) => [
    primaryKey({ columns: [t.userId, t.professionId] }),
    index('user_professions_profession_idx').on(t.professionId),
  ],
);
