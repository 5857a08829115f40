import type { TRegisterBody } from '#contract/auth.ts';
import type { TMe } from '#contract/me.ts';
import type { Db } from '#db/client.ts';
import { credentials, users } from '#db/schema/index.ts';
import { grantAdmin } from '#functions/admin/admins.ts';
import { hashPassword } from '#functions/auth/passwords.ts';
import { type IssuedTokens, startSession } from '#functions/auth/sessions.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { loadMe } from '#functions/me/profile.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';

type Input = TRegisterBody & { db: Db; now: Date; config: RuntimeConfig; userAgent: string };

/**
 * Creates the account with its starting balance and signs it in. The login is unique ignoring case; the
 * database's unique index decides between two concurrent registrations of the same login (ON CONFLICT).
 */
export async function register({ db, now, config, userAgent, login, password, displayName }: Input): Promise<{
  user: TMe;
  tokens: IssuedTokens;
}> {
  const passwordHash = await hashPassword(password, config.BCRYPT_COST);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ login, displayName, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new AppError('login_taken', undefined, { fields: [loginTakenField] });
    await tx.insert(credentials).values({ userId: user.id, passwordHash, changedAt: now });
    if (config.SIGNUP_BONUS_POINTS > 0) {
      await postLedgerEntry(tx, {
        userId: user.id,
        delta: config.SIGNUP_BONUS_POINTS,
        reason: 'signup_bonus',
        reference: 'signup',
        now,
      });
    }
    // INITIAL_ADMIN_LOGIN names the first admin; it applies only while the product has no admin at all.
    if (config.INITIAL_ADMIN_LOGIN?.toLowerCase() === login.toLowerCase()) {
      await grantAdmin(tx, {
        userId: user.id,
        actorId: null,
        source: 'INITIAL_ADMIN_LOGIN',
        onlyIfNoAdmin: true,
        now,
      });
    }
    const tokens = await startSession(tx, { userId: user.id, userAgent, now, config });
    return { user: await loadMe(tx, user.id), tokens };
  });
}

const loginTakenField = { field: 'login', code: 'login_taken', message: 'This login is already taken' };
