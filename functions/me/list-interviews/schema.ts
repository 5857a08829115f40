import { z } from 'zod';
import { ZSlotDetails } from '#functions/slots/read-model.ts';

export const ZListInterviewsQuery = z.strictObject({
  scope: z.enum(['upcoming', 'past', 'archive']).default('upcoming'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListInterviewsQuery = z.infer<typeof ZListInterviewsQuery>;

export const ZInterviewPage = z.object({ items: z.array(ZSlotDetails), nextCursor: z.string().nullable() });
export type TInterviewPage = z.infer<typeof ZInterviewPage>;
