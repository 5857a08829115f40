import { z } from 'zod';
import { slotFields } from '#functions/slots/publish-slot/schema.ts';

// Any subset of the fields; which of them may change depends on the slot's status.
export const ZEditSlotBody = z.strictObject(slotFields).partial();
export type TEditSlotBody = z.infer<typeof ZEditSlotBody>;
