import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { ZIdParam } from '../../shared/params.ts';
import { validate } from '../../shared/validation.ts';
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
