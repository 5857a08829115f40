import { Hono } from 'hono';
import { optionalUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { ZIdParam } from '#functions/kernel/params.ts';
import { validate } from '#functions/kernel/validation.ts';
import { ZSlotDetails } from '#functions/slots/read-model.ts';
import { getSlot } from './get-slot.ts';

export default new Hono<AppEnv>().get(
  '/api/slots/:id',
  describe({
    tag: 'Exchange',
    access: 'optional-user',
    summary: 'One slot (participants also see the link)',
    success: { status: 200, description: 'The slot', schema: ZSlotDetails },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const viewer = await optionalUser(c);
    const { db, now } = c.var.deps;
    return c.json(
      await getSlot({ db, now: now(), slotId: c.req.valid('param').id, viewerId: viewer?.id ?? null }),
    );
  },
);
