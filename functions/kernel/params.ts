import { z } from 'zod';

/** `/:id` route parameters: anything but a UUID is a 400, never a database error. */
export const ZIdParam = z.object({ id: z.uuid('invalid_format') });
