import { z } from 'zod';
import { sameAsLogin, ZLogin, ZPassword } from '#functions/auth/passwords.ts';
import { ZMe } from '#functions/me/profile.ts';

export const ZRegisterBody = z
  .strictObject({
    login: ZLogin,
    password: ZPassword,
    displayName: z.string().trim().min(1, 'required').max(80, 'too_long'),
  })
  .refine((body) => !sameAsLogin(body.password, body.login), {
    message: 'password_same_as_login',
    path: ['password'],
  });
export type TRegisterBody = z.infer<typeof ZRegisterBody>;

export const ZAuthResponse = z.object({ user: ZMe });
