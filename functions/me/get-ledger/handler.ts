import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { validate } from '../../shared/validation.ts';
import { getLedger } from './get-ledger.ts';
import { ZLedgerQuery } from './schema.ts';

export default new Hono<AppEnv>().get('/api/me/ledger', validate('query', ZLedgerQuery), async (c) => {
  const user = await requireUser(c);
  return c.json(await getLedger({ db: c.var.deps.db, userId: user.id, ...c.req.valid('query') }));
});
