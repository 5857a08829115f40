import type { Db } from '../../../db/client.ts';
import { AppError } from '../../shared/app-error.ts';
import { type IssuedTokens, rotateRefreshToken } from '../../shared/auth/sessions.ts';
import type { RuntimeConfig } from '../../shared/context.ts';

type Input = { db: Db; now: Date; config: RuntimeConfig; refreshToken: string | undefined };

/** Trades a refresh token for a new pair; see rotateRefreshToken for single use and reuse detection. */
export async function refresh({ refreshToken, ...rest }: Input): Promise<IssuedTokens> {
  if (!refreshToken) throw new AppError('refresh_invalid');
  return rotateRefreshToken(rest.db, { refreshToken, now: rest.now, config: rest.config });
}
