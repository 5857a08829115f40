import { Hono } from 'hono';
import { optionalUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { validate } from '../../shared/validation.ts';
import { listSlots } from './list-slots.ts';
import { ZListSlotsQuery } from './schema.ts';

export default new Hono<AppEnv>().get('/api/slots', validate('query', ZListSlotsQuery), async (c) => {
  const viewer = await optionalUser(c);
  const { db, now } = c.var.deps;
  return c.json(await listSlots({ db, now: now(), viewerId: viewer?.id ?? null, ...c.req.valid('query') }));
});
