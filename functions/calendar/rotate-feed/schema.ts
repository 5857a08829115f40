import { z } from 'zod';

export const ZFeedUrl = z.object({ url: z.url(), createdAt: z.iso.datetime() });
