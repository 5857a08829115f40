import { Hono } from 'hono';
import { ZAdminProfession, ZUpdateProfessionBody } from '#contract/admin-professions.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { updateProfession } from './update-profession.ts';

export default new Hono<AppEnv>().patch(
  '/api/admin/professions/:id',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Rename, archive or restore a profession',
    description:
      '`archived: true` takes it out of the forms and filters (slots that have it keep it); `false` offers ' +
      'it again. The slug never changes.',
    success: { status: 200, description: 'The profession', schema: ZAdminProfession },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  validate('json', ZUpdateProfessionBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await updateProfession({
      db,
      now: now(),
      actorId: c.var.user.id,
      id: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(result.profession);
  },
);
