import { z } from 'zod';
import { ZCursor } from './common.ts';
import { INTERVIEW_SCOPES } from './enums.ts';
import { ZSlotDetails } from './slots.ts';

export const ZListInterviewsQuery = z.strictObject({
  scope: z.enum(INTERVIEW_SCOPES).default('upcoming'),
  cursor: ZCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListInterviewsQuery = z.infer<typeof ZListInterviewsQuery>;

export const ZInterviewPage = z.object({ items: z.array(ZSlotDetails), nextCursor: z.string().nullable() });
export type TInterviewPage = z.infer<typeof ZInterviewPage>;
