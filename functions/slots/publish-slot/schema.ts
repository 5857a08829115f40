import { z } from 'zod';
import { ZLevel } from '#functions/me/profile.ts';
import { DURATIONS, ZMeetingUrl } from '#functions/slots/rules.ts';

const ZDuration = z
  .number()
  .int()
  .refine((value) => (DURATIONS as readonly number[]).includes(value), 'duration_not_allowed');

/** A slot's fields, without defaults: publishing adds them, editing takes any subset. */
export const slotFields = {
  professionId: z.uuid('unknown_profession'),
  startsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  durationMinutes: ZDuration,
  meetingUrl: ZMeetingUrl,
  level: ZLevel.nullable(),
  language: z.enum(['ru', 'en']),
  description: z.string().trim().max(2000, 'too_long'),
};

export const ZPublishSlotBody = z.strictObject({
  ...slotFields,
  durationMinutes: slotFields.durationMinutes.default(60),
  level: slotFields.level.default(null),
  language: slotFields.language.default('ru'),
  description: slotFields.description.default(''),
});
export type TPublishSlotBody = z.infer<typeof ZPublishSlotBody>;
