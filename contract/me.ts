import { z } from 'zod';
import { ZLevel, ZRole, ZText } from './common.ts';
import { TEXT_LIMITS } from './rules.ts';

/** The signed-in user's own view of their account (GET /api/me and the auth responses). */
export const ZMe = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  bio: z.string(),
  contacts: z.string(),
  timeZone: z.string(),
  level: ZLevel.nullable(),
  role: ZRole,
  balance: z.number().int(),
  professionIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
});
export type TMe = z.infer<typeof ZMe>;

/** An IANA zone such as Europe/Moscow (or UTC): what Intl can format in. */
export const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
};

export const ZUpdateProfileBody = z
  .strictObject({
    displayName: ZText.trim().min(1, 'required').max(TEXT_LIMITS.displayName, 'too_long'),
    bio: ZText.trim().max(TEXT_LIMITS.bio, 'too_long'),
    contacts: ZText.trim().max(TEXT_LIMITS.contacts, 'too_long'),
    timeZone: z.string().max(64, 'too_long').refine(isTimeZone, 'invalid_time_zone'),
    level: ZLevel.nullable(),
    professionIds: z.array(z.uuid()).max(20, 'too_long'),
  })
  .partial();
export type TUpdateProfileBody = z.infer<typeof ZUpdateProfileBody>;
