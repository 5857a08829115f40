import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { Server } from 'socket.io';
import { ACCESS_COOKIE } from '#contract/auth.ts';
import type { ClientEvent } from '#contract/events.ts';
import { verifyAccessToken } from '#functions/auth/tokens.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import { expectedOrigin } from '#functions/kernel/origin.ts';
import type { EventBus } from '#functions/platform/events/bus.ts';

export type RelayOptions = {
  bus: EventBus;
  secret: string;
  now: Clock;
  appOrigin: string | undefined;
  trustProxy: boolean;
};

export const PUBLIC_ROOM = 'exchange';
export const userRoom = (userId: string) => `user:${userId}`;

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Pushes bus events to Socket.io clients; no business logic. Everyone (guests too) joins the public exchange
 * room; a socket that presents a valid access token also joins its user's private room. The handshake must
 * come from our own origin, and a token that does not verify is refused rather than downgraded to a guest.
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

  io.use(async (socket, next) => {
    const token = parseCookies(socket.handshake.headers.cookie ?? '')[ACCESS_COOKIE];
    if (!token) return next();
    try {
      const claims = await verifyAccessToken(token, { secret: options.secret, now: options.now() });
      socket.data.userId = claims.userId;
      next();
    } catch {
      next(new Error('token_invalid'));
    }
  });

  io.on('connection', (socket) => {
    socket.join(PUBLIC_ROOM);
    if (typeof socket.data.userId === 'string') socket.join(userRoom(socket.data.userId));
  });

  const unsubscribe = options.bus.subscribe(({ audience, ...event }) => {
    const personal = audience.kind === 'user';
    const message: ClientEvent = { ...event, personal };
    io.to(personal ? userRoom(audience.userId) : PUBLIC_ROOM).emit('event', message);
  });

  const unsubscribeResync = options.bus.onResync(() => io.emit('resync'));

  return {
    io,
    async close() {
      unsubscribeResync();
      unsubscribe();
      await io.close();
    },
  };
}
