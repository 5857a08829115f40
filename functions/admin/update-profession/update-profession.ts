import { eq } from 'drizzle-orm';
import type { TAdminProfession, TUpdateProfessionBody } from '#contract/admin-professions.ts';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { professions } from '#db/schema/index.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { adminProfession, lockProfession } from '#functions/professions/professions.ts';

type Input = TUpdateProfessionBody & { db: Db; now: Date; actorId: string; id: string };

/**
 * Renames a profession (its slug stays), archives it (it leaves the forms and filters; slots that have it keep
 * it) or restores it. Each kind of change is one audit entry; a request that changes nothing (a double submit)
 * writes nothing and tells nobody. Forms, filters and the exchange's cards follow the public event.
 */
export async function updateProfession({
  db,
  now,
  actorId,
  id,
  nameRu,
  nameEn,
  archived,
}: Input): Promise<{ profession: TAdminProfession; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const before = await lockProfession(tx, id);
    const names = { nameRu: nameRu ?? before.nameRu, nameEn: nameEn ?? before.nameEn };
    const renamed = names.nameRu !== before.nameRu || names.nameEn !== before.nameEn;
    const archiving = archived === true && before.archivedAt === null;
    const restoring = archived === false && before.archivedAt !== null;
    if (!renamed && !archiving && !restoring)
      return { profession: await adminProfession(tx, id), events: [] };
    const archivedAt = archiving ? now : restoring ? null : before.archivedAt;
    await tx
      .update(professions)
      .set({ ...names, archivedAt })
      .where(eq(professions.id, id));
    const target = { type: 'profession', id };
    if (renamed) {
      await recordAudit(tx, {
        actorId,
        action: 'profession.updated',
        target,
        before: { nameRu: before.nameRu, nameEn: before.nameEn },
        after: names,
        now,
      });
    }
    if (archiving || restoring) {
      await recordAudit(tx, {
        actorId,
        action: archiving ? 'profession.archived' : 'profession.restored',
        target,
        before: { archivedAt: before.archivedAt?.toISOString() ?? null },
        after: { archivedAt: archivedAt?.toISOString() ?? null },
        // The log names the profession without looking it up.
        details: names,
        now,
      });
    }
    return {
      profession: await adminProfession(tx, id),
      events: [domainEvent('profession.changed', null, { professionId: id }, now)],
    };
  });
}
