import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const professions = pgTable(
  'professions',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    position: integer().notNull().default(0),
    // Archived professions leave the forms but stay on the interviews that used them.
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('professions_slug_key').on(t.slug)],
);
