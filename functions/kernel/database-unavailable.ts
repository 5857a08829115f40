/**
 * What says "the database cannot be reached right now", as opposed to a fault of the request or of our code:
 * the socket could not open or was cut, postgres.js gave up on the connection, or PostgreSQL itself refused
 * or ended the session because it is shutting down, starting up or out of connections.
 */
const UNREACHABLE = new Set([
  // The socket (Node): refused, cut, timed out, no route, no such host (a stopped container in compose).
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // postgres.js: the connection closed under a query, could not open in time, or the pool was ended.
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up), too_many_connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// SQLSTATE class 08: connection exceptions.
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

/**
 * The driver's error that shows the database is unavailable, found through wrappers (drizzle's
 * DrizzleQueryError keeps it as `cause`); undefined for any other error. The one returned names no query and
 * no parameters, so it is safe to log.
 */
export function databaseUnavailableCause(error: unknown): Error | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE.has(code) || CONNECTION_EXCEPTION.test(code)))
      return current;
  }
  return undefined;
}
