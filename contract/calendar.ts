import { z } from 'zod';

/** The private feed's file name: a 256-bit token, base64url, then `.ics`. */
export const ZFeedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'invalid_format') });

export const ZFeedUrl = z.object({ url: z.url(), createdAt: z.iso.datetime() });
export type TFeedUrl = z.infer<typeof ZFeedUrl>;
