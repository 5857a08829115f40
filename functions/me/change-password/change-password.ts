import { eq } from 'drizzle-orm';
import type { TChangePasswordBody } from '#contract/auth.ts';
import { sameAsLogin } from '#contract/auth.ts';
import type { Db } from '#db/client.ts';
import { credentials, users } from '#db/schema/index.ts';
import { hashPassword, verifyPassword } from '#functions/auth/passwords.ts';
import { revokeOtherSessions } from '#functions/auth/sessions.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { invalidField } from '#functions/kernel/validation.ts';

type Input = TChangePasswordBody & {
  db: Db;
  now: Date;
  config: RuntimeConfig;
  userId: string;
  sessionId: string;
};

/**
 * A new password ends every other session (a thief's stolen refresh token dies with it, and their live
 * connections with `session.ended`); the device that changed the password stays signed in.
 */
export async function changePassword({
  db,
  now,
  config,
  userId,
  sessionId,
  currentPassword,
  newPassword,
}: Input) {
  const [account] = await db
    .select({ login: users.login, passwordHash: credentials.passwordHash })
    .from(users)
    .innerJoin(credentials, eq(credentials.userId, users.id))
    .where(eq(users.id, userId));
  if (!account) throw new AppError('not_found', 'No such user');
  if (!(await verifyPassword(currentPassword, account.passwordHash, config.BCRYPT_COST))) {
    throw new AppError('wrong_password', undefined, {
      fields: [
        { field: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' },
      ],
    });
  }
  if (sameAsLogin(newPassword, account.login)) throw invalidField('newPassword', 'password_same_as_login');
  const passwordHash = await hashPassword(newPassword, config.BCRYPT_COST);
  return db.transaction(async (tx) => {
    await tx.update(credentials).set({ passwordHash, changedAt: now }).where(eq(credentials.userId, userId));
    return {
      events: await revokeOtherSessions(tx, {
        userId,
        keepSessionId: sessionId,
        reason: 'password_changed',
        now,
      }),
    };
  });
}
