import type { Db } from '#db/client.ts';
import { revokeSession, sessionOfRefreshToken } from '#functions/auth/sessions.ts';
import type { RecordedEvent } from '#functions/events/outbox.ts';

/**
 * Ends this device's session: its refresh-token family is revoked, and with it the access token (the
 * session check in requireUser) and the live connections (`session.ended`). Without a known token there is
 * nothing to end; logout still succeeds.
 */
export async function logout({
  db,
  now,
  refreshToken,
}: {
  db: Db;
  now: Date;
  refreshToken?: string;
}): Promise<{ events: RecordedEvent[] }> {
  if (!refreshToken) return { events: [] };
  return db.transaction(async (tx) => {
    const sessionId = await sessionOfRefreshToken(tx, refreshToken);
    return { events: sessionId ? await revokeSession(tx, sessionId, 'logout', now) : [] };
  });
}
