import { Hono } from 'hono';
import { optionalUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listSlots } from './list-slots.ts';
import { ZListSlotsQuery, ZSlotPage } from './schema.ts';

export default new Hono<AppEnv>().get(
  '/api/slots',
  describe({
    tag: 'Exchange',
    access: 'optional-user',
    summary: 'The exchange: open slots, soonest first',
    success: { status: 200, description: 'A page of open slots', schema: ZSlotPage },
  }),
  validate('query', ZListSlotsQuery),
  async (c) => {
    const viewer = await optionalUser(c);
    const { db, now } = c.var.deps;
    return c.json(await listSlots({ db, now: now(), viewerId: viewer?.id ?? null, ...c.req.valid('query') }));
  },
);
