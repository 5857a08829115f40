import { Hono } from 'hono';
import { ZAuditPage, ZAuditQuery } from '#contract/admin-audit.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listAudit } from './list-audit.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/audit',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'The audit log of admin actions, newest first',
    description:
      '`actor` and `target` take a user id or a login; `from`/`to` bound when the entry was written. Pass ' +
      '`nextCursor` back as `cursor` for older entries.',
    success: { status: 200, description: 'A page of audit entries', schema: ZAuditPage },
  }),
  validate('query', ZAuditQuery),
  async (c) => c.json(await listAudit({ db: c.var.deps.db, ...c.req.valid('query') })),
);
