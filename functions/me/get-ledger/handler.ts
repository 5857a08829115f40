import { Hono } from 'hono';
import { ZLedger, ZLedgerQuery } from '#contract/points.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getLedger } from './get-ledger.ts';

export default new Hono<AppEnv>().get(
  '/api/me/ledger',
  access.user,
  describe({
    tag: 'Me',
    summary: 'My balance and points ledger',
    success: { status: 200, description: 'The balance and a page of entries, newest first', schema: ZLedger },
  }),
  validate('query', ZLedgerQuery),
  async (c) => {
    const { user } = c.var;
    return c.json(await getLedger({ db: c.var.deps.db, userId: user.id, ...c.req.valid('query') }));
  },
);
