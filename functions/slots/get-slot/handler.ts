import { Hono } from 'hono';
import { optionalUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { ZIdParam } from '../../shared/params.ts';
import { validate } from '../../shared/validation.ts';
import { getSlot } from './get-slot.ts';

export default new Hono<AppEnv>().get('/api/slots/:id', validate('param', ZIdParam), async (c) => {
  const viewer = await optionalUser(c);
  const { db, now } = c.var.deps;
  return c.json(
    await getSlot({ db, now: now(), slotId: c.req.valid('param').id, viewerId: viewer?.id ?? null }),
  );
});
