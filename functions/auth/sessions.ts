import { and, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Role } from '#contract/enums.ts';
import { domainEvent } from '#contract/events.ts';
import type { Db, Tx } from '#db/client.ts';
import { refreshTokens, sessions, users } from '#db/schema/index.ts';
import { type RecordedEvent, recordEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { type AccessClaims, hashToken, randomToken, signAccessToken } from './tokens.ts';

export type IssuedTokens = { accessToken: string; refreshToken: string; sessionId: string };

type Issue = { now: Date; config: RuntimeConfig };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long after its first use a refresh token still gets a successor instead of ending its session. The
 * owner's own browser presents a spent token with no copy anywhere: a tab reloaded or closed while its refresh
 * was being answered never stores the answer and sends the old cookie again, and two tabs whose access token
 * ran out together (a laptop waking) refresh at once with the same cookie. Without this, either signs the owner
 * out everywhere. After it a spent token still means a copy, and ends the session. Identity providers call it
 * the rotation grace period or reuse interval (Okta's is 30 s by default).
 */
export const REFRESH_REUSE_GRACE_MS = 30_000;

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
 * Spends a refresh token and hands out the next one of its family. A token is single use: presenting one that
 * was spent more than REFRESH_REUSE_GRACE_MS ago means it was copied, and the whole family (session) is
 * revoked. Within that time it gets a successor of its own, as the first use did (see the constant for why).
 * Concurrent refreshes with one token queue on its row, and the first use's time is kept, so the window
 * cannot be stretched by using the token again.
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
    const [spent] = await tx
      .update(refreshTokens)
      .set({ usedAt: sql`coalesce(${refreshTokens.usedAt}, ${sql.param(input.now, refreshTokens.usedAt)})` })
      .where(eq(refreshTokens.id, row.id))
      .returning({ firstUsedAt: refreshTokens.usedAt });
    const firstUsedAt = spent?.firstUsedAt ?? input.now;
    if (input.now.getTime() - firstUsedAt.getTime() > REFRESH_REUSE_GRACE_MS) {
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
  // The revocation above (and its `session.ended`) must commit, so the error is raised only after the
  // transaction; the handler dispatches the event.
  if (!outcome.ok) throw new AppError(outcome.error);
  return {
    sessionId: outcome.sessionId,
    refreshToken: outcome.refreshToken,
    accessToken: await accessTokenFor(outcome.userId, outcome.sessionId, input),
  };
}

/**
 * Whether the session an access token names may still act: live (with the user's role), ended (logout, a new
 * password, a reused refresh token), or its account blocked. The one rule for HTTP requests (requireUser) and
 * for the live connection's handshake (the relay in node-server.ts).
 */
export async function sessionStatus(
  db: Db,
  claims: AccessClaims,
): Promise<{ state: 'live'; role: Role } | { state: 'ended' } | { state: 'blocked' }> {
  const [row] = await db
    .select({ role: users.role, status: users.status })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.revokedAt)),
    );
  if (!row) return { state: 'ended' };
  if (row.status !== 'active') return { state: 'blocked' };
  return { state: 'live', role: row.role };
}

/**
 * Ends the live sessions `scope` matches, all of one user, and records `session.ended` for them in the same
 * transaction: this is the only way a session ends, so no path can end one and leave its live connections
 * open (the relay drops them on the event; docs/domain.md, Sessions).
 */
async function endSessions(tx: Tx, scope: SQL | undefined, reason: string, now: Date) {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(scope, isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, userId: sessions.userId });
  const [first] = ended;
  if (!first) return [];
  return recordEvents(tx, [
    domainEvent('session.ended', first.userId, { sessionIds: ended.map((s) => s.id) }, now),
  ]);
}

export function revokeSession(
  tx: Tx,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<RecordedEvent[]> {
  return endSessions(tx, eq(sessions.id, sessionId), reason, now);
}

/** Ends every session of the user but one (after a password change, the device that changed it stays). */
export function revokeOtherSessions(
  tx: Tx,
  input: { userId: string; keepSessionId: string; reason: string; now: Date },
): Promise<RecordedEvent[]> {
  return endSessions(
    tx,
    and(eq(sessions.userId, input.userId), ne(sessions.id, input.keepSessionId)),
    input.reason,
    input.now,
  );
}

/** Ends every session of the user (an admin blocked the account): their live connections are cut too. */
export function revokeAllSessions(
  tx: Tx,
  input: { userId: string; reason: string; now: Date },
): Promise<RecordedEvent[]> {
  return endSessions(tx, eq(sessions.userId, input.userId), input.reason, input.now);
}

/** The session named by a refresh token, if it is still live; used by logout. */
export async function sessionOfRefreshToken(db: Db | Tx, refreshToken: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, await hashToken(refreshToken)));
  return row?.sessionId;
}
