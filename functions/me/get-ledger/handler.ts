import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getLedger } from './get-ledger.ts';
import { ZLedger, ZLedgerQuery } from './schema.ts';

export default new Hono<AppEnv>().get(
  '/api/me/ledger',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'My balance and points ledger',
    success: { status: 200, description: 'The balance and a page of entries, newest first', schema: ZLedger },
  }),
  validate('query', ZLedgerQuery),
  async (c) => {
    const user = await requireUser(c);
    return c.json(await getLedger({ db: c.var.deps.db, userId: user.id, ...c.req.valid('query') }));
  },
);
