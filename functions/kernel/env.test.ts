import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('works with nothing set (the npm start defaults)', () => {
    expect(parseEnv({})).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      SIGNUP_BONUS_POINTS: 1,
      TRUST_PROXY: false,
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      parseEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: 'short',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
      }),
    ).toThrowError(
      /PORT[\s\S]*DATABASE_URL[\s\S]*JWT_SECRET: must be at least 32 characters[\s\S]*ACCESS_TOKEN_TTL_SECONDS/,
    );
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('runs several workers only with what they can share', () => {
    expect(parseEnv({}).WORKERS).toBe(1);
    expect(() => parseEnv({ WORKERS: '2' })).toThrowError(
      /WORKERS: above 1, DATABASE_URL[\s\S]*REDIS_URL[\s\S]*JWT_SECRET[\s\S]*RUN_RELAY must be false/,
    );
    const shared = {
      DATABASE_URL: 'postgres://db/mockstock',
      REDIS_URL: 'redis://redis:6379',
      JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
      RUN_RELAY: 'false',
    };
    expect(parseEnv({ ...shared, WORKERS: '16' }).WORKERS).toBe(16);
    expect(() => parseEnv({ ...shared, WORKERS: '17' })).toThrowError(/WORKERS/);
  });
});
