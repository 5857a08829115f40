import { z } from 'zod';

// Only shape is checked here: a login attempt with a malformed login is simply a wrong login.
export const ZLoginBody = z.strictObject({
  login: z.string().trim().min(1, 'required').max(64, 'too_long'),
  password: z.string().min(1, 'required').max(1024, 'too_long'),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;
