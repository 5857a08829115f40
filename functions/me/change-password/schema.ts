import { z } from 'zod';
import { ZPassword } from '#functions/auth/passwords.ts';

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'required').max(1024, 'too_long'),
  newPassword: ZPassword,
});
export type TChangePasswordBody = z.infer<typeof ZChangePasswordBody>;
