import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf, signUp } from './support/api-client.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { type Cluster, startCluster } from './support/cluster.ts';
import { visibleSlotIds, waitUntilLive } from './support/page-api.ts';
import { type PrivateRedis, privateRedis } from './support/private-redis.ts';

const HOUR = 3_600_000;

describe('a Redis outage', () => {
  let redis: PrivateRedis;
  let cluster: Cluster;
  let browser: Browser;

  beforeAll(async () => {
    redis = await privateRedis();
    await redis.start();
    [cluster, browser] = await Promise.all([
      startCluster({ functionCount: 1, relayCount: 1, redisUrl: redis.url }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
    await redis?.kill();
  });

  it('says the updates are delayed, and loses no change: every watcher converges once Redis is back, without a reload', async () => {
    const base = cluster.functions[0]?.url ?? '';
    // Accounts first: the sign-in limits live in Redis.
    const [interviewer, ...candidates] = await Promise.all([signUp(base), signUp(base), signUp(base)]);
    const { items } = await (await interviewer.get('/api/professions')).json();
    const publish = async (hours: number) => {
      const res = await interviewer.post('/api/slots', {
        professionId: items[0].id,
        startsAt: new Date(Date.now() + hours * HOUR).toISOString(),
        meetingUrl: 'https://meet.example.com/outage',
      });
      return { status: res.status, id: ((await res.json()) as { id: string }).id };
    };
    const initial = [await publish(20), await publish(30), await publish(40)].map((slot) => slot.id);

    const watchers: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await (
        await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' })
      ).newPage();
      await page.goto(`${cluster.url}/exchange`);
      await waitUntilLive(page);
      await expect.poll(() => visibleSlotIds(page)).toEqual(initial);
      watchers.push(page);
    }

    await redis.kill();
    const stopped = Date.now();
    // The relay lost its subscription: the watchers say so instead of showing a list that no longer moves.
    for (const page of watchers)
      await expect
        .poll(() => page.getByTestId('live-status').getAttribute('data-status'), { timeout: 3000 })
        .toBe('delayed');
    console.info(`Redis killed → every watcher says "delayed": ${Date.now() - stopped} ms`);
    const [first] = watchers;
    if (!first) throw new Error('no watcher');
    expect(await first.getByTestId('live-status').textContent()).toBe('Обновления задерживаются');
    await screenshotAllSizes(first, 'exchange-delayed');
    // Changes go on while the events cannot be published.
    const booked = (await candidates[0]?.post(`/api/slots/${initial[0]}/booking`))?.status;
    const early = await publish(25);
    const bookedToo = (await candidates[1]?.post(`/api/slots/${initial[2]}/booking`))?.status;
    const late = await publish(50);
    expect([booked, early.status, bookedToo, late.status]).toEqual([201, 201, 201, 201]);
    // Nothing reached the watchers: the events wait in the outbox.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const page of watchers) expect(await visibleSlotIds(page)).toEqual(initial);

    await redis.start();
    const back = Date.now();
    const truth = await (await clientOf(base).get('/api/slots?professions=all')).json();
    const expected = (truth.items as { id: string }[]).map((slot) => slot.id);
    // Two of the first three slots taken, two new ones in their places.
    expect(expected).toEqual([early.id, initial[1], late.id]);
    for (const page of watchers) {
      await expect
        .poll(() => visibleSlotIds(page), { timeout: 5000 - (Date.now() - back) })
        .toEqual(expected);
      expect(await page.getByTestId('exchange-total').textContent()).toBe('Найдено 3 слота');
    }
    console.info(`Redis back → every watcher shows the database's state: ${Date.now() - back} ms`);
    for (const page of watchers)
      expect(await page.getByTestId('live-status').getAttribute('data-status')).toBe('live');

    // And the stream flows again, once the functions’ Redis connection is back too (retried every second).
    const after = await publish(60);
    for (const page of watchers)
      await page.locator(`[data-slot-id="${after.id}"]`).waitFor({ timeout: 5000 });
  });
});
