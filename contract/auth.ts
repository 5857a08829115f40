import { z } from 'zod';
import { ZText } from './common.ts';
import { ZMe } from './me.ts';
import { TEXT_LIMITS } from './rules.ts';

/** The cookie that carries the access token, read by the functions and by the realtime relay. */
export const ACCESS_COOKIE = 'ms_access';

// bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused instead.
const PASSWORD_MAX_BYTES = 72;
const utf8Length = (value: string) => new TextEncoder().encode(value).length;

export const ZLogin = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, 'login_format');

/** A new password's shape; the server also refuses the most common passwords (a list the web does not ship). */
export const ZPassword = z
  .string()
  .min(8, 'password_too_short')
  .refine((value) => utf8Length(value) <= PASSWORD_MAX_BYTES, 'password_too_long');

export const sameAsLogin = (password: string, login: string) =>
  password.toLowerCase() === login.toLowerCase();

export const ZDisplayName = ZText.trim().min(1, 'required').max(TEXT_LIMITS.displayName, 'too_long');

// Only shape is checked here: a login attempt with a malformed login is simply a wrong login.
export const ZLoginBody = z.strictObject({
  login: z.string().trim().min(1, 'required').max(64, 'too_long'),
  password: z.string().min(1, 'required').max(1024, 'too_long'),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZRegisterBody = z
  .strictObject({ login: ZLogin, password: ZPassword, displayName: ZDisplayName })
  .refine((body) => !sameAsLogin(body.password, body.login), {
    message: 'password_same_as_login',
    path: ['password'],
  });
export type TRegisterBody = z.infer<typeof ZRegisterBody>;

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'required').max(1024, 'too_long'),
  newPassword: ZPassword,
});
export type TChangePasswordBody = z.infer<typeof ZChangePasswordBody>;

export const ZAuthResponse = z.object({ user: ZMe });
export type TAuthResponse = z.infer<typeof ZAuthResponse>;
