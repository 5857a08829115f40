import { Hono } from 'hono';
import { ZAdminProfessionList, ZReorderProfessionsBody } from '#contract/admin-professions.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { reorderProfessions } from './reorder-professions.ts';

export default new Hono<AppEnv>().put(
  '/api/admin/professions/order',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Put the professions in a new order',
    description: '`ids` names every profession, archived ones too, exactly once, in the new order.',
    success: { status: 200, description: 'Every profession in the new order', schema: ZAdminProfessionList },
  }),
  validate('json', ZReorderProfessionsBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await reorderProfessions({
      db,
      now: now(),
      actorId: c.var.user.id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(result.list);
  },
);
