import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnRelay } from '#e2e/support/processes.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const relays: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
});

const health = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
};

describe('the standalone relay’s /healthz', () => {
  it('reports Redis: ok while subscribed, 503 degraded while Redis is unreachable', async () => {
    const env = { JWT_SECRET: 'x'.repeat(40), REDIS_PREFIX: `healthz-${Date.now()}` };
    const up = await spawnRelay({
      ...env,
      PORT: String(await freePort()),
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    relays.push(up);
    await expect.poll(async () => (await health(up.url)).status, { timeout: 5000 }).toBe(200);
    expect((await health(up.url)).body).toEqual({ status: 'ok', redis: 'up' });

    // A Redis that is not there: the relay still serves, and says it is degraded.
    const down = await spawnRelay({
      ...env,
      PORT: String(await freePort()),
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
    });
    relays.push(down);
    expect(await health(down.url)).toEqual({ status: 503, body: { status: 'degraded', redis: 'down' } });
  });
});
