import bcrypt from 'bcryptjs';
import commonPasswords from 'fxa-common-password-list';
import { z } from 'zod';

// bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused instead.
const BCRYPT_MAX_BYTES = 72;
const utf8Length = (value: string) => new TextEncoder().encode(value).length;

export const ZLogin = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, 'login_format');

export const ZPassword = z
  .string()
  .min(8, 'password_too_short')
  .refine((value) => utf8Length(value) <= BCRYPT_MAX_BYTES, 'password_too_long')
  .refine(
    (value) => !commonPasswords.test(value) && !commonPasswords.test(value.toLowerCase()),
    'password_common',
  );

export const sameAsLogin = (password: string, login: string) =>
  password.toLowerCase() === login.toLowerCase();

export const hashPassword = (password: string, cost: number) => bcrypt.hash(password, cost);

// Compared against when the login does not exist, so that a wrong login costs the same time as a wrong
// password and response times do not reveal which logins exist. Made once per process and cost.
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) {
    hash = bcrypt.hash(crypto.randomUUID(), cost);
    dummyHashes.set(cost, hash);
  }
  return hash;
}

export async function verifyPassword(
  password: string,
  hash: string | undefined,
  cost: number,
): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? (await dummyHash(cost)));
  return ok && hash !== undefined;
}
