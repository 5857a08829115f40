import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getSlot } from './get-slot.ts';

export default new Hono<AppEnv>().get(
  '/api/slots/:id',
  access.viewer,
  describe({
    tag: 'Exchange',
    summary: 'One slot (participants also see the link)',
    success: { status: 200, description: 'The slot', schema: ZSlotDetails },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { viewer } = c.var;
    const { db, now, config } = c.var.deps;
    return c.json(
      await getSlot({
        db,
        now: now(),
        slotId: c.req.valid('param').id,
        viewerId: viewer?.id ?? null,
        pairWindowDays: config.PAIR_REWARD_WINDOW_DAYS,
      }),
    );
  },
);
