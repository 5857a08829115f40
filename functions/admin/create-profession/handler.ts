import { Hono } from 'hono';
import { ZAdminProfession, ZCreateProfessionBody } from '#contract/admin-professions.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { createProfession } from './create-profession.ts';

export default new Hono<AppEnv>().post(
  '/api/admin/professions',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Add a profession at the end of the list',
    description:
      'Without `slug`, the slug is made from `nameEn` (lowercase latin letters, digits and hyphens).',
    success: { status: 201, description: 'The new profession', schema: ZAdminProfession },
    errors: ['slug_taken'],
  }),
  validate('json', ZCreateProfessionBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await createProfession({ db, now: now(), actorId: c.var.user.id, ...c.req.valid('json') });
    await dispatch();
    return c.json(result.profession, 201);
  },
);
