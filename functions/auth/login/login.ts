import { eq, sql } from 'drizzle-orm';
import type { TLoginBody } from '#contract/auth.ts';
import { isStorableText } from '#contract/common.ts';
import type { TMe } from '#contract/me.ts';
import type { Db } from '#db/client.ts';
import { credentials, users } from '#db/schema/index.ts';
import { verifyPassword } from '#functions/auth/passwords.ts';
import { type IssuedTokens, startSession } from '#functions/auth/sessions.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { loadMe } from '#functions/me/profile.ts';
import type { LoginLimiter } from '#functions/platform/rate-limit.ts';

type Input = TLoginBody & {
  db: Db;
  now: Date;
  config: RuntimeConfig;
  limiter: LoginLimiter;
  clientIp: string;
  userAgent: string;
};

export async function login({ db, now, config, limiter, clientIp, userAgent, ...body }: Input): Promise<{
  user: TMe;
  tokens: IssuedTokens;
}> {
  await limiter.assertAllowed(body.login, clientIp);
  // A login that could not be stored belongs to nobody: it is a wrong login, not a question for the database.
  const [account] = isStorableText(body.login)
    ? await db
        .select({ id: users.id, status: users.status, passwordHash: credentials.passwordHash })
        .from(users)
        .innerJoin(credentials, eq(credentials.userId, users.id))
        .where(sql`lower(${users.login}) = ${body.login.toLowerCase()}`)
    : [];
  // Refused passwords are never compared against more than 72 bytes: bcrypt would cut them.
  const tooLong = new TextEncoder().encode(body.password).length > 72;
  const ok = (await verifyPassword(body.password, account?.passwordHash, config.BCRYPT_COST)) && !tooLong;
  if (!account || !ok) {
    await limiter.recordFailure(body.login, clientIp);
    throw new AppError('invalid_credentials');
  }
  await limiter.recordSuccess(body.login, clientIp);
  if (account.status !== 'active') throw new AppError('account_blocked');
  const tokens = await startSession(db, { userId: account.id, userAgent, now, config });
  return { user: await loadMe(db, account.id), tokens };
}
