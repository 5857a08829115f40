import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { ZIdParam } from '#functions/kernel/params.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getInterviewIcs } from './get-interview-ics.ts';

export default new Hono<AppEnv>().get(
  '/api/slots/:id/calendar.ics',
  describe({
    tag: 'Calendar',
    access: 'user',
    summary: 'One interview as an iCalendar file',
    success: { status: 200, description: 'RFC 5545 calendar', contentType: 'text/calendar' },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const user = await requireUser(c);
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
