import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getInterviewIcs } from './get-interview-ics.ts';

export default new Hono<AppEnv>().get(
  '/api/slots/:id/calendar.ics',
  access.user,
  describe({
    tag: 'Calendar',
    summary: 'One interview as an iCalendar file',
    success: { status: 200, description: 'RFC 5545 calendar', contentType: 'text/calendar' },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    const { ics, startsAt } = await getInterviewIcs({
      db,
      now: now(),
      userId: user.id,
      slotId: c.req.valid('param').id,
    });
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="mockstock-${startsAt.toISOString().slice(0, 10)}.ics"`,
      'cache-control': 'private, no-store',
    });
  },
);
