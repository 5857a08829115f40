import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { AppError } from '#functions/kernel/app-error.ts';

/**
 * Failed sign-ins are counted three ways (see docs/decisions/002-login-rate-limits.md):
 * - per login and client address: a guesser at one account from one place is stopped quickly;
 * - per client address: one place guessing many accounts is stopped;
 * - per login from everywhere: a distributed guess at one account is slowed, but the block is short, so
 *   an attacker cannot keep a real user out for long.
 * A success clears the login-and-address counter.
 */
export const loginLimits = {
  loginAndIp: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  ip: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  login: { points: 20, duration: 5 * 60, blockDuration: 5 * 60 },
} as const;

type Key = keyof typeof loginLimits;

export type LoginLimiter = {
  /** Throws `rate_limited` (with Retry-After) when any counter for this attempt is spent. */
  assertAllowed(login: string, ip: string): Promise<void>;
  recordFailure(login: string, ip: string): Promise<void>;
  recordSuccess(login: string, ip: string): Promise<void>;
};

const keysFor = (login: string, ip: string): Record<Key, string> => {
  const normalized = login.trim().toLowerCase();
  return { loginAndIp: `${normalized}|${ip}`, ip, login: normalized };
};

/** Memory counters per process; with Redis, shared by every function process (memory as insurance). */
export function createLoginLimiter(redis?: Redis, prefix = 'mockstock'): LoginLimiter {
  const limiters = Object.fromEntries(
    Object.entries(loginLimits).map(([key, limits]) => {
      const memory = new RateLimiterMemory({ keyPrefix: `login:${key}`, ...limits });
      const limiter: RateLimiterAbstract = redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${prefix}:login:${key}`,
            useRedisPackage: false,
            insuranceLimiter: memory,
            ...limits,
          })
        : memory;
      return [key, limiter];
    }),
  ) as Record<Key, RateLimiterAbstract>;

  const each = async (
    login: string,
    ip: string,
    action: (limiter: RateLimiterAbstract, key: string) => unknown,
  ) => {
    const keys = keysFor(login, ip);
    await Promise.all((Object.keys(limiters) as Key[]).map((name) => action(limiters[name], keys[name])));
  };

  return {
    async assertAllowed(login, ip) {
      const keys = keysFor(login, ip);
      let waitMs = 0;
      for (const name of Object.keys(limiters) as Key[]) {
        const state = await limiters[name].get(keys[name]);
        if (state && state.consumedPoints >= loginLimits[name].points)
          waitMs = Math.max(waitMs, state.msBeforeNext);
      }
      if (waitMs > 0) {
        const seconds = Math.max(1, Math.ceil(waitMs / 1000));
        throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${seconds} s`, {
          headers: { 'Retry-After': String(seconds) },
        });
      }
    },
    async recordFailure(login, ip) {
      // A spent counter rejects consume(); that is the point, not an error.
      await each(login, ip, (limiter, key) => limiter.consume(key).catch(() => {}));
    },
    async recordSuccess(login, ip) {
      const keys = keysFor(login, ip);
      await limiters.loginAndIp.delete(keys.loginAndIp);
    },
  };
}
