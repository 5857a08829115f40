import { Hono } from 'hono';
import { ZListSlotsQuery, ZSlotPage } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listSlots } from './list-slots.ts';

export default new Hono<AppEnv>().get(
  '/api/slots',
  access.viewer,
  describe({
    tag: 'Exchange',
    summary: 'The exchange: open slots, soonest first',
    success: { status: 200, description: 'A page of open slots', schema: ZSlotPage },
  }),
  validate('query', ZListSlotsQuery),
  async (c) => {
    const { viewer } = c.var;
    const { db, now } = c.var.deps;
    return c.json(await listSlots({ db, now: now(), viewerId: viewer?.id ?? null, ...c.req.valid('query') }));
  },
);
