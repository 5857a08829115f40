import type { Role } from '#contract/enums.ts';
import type { Db } from '#db/client.ts';
import type { LoginLimiter } from '#functions/platform/rate-limit.ts';
import type { ExchangeCache } from '#functions/slots/exchange-cache.ts';
import type { Clock } from './clock.ts';
import type { Config } from './env.ts';

export type RuntimeConfig = Config & { JWT_SECRET: string };

/** What a function needs from the world, given to it per request by whichever runtime hosts it. */
export type Deps = {
  db: Db;
  now: Clock;
  config: RuntimeConfig;
  loginLimiter: LoginLimiter;
  /** Sends what the outbox holds; handlers call it after their transaction committed. */
  dispatch: () => Promise<void>;
  /** Exchange pages from memory, where the runtime watches the event stream (a Node process); else none. */
  exchangeCache?: ExchangeCache;
};

export type CurrentUser = { id: string; role: Role; sessionId: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    clientIp: string;
  };
};
