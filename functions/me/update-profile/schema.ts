import { z } from 'zod';
import { ZLevel } from '#functions/me/profile.ts';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
};

export const ZUpdateProfileBody = z
  .strictObject({
    displayName: z.string().trim().min(1, 'required').max(80, 'too_long'),
    bio: z.string().trim().max(1000, 'too_long'),
    contacts: z.string().trim().max(200, 'too_long'),
    timeZone: z.string().max(64, 'too_long').refine(isTimeZone, 'invalid_time_zone'),
    level: ZLevel.nullable(),
    professionIds: z.array(z.uuid()).max(20, 'too_long'),
  })
  .partial();
export type TUpdateProfileBody = z.infer<typeof ZUpdateProfileBody>;
