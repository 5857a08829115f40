import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '#db/client.ts';
import { refreshTokens, sessions, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { hashToken, randomToken, signAccessToken } from './tokens.ts';

export type IssuedTokens = { accessToken: string; refreshToken: string; sessionId: string };

type Issue = { now: Date; config: RuntimeConfig };

const DAY_MS = 24 * 60 * 60 * 1000;

async function issueRefreshToken(tx: Db | Tx, sessionId: string, { now, config }: Issue) {
  const refreshToken = randomToken();
  await tx.insert(refreshTokens).values({
    sessionId,
    tokenHash: await hashToken(refreshToken),
    createdAt: now,
    expiresAt: new Date(now.getTime() + config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
  });
  return refreshToken;
}

const accessTokenFor = (userId: string, sessionId: string, { now, config }: Issue) =>
  signAccessToken(
    { userId, sessionId },
    { secret: config.JWT_SECRET, now, ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS },
  );

/** A new sign-in: a session (refresh-token family) with its first refresh token and an access token. */
export async function startSession(
  tx: Db | Tx,
  input: Issue & { userId: string; userAgent: string },
): Promise<IssuedTokens> {
  const [session] = await tx
    .insert(sessions)
    .values({ userId: input.userId, userAgent: input.userAgent.slice(0, 300), createdAt: input.now })
    .returning({ id: sessions.id });
  if (!session) throw new Error('session insert returned nothing');
  return {
    sessionId: session.id,
    refreshToken: await issueRefreshToken(tx, session.id, input),
    accessToken: await accessTokenFor(input.userId, session.id, input),
  };
}

/**
 * Spends a refresh token and hands out the next one of its family. A token is single use: the spend is a
 * conditional update, so of two concurrent refreshes with the same token exactly one wins. Presenting a
 * spent token means it was copied: the whole family (session) is revoked.
 */
export async function rotateRefreshToken(
  db: Db,
  input: Issue & { refreshToken: string },
): Promise<IssuedTokens> {
  const tokenHash = await hashToken(input.refreshToken);
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: refreshTokens.id,
        sessionId: refreshTokens.sessionId,
        expiresAt: refreshTokens.expiresAt,
        usedAt: refreshTokens.usedAt,
        revokedAt: sessions.revokedAt,
        userId: sessions.userId,
        userStatus: users.status,
      })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, tokenHash));
    if (!row || row.revokedAt || row.expiresAt <= input.now || row.userStatus !== 'active') {
      return { ok: false as const, error: 'refresh_invalid' as const };
    }
    const spent = await tx
      .update(refreshTokens)
      .set({ usedAt: input.now })
      .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.usedAt)))
      .returning({ id: refreshTokens.id });
    if (spent.length === 0) {
      await revokeSession(tx, row.sessionId, 'refresh_token_reused', input.now);
      return { ok: false as const, error: 'refresh_reused' as const };
    }
    return {
      ok: true as const,
      sessionId: row.sessionId,
      userId: row.userId,
      refreshToken: await issueRefreshToken(tx, row.sessionId, input),
    };
  });
  // The revocation above must commit, so the error is raised only after the transaction.
  if (!outcome.ok) throw new AppError(outcome.error);
  return {
    sessionId: outcome.sessionId,
    refreshToken: outcome.refreshToken,
    accessToken: await accessTokenFor(outcome.userId, outcome.sessionId, input),
  };
}

export async function revokeSession(
  tx: Db | Tx,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of the user but one (after a password change, the device that changed it stays). */
export async function revokeOtherSessions(
  tx: Db | Tx,
  input: { userId: string; keepSessionId: string; reason: string; now: Date },
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: input.now, revokeReason: input.reason })
    .where(
      and(
        eq(sessions.userId, input.userId),
        ne(sessions.id, input.keepSessionId),
        isNull(sessions.revokedAt),
      ),
    );
}

/** The session named by a refresh token, if it is still live; used by logout. */
export async function sessionOfRefreshToken(db: Db, refreshToken: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, await hashToken(refreshToken)));
  return row?.sessionId;
}
