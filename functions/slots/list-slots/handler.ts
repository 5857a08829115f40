import { Hono } from 'hono';
import { ZListSlotsQuery, ZSlotPage } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { type CachedPage, toCachedPage } from '#functions/slots/exchange-cache.ts';
import { effectiveProfessions, listSlots } from './list-slots.ts';

export default new Hono<AppEnv>().get(
  '/api/slots',
  access.viewer,
  describe({
    tag: 'Exchange',
    summary: 'The exchange: open slots, soonest first (ETag; 304 when unchanged)',
    success: { status: 200, description: 'A page of open slots', schema: ZSlotPage },
  }),
  validate('query', ZListSlotsQuery),
  async (c) => {
    const { db, now, exchangeCache } = c.var.deps;
    const { professions, ...query } = c.req.valid('query');
    const at = now();
    const professionIds = await effectiveProfessions({ db, viewerId: c.var.viewer?.id ?? null, professions });
    // The question, normalized: the same filter asked by a guest or a user with those professions is one key.
    const key = JSON.stringify([
      professionIds,
      query.from,
      query.to,
      query.level,
      query.language,
      query.sort,
      query.cursor,
      query.limit,
    ]);
    let entry: CachedPage | undefined = exchangeCache?.get(key, at);
    if (!entry) {
      const { page, validUntil } = await listSlots({ db, now: at, professionIds, ...query });
      entry = toCachedPage(page, validUntil);
      exchangeCache?.set(key, entry);
    }
    const headers = { etag: entry.etag, 'cache-control': 'no-cache' };
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
    return c.body(entry.body, 200, { ...headers, 'content-type': 'application/json' });
  },
);
