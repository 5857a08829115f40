import { max } from 'drizzle-orm';
import { slugOf, type TAdminProfession, type TCreateProfessionBody } from '#contract/admin-professions.ts';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { professions } from '#db/schema/index.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { invalidField } from '#functions/kernel/validation.ts';
import {
  adminProfession,
  auditedProfession,
  lockProfessionList,
} from '#functions/professions/professions.ts';

type Input = TCreateProfessionBody & { db: Db; now: Date; actorId: string };

/**
 * Adds a profession at the end of the list. Its slug is the one given or the English name's (slugOf); a slug
 * in use, by an archived profession too, is a conflict: slugs name professions in addresses and never move.
 * Forms and filters everywhere learn of it from the public `profession.changed`.
 */
export async function createProfession({
  db,
  now,
  actorId,
  nameRu,
  nameEn,
  slug,
}: Input): Promise<{ profession: TAdminProfession; events: DomainEvent[] }> {
  const chosen = slug ?? slugOf(nameEn);
  // An English name without a latin letter or digit gives no slug: the admin must choose one.
  if (!chosen) throw invalidField('slug', 'required');
  return transactionWithEvents(db, async (tx) => {
    await lockProfessionList(tx);
    const [last] = await tx.select({ position: max(professions.position) }).from(professions);
    const position = (last?.position ?? -1) + 1;
    const [row] = await tx
      .insert(professions)
      .values({ slug: chosen, nameRu, nameEn, position, createdAt: now })
      .onConflictDoNothing({ target: professions.slug })
      .returning();
    if (!row) {
      const detail = `A profession with the slug "${chosen}" already exists`;
      throw new AppError('slug_taken', detail, {
        fields: [{ field: 'slug', code: 'slug_taken', message: detail }],
      });
    }
    await recordAudit(tx, {
      actorId,
      action: 'profession.created',
      target: { type: 'profession', id: row.id },
      after: auditedProfession(row),
      now,
    });
    return {
      profession: await adminProfession(tx, row.id),
      events: [domainEvent('profession.changed', null, { professionId: row.id }, now)],
    };
  });
}
