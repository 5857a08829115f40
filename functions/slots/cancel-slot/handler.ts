import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { publishAfterCommit } from '../../shared/events/publish.ts';
import { ZIdParam } from '../../shared/params.ts';
import { validate } from '../../shared/validation.ts';
import { cancelSlot } from './cancel-slot.ts';

export default new Hono<AppEnv>().post('/api/slots/:id/cancel', validate('param', ZIdParam), async (c) => {
  const user = await requireUser(c);
  const { db, now, events } = c.var.deps;
  const result = await cancelSlot({ db, now: now(), userId: user.id, slotId: c.req.valid('param').id });
  await publishAfterCommit(events, result.events);
  return c.json(result.slot);
});
