import type { Db } from '../../db/client.ts';
import type { Clock } from './clock.ts';
import type { Config } from './env.ts';
import type { EventBus } from './events/bus.ts';
import type { LoginLimiter } from './rate-limit.ts';

export type RuntimeConfig = Config & { JWT_SECRET: string };

/** What a function needs from the world, given to it per request by whichever runtime hosts it. */
export type Deps = {
  db: Db;
  now: Clock;
  events: EventBus;
  config: RuntimeConfig;
  loginLimiter: LoginLimiter;
};

export type CurrentUser = { id: string; role: 'user' | 'admin'; sessionId: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    clientIp: string;
    user?: CurrentUser;
  };
};
