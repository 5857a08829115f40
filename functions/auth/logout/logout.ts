import type { Db } from '#db/client.ts';
import { revokeSession, sessionOfRefreshToken } from '#functions/auth/sessions.ts';

/**
 * Ends this device's session: its refresh-token family is revoked, and with it the access token (the
 * session check in requireUser). Without a known token there is nothing to end; logout still succeeds.
 */
export async function logout({
  db,
  now,
  refreshToken,
}: {
  db: Db;
  now: Date;
  refreshToken?: string;
}): Promise<void> {
  if (!refreshToken) return;
  const sessionId = await sessionOfRefreshToken(db, refreshToken);
  if (sessionId) await revokeSession(db, sessionId, 'logout', now);
}
