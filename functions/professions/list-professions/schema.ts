import { z } from 'zod';

export const ZProfession = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.object({ ru: z.string(), en: z.string() }),
  position: z.number().int(),
});
export const ZProfessionList = z.object({ items: z.array(ZProfession) });
export type TProfessionList = z.infer<typeof ZProfessionList>;
