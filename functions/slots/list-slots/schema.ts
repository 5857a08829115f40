import { z } from 'zod';
import { ZExchangeSlot } from '#contract/events.ts';
import { ZLevel } from '#functions/me/profile.ts';

export const ZListSlotsQuery = z.strictObject({
  /** `all`, or profession ids separated by commas; absent means the viewer's profile professions. */
  professions: z
    .union([
      z.literal('all'),
      z
        .string()
        .transform((value) => value.split(',').filter(Boolean))
        .pipe(z.array(z.uuid()).max(50)),
    ])
    .optional(),
  from: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
  to: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
  level: ZLevel.optional(),
  language: z.enum(['ru', 'en']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TListSlotsQuery = z.infer<typeof ZListSlotsQuery>;

export const ZSlotPage = z.object({
  items: z.array(ZExchangeSlot),
  nextCursor: z.string().nullable(),
  /** How many open slots match the filters in all. */
  total: z.number().int(),
  /** The professions filter applied (the profile's when none was asked for); null means all. */
  professionIds: z.array(z.uuid()).nullable(),
  /** The public event stream's position this page reflects: live events up to it are already in it. */
  version: z.number().int().nonnegative(),
});
export type TSlotPage = z.infer<typeof ZSlotPage>;
