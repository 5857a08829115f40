import { z } from 'zod';

/** `/:id` route parameters: anything but a UUID is a 400, never a database error. */
export const ZIdParam = z.object({ id: z.uuid('invalid_format') });

/** A name in both languages of the interface. */
export const ZLocalizedName = z.object({ ru: z.string(), en: z.string() });
export type LocalizedName = z.infer<typeof ZLocalizedName>;

/** A keyset page's position, opaque to clients: pass `nextCursor` back as `cursor`. */
export const ZCursor = z.string().max(200);
