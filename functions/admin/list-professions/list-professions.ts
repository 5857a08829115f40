import type { TAdminProfessionList } from '#contract/admin-professions.ts';
import type { Db } from '#db/client.ts';
import { adminProfessions } from '#functions/professions/professions.ts';

/** Every profession in the admins' order, archived ones too, each with how many slots use it. */
export async function listAdminProfessions({ db }: { db: Db }): Promise<TAdminProfessionList> {
  return { items: await adminProfessions(db) };
}
