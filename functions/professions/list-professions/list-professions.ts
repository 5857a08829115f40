import { asc, isNull } from 'drizzle-orm';
import type { TProfessionList } from '#contract/professions.ts';
import type { Db } from '#db/client.ts';
import { professions } from '#db/schema/index.ts';

/** The professions offered in forms and filters: archived ones are left out, the admins' order kept. */
export async function listProfessions({ db }: { db: Db }): Promise<TProfessionList> {
  const rows = await db
    .select()
    .from(professions)
    .where(isNull(professions.archivedAt))
    .orderBy(asc(professions.position), asc(professions.nameEn));
  return {
    items: rows.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: { ru: p.nameRu, en: p.nameEn },
      position: p.position,
    })),
  };
}
