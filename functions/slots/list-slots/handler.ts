import { Hono } from 'hono';
import { optionalUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { validate } from '../../shared/validation.ts';
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
