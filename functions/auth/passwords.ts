import bcrypt from 'bcryptjs';
import commonPasswords from 'fxa-common-password-list';
import type { z } from 'zod';

/**
 * The most common passwords are refused wherever a new password is chosen. The list stays on the server (the
 * web does not ship it), so the contract's password shape is checked first and this on top.
 */
export const isCommonPassword = (password: string) =>
  commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());

/** Adds the common-password refusal to a body schema whose `field` holds a new password. */
export function refusingCommonPasswords<T extends z.ZodType>(schema: T, field: string) {
  return schema.superRefine((body, ctx) => {
    const password = (body as Record<string, unknown>)[field];
    if (typeof password === 'string' && isCommonPassword(password))
      ctx.addIssue({ code: 'custom', message: 'password_common', path: [field] });
  });
}

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
