import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { TAdminProfession } from '#contract/admin-professions.ts';
import type { Db, Tx } from '#db/client.ts';
import { professions, slots } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { invalidField } from '#functions/kernel/validation.ts';

/** New slots take only professions that are offered (not archived); old slots keep theirs. */
export async function assertProfessionOffered(db: Db | Tx, professionId: string): Promise<void> {
  const [row] = await db
    .select({ id: professions.id })
    .from(professions)
    .where(and(eq(professions.id, professionId), isNull(professions.archivedAt)));
  if (!row) throw invalidField('professionId', 'unknown_profession');
}

export type ProfessionRow = typeof professions.$inferSelect;

/**
 * Serializes the admins' changes to the list for the rest of the transaction: a new profession's position
 * (after the last) and a new order (every profession once) are decided on a list nobody else is changing.
 * SHARE ROW EXCLUSIVE blocks other writers of the table, and itself, but not readers nor the key-share locks
 * a slot's foreign key takes, so publishing and the exchange never wait for it.
 */
export async function lockProfessionList(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table ${professions} in share row exclusive mode`);
}

/** One profession's row, locked for the rest of the transaction. */
export async function lockProfession(tx: Tx, id: string): Promise<ProfessionRow> {
  const [row] = await tx.select().from(professions).where(eq(professions.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'No such profession');
  return row;
}

/**
 * The professions as admins manage them, archived ones too, in the admins' order (or the one asked), each
 * with how many slots use it: counted in one pass over the slots, grouped, rather than once per profession.
 */
export async function adminProfessions(db: Db | Tx, id?: string): Promise<TAdminProfession[]> {
  const counts = db
    .select({ professionId: slots.professionId, slots: count().as('slots') })
    .from(slots)
    .where(id ? eq(slots.professionId, id) : undefined)
    .groupBy(slots.professionId)
    .as('counts');
  const rows = await db
    .select({ profession: professions, slotCount: sql<number>`coalesce(${counts.slots}, 0)::int` })
    .from(professions)
    .leftJoin(counts, eq(counts.professionId, professions.id))
    .where(id ? eq(professions.id, id) : undefined)
    .orderBy(asc(professions.position), asc(professions.nameEn));
  return rows.map(({ profession: p, slotCount }) => ({
    id: p.id,
    slug: p.slug,
    name: { ru: p.nameRu, en: p.nameEn },
    position: p.position,
    archivedAt: p.archivedAt?.toISOString() ?? null,
    slotCount,
  }));
}

export async function adminProfession(db: Db | Tx, id: string): Promise<TAdminProfession> {
  const [profession] = await adminProfessions(db, id);
  if (!profession) throw new AppError('not_found', 'No such profession');
  return profession;
}

/** What the audit log keeps of a profession's state. */
export const auditedProfession = (row: ProfessionRow) => ({
  slug: row.slug,
  nameRu: row.nameRu,
  nameEn: row.nameEn,
  archivedAt: row.archivedAt?.toISOString() ?? null,
});
