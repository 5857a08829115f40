import { z } from 'zod';
import { ZLocalizedName } from './common.ts';

export const ZProfession = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: ZLocalizedName,
  position: z.number().int(),
});
export type TProfession = z.infer<typeof ZProfession>;

export const ZProfessionList = z.object({ items: z.array(ZProfession) });
export type TProfessionList = z.infer<typeof ZProfessionList>;
