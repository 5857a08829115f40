import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { professions } from './schema/professions.ts';

export const defaultProfessions = [
  { slug: 'frontend', nameRu: 'Frontend', nameEn: 'Frontend' },
  { slug: 'backend', nameRu: 'Backend', nameEn: 'Backend' },
  { slug: 'mobile', nameRu: 'Мобильная разработка', nameEn: 'Mobile' },
  { slug: 'qa', nameRu: 'Тестирование (QA)', nameEn: 'QA' },
  { slug: 'devops', nameRu: 'DevOps', nameEn: 'DevOps' },
  { slug: 'data-science', nameRu: 'Data Science', nameEn: 'Data Science' },
  { slug: 'system-design', nameRu: 'System Design', nameEn: 'System Design' },
  { slug: 'product-manager', nameRu: 'Продакт-менеджер', nameEn: 'Product Manager' },
];

/** Adds the default professions once; admins' later renames and archiving are never overwritten. */
export async function seed(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  await db
    .insert(professions)
    .values(defaultProfessions.map((p, index) => ({ ...p, position: (index + 1) * 10 })))
    .onConflictDoNothing({ target: professions.slug });
}
