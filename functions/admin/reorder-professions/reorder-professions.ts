import { asc, sql } from 'drizzle-orm';
import type { TAdminProfessionList, TReorderProfessionsBody } from '#contract/admin-professions.ts';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { professions } from '#db/schema/index.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { invalidField } from '#functions/kernel/validation.ts';
import { adminProfessions, lockProfessionList } from '#functions/professions/professions.ts';

type Input = TReorderProfessionsBody & { db: Db; now: Date; actorId: string };

/**
 * Puts the professions in the order given, which must name every one of them (archived ones too) exactly
 * once: positions become 0…n−1. The list is locked against other admins' changes while it is compared and
 * written, so an order drawn before someone added a profession is refused rather than losing it. An order
 * equal to the current one changes nothing; otherwise one audit entry, and each profession that moved is
 * announced.
 */
export async function reorderProfessions({
  db,
  now,
  actorId,
  ids,
}: Input): Promise<{ list: TAdminProfessionList; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    await lockProfessionList(tx);
    const current = await tx
      .select({ id: professions.id })
      .from(professions)
      .orderBy(asc(professions.position), asc(professions.nameEn));
    const known = new Set(current.map((row) => row.id));
    if (ids.length !== current.length || !ids.every((id) => known.has(id)))
      throw invalidField('ids', 'invalid_value');
    const moved = ids.filter((id, index) => current[index]?.id !== id);
    if (moved.length === 0) return { list: { items: await adminProfessions(tx) }, events: [] };
    const positions = sql.join(
      ids.map((id, index) => sql`(${id}::uuid, ${index}::int)`),
      sql`, `,
    );
    await tx.execute(sql`update ${professions} set position = v.position
      from (values ${positions}) as v(id, position) where ${professions.id} = v.id`);
    await recordAudit(tx, {
      actorId,
      action: 'professions.reordered',
      before: { ids: current.map((row) => row.id) },
      after: { ids },
      now,
    });
    return {
      list: { items: await adminProfessions(tx) },
      events: moved.map((professionId) => domainEvent('profession.changed', null, { professionId }, now)),
    };
  });
}
