import { z } from 'zod';
import { ZLedgerReason, ZLocalizedName } from './common.ts';

export const ZLedgerQuery = z.strictObject({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TLedgerQuery = z.infer<typeof ZLedgerQuery>;

export const ZLedgerEntry = z.object({
  id: z.number().int(),
  delta: z.number().int(),
  reason: ZLedgerReason,
  note: z.string(),
  createdAt: z.iso.datetime(),
  /** The interview the entry is about, when there is one. */
  slot: z
    .object({
      id: z.uuid(),
      startsAt: z.iso.datetime(),
      professionName: ZLocalizedName,
    })
    .nullable(),
});
export type TLedgerEntry = z.infer<typeof ZLedgerEntry>;

export const ZLedger = z.object({
  balance: z.number().int(),
  items: z.array(ZLedgerEntry),
  /** Pass as `before` for the next (older) page. */
  nextBefore: z.number().int().nullable(),
});
export type TLedger = z.infer<typeof ZLedger>;
