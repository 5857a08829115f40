import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { sessionStatus } from '#functions/auth/sessions.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import { parseEnv } from '#functions/kernel/env.ts';
import { expectedOrigin } from '#functions/kernel/origin.ts';
import { createRuntime } from '#functions/kernel/runtime.ts';
import { httpFunctions } from '#functions/registry.ts';
import { startScheduler } from '#functions/scheduled/run-jobs.ts';
import { getSlot } from '#functions/slots/get-slot/get-slot.ts';
import { attachRelay } from '#realtime/relay.ts';
import { nodeClientIp, openNodeDeps } from './node-deps.ts';
import { type LinkPreview, matchPage, readWebApp, renderShell, slotPreview } from './web-shell.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export type StartOptions = {
  env: Record<string, string | undefined>;
  now?: Clock;
  log?: (line: Record<string, unknown>) => void;
};

/**
 * Every function on one @hono/node-server, plus the built web app: `npm start`, the compose service and the
 * tests all run this. Migrations apply before the port opens.
 */
export async function startServer({
  env,
  now,
  log = (line) => console.log(JSON.stringify(line)),
}: StartOptions) {
  const config = parseEnv(env);
  const deps = await openNodeDeps(config, now, { dispatchAfterResponse: true });
  await migrateDatabase(deps.database, config.DATABASE_URL);
  // Every second, send what is pending: left by another process, or by a Redis outage.
  deps.dispatcher.start(1000);
  if (config.INITIAL_ADMIN_LOGIN) {
    const userId = await findUserIdByLogin(deps.db, config.INITIAL_ADMIN_LOGIN);
    if (userId) {
      await grantAdmin(deps.db, {
        userId,
        actorId: null,
        source: 'INITIAL_ADMIN_LOGIN',
        onlyIfNoAdmin: true,
        now: deps.now(),
      });
    }
  }

  const app = createRuntime({
    functions: Object.values(httpFunctions),
    provide: async () => ({ deps }),
    clientIp: nodeClientIp(config.TRUST_PROXY),
    log,
  });
  const webRoot = config.WEB_DIST;
  /**
   * The app's pages (/login, /slots/:id…) all load the shell, revalidated on every visit so that a deploy is
   * picked up at once, with the page's own code preloaded; any other address is answered 404 (the app still
   * shows its "not found" page). A slot's page also tells link previews what the slot is.
   */
  const sendShell = async (c: Context) => {
    const web = await readWebApp(webRoot);
    if (!web) return c.text('The web app is not built: run `npm run build`.', 503);
    c.header('cache-control', 'no-cache');
    const match = matchPage(web.pages, c.req.path);
    if (!match) return c.html(renderShell(web.shell, {}), 404);
    const { page, params } = match;
    if (page.name !== 'slot') return c.html(renderShell(web.shell, { preload: page.preload }));
    const preview = await previewSlot(params.id ?? '', c);
    if (preview === 'missing') return c.html(renderShell(web.shell, {}), 404);
    return c.html(renderShell(web.shell, { preload: page.preload, preview }));
  };
  /** The slot as a guest sees it: its public view only. */
  const previewSlot = async (slotId: string, c: Context): Promise<LinkPreview | 'missing' | undefined> => {
    if (!ZIdParam.safeParse({ id: slotId }).success) return 'missing';
    try {
      const slot = await getSlot({ db: deps.db, now: deps.now(), slotId, viewerId: null });
      const origin = expectedOrigin({
        appOrigin: config.APP_ORIGIN,
        trustProxy: config.TRUST_PROXY,
        forwardedProto: c.req.header('x-forwarded-proto'),
        host: c.req.header('host'),
        url: c.req.url,
      });
      return slotPreview(slot, `${origin}/slots/${slot.id}`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return 'missing';
      // The page works without a preview: the app reads the slot itself.
      log({ level: 'error', msg: 'slot preview failed', slotId, error: String(error) });
      return undefined;
    }
  };
  // `/` is a directory to the static files below, which would send index.html as built.
  app.get('/', sendShell);
  // Hashed assets are cached for good, other files (robots.txt…) revalidated; brotli or gzip files made at
  // build time (scripts/precompress.ts) go to browsers that take them.
  app.use(
    '*',
    serveStatic({
      root: webRoot,
      precompressed: true,
      onFound: (path, c) => {
        c.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  app.get('*', sendShell);

  const server = serve({ fetch: app.fetch, port: config.PORT }) as HttpServer;
  // The relay shares the port: on the in-process bus without Redis, subscribed to Redis with it.
  const relay = config.RUN_RELAY
    ? attachRelay(server, {
        bus: deps.events,
        secret: deps.config.JWT_SECRET,
        now: deps.now,
        appOrigin: config.APP_ORIGIN,
        trustProxy: config.TRUST_PROXY,
        sessionIsLive: async (claims) => (await sessionStatus(deps.db, claims)).state === 'live',
      })
    : undefined;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const stopScheduler = config.RUN_SCHEDULER
    ? startScheduler({ db: deps.db, now: deps.now, dispatch: deps.dispatch, log })
    : undefined;
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log({
    level: 'info',
    msg: 'listening',
    url,
    database: deps.database.kind,
    events: config.REDIS_URL ? 'redis' : 'in-process',
  });

  return {
    url,
    deps,
    async close() {
      await stopScheduler?.();
      // Closing ends only the connections idle at that moment: one whose request was in flight would stay
      // open (keep-alive) until its client dropped it, so each is closed as soon as its answer has gone.
      const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
      try {
        // Closing Socket.io also closes the HTTP server it is attached to.
        if (relay) await relay.close();
        else
          await new Promise<void>((resolve, reject) =>
            server.close((error) => (error ? reject(error) : resolve())),
          );
      } finally {
        clearInterval(closeIdle);
      }
      await deps.close();
    },
  };
}
