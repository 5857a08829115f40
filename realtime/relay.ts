import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { Server } from 'socket.io';
import { ACCESS_COOKIE } from '#contract/auth.ts';
import type { ClientEvent } from '#contract/events.ts';
import { type AccessClaims, verifyAccessToken } from '#functions/auth/tokens.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import { expectedOrigin } from '#functions/kernel/origin.ts';
import type { EventBus } from '#functions/platform/events/bus.ts';

export type RelayOptions = {
  bus: EventBus;
  secret: string;
  now: Clock;
  appOrigin: string | undefined;
  trustProxy: boolean;
  /**
   * Whether the session a verified token names is still live (not ended, account active), as requireUser
   * decides for HTTP: the database where there is one (node-server.ts), Redis in a standalone relay (main.ts).
   */
  sessionIsLive: (claims: AccessClaims) => Promise<boolean>;
};

export const PUBLIC_ROOM = 'exchange';
export const userRoom = (userId: string) => `user:${userId}`;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Pushes bus events to Socket.io clients; no business logic. Everyone (guests too) joins the public exchange
 * room; a socket that presents a valid access token of a live session also joins its user's private room. The
 * handshake must come from our own origin, and a token that does not verify, or whose session has ended, is
 * refused rather than downgraded to a guest (the web app refreshes the session and connects again). When a
 * session ends (`session.ended`), its sockets are disconnected. While the relay's Redis subscription is
 * broken, every socket hears `degraded` (at once, and on connecting); `resync` follows when it is back.
 */
export function attachRelay(server: HttpServer, options: RelayOptions) {
  const io = new Server(server, {
    serveClient: false,
    allowRequest: (req, callback) => {
      const origin = header(req, 'origin');
      const ours = expectedOrigin({
        appOrigin: options.appOrigin,
        trustProxy: options.trustProxy,
        forwardedProto: header(req, 'x-forwarded-proto'),
        host: header(req, 'host'),
        url: `http://${header(req, 'host') ?? 'localhost'}${req.url ?? '/'}`,
      });
      callback(origin === ours ? null : 'origin_mismatch', origin === ours);
    },
  });

  // Handshakes waiting for their session check. A `session.ended` that arrives meanwhile would find no socket
  // in the session's room yet, so it marks the handshake here instead, and the handshake is refused.
  const checking = new Set<{ sessionId: string; ended: boolean }>();

  io.use(async (socket, next) => {
    const token = parseCookies(socket.handshake.headers.cookie ?? '')[ACCESS_COOKIE];
    if (!token) return next();
    let claims: AccessClaims;
    try {
      claims = await verifyAccessToken(token, { secret: options.secret, now: options.now() });
    } catch {
      return next(new Error('token_invalid'));
    }
    const check = { sessionId: claims.sessionId, ended: false };
    checking.add(check);
    let live: boolean;
    try {
      live = await options.sessionIsLive(claims);
    } catch {
      // Without an answer the session may have ended: refuse, and the web app tries again later.
      return next(new Error('session_check_failed'));
    } finally {
      checking.delete(check);
    }
    if (!live || check.ended) return next(new Error('token_invalid'));
    socket.data.userId = claims.userId;
    socket.data.sessionId = claims.sessionId;
    next();
  });

  // The public stream's position as far as this relay has relayed it; null until it has seen an event (or
  // after a break in its subscription), when it cannot tell.
  let position: number | null = null;

  io.on('connection', (socket) => {
    socket.join(PUBLIC_ROOM);
    // Where the stream is: a page read before the connection that reflects less missed what went by during
    // the handshake, and reads itself again (rather than waiting for the next event to show the gap).
    socket.emit('position', position);
    // While this relay hears nothing from Redis, the page must not claim to be live.
    if (!options.bus.isListening()) socket.emit('degraded');
    if (typeof socket.data.userId === 'string' && typeof socket.data.sessionId === 'string') {
      socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    }
  });

  const endSessions = (sessionIds: string[]) => {
    for (const check of checking) if (sessionIds.includes(check.sessionId)) check.ended = true;
    // The client hears `io server disconnect` and connects again; its old token is refused at the handshake.
    io.in(sessionIds.map(sessionRoom)).disconnectSockets();
  };

  const unsubscribe = options.bus.subscribe((event) => {
    if (event.name === 'session.ended') return endSessions(event.payload.sessionIds);
    const { audience, ...rest } = event;
    const personal = audience.kind === 'user';
    if (!personal && (position === null || event.version > position)) position = event.version;
    const message: ClientEvent = { ...rest, personal };
    io.to(personal ? userRoom(audience.userId) : PUBLIC_ROOM).emit('event', message);
  });

  const unsubscribeResync = options.bus.onResync(() => {
    position = null;
    io.emit('resync');
  });
  // Events published meanwhile reach nobody here: the watchers say "delayed" until the resync.
  const unsubscribeBreak = options.bus.onBreak(() => {
    position = null;
    io.emit('degraded');
  });

  return {
    io,
    async close() {
      unsubscribeResync();
      unsubscribeBreak();
      unsubscribe();
      await io.close();
    },
  };
}
