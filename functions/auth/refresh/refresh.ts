import type { Db } from '#db/client.ts';
import { type IssuedTokens, rotateRefreshToken } from '#functions/auth/sessions.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';

type Input = { db: Db; now: Date; config: RuntimeConfig; refreshToken: string | undefined };

/** Trades a refresh token for a new pair; see rotateRefreshToken for single use and reuse detection. */
export async function refresh({ refreshToken, ...rest }: Input): Promise<IssuedTokens> {
  if (!refreshToken) throw new AppError('refresh_invalid');
  return rotateRefreshToken(rest.db, { refreshToken, now: rest.now, config: rest.config });
}
