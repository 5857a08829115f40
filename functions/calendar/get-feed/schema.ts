import { z } from 'zod';

export const ZFeedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'invalid_format') });
