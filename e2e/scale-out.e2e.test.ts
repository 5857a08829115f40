import type { Browser } from 'playwright-core';
import postgres from 'postgres';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import { signUp } from './support/api-client.ts';
import { launchBrowser, VIEWPORTS } from './support/browser.ts';
import { type Cluster, startCluster } from './support/cluster.ts';
import { visibleSlotIds, waitUntilLive } from './support/page-api.ts';

let cluster: Cluster;
let sql: postgres.Sql;
let browser: Browser;
const sockets: Socket[] = [];

beforeAll(async () => {
  [cluster, browser] = await Promise.all([
    startCluster({ functionCount: 2, relayCount: 2 }),
    launchBrowser(),
  ]);
  sql = postgres(cluster.database.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await browser?.close();
  await sql?.end();
  await cluster?.stop();
});

/** A watcher of the exchange, connected through nginx like a guest's browser. */
async function watch(): Promise<ClientEvent[]> {
  const socket = connect(cluster.url, { transports: ['websocket'], extraHeaders: { origin: cluster.url } });
  sockets.push(socket);
  const seen: ClientEvent[] = [];
  socket.on('event', (event: ClientEvent) => seen.push(event));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return seen;
}

describe('scaled out: nginx, two function servers, two relays, one PostgreSQL, one Redis', () => {
  it('delivers a change made through function server 1 to watchers on both relays', async () => {
    const [first, second] = [await watch(), await watch()];
    // nginx balanced the two sockets over the two relays.
    expect(await Promise.all(cluster.relays.map((r) => r.sockets()))).toEqual([1, 1]);

    const [server1] = cluster.functions;
    const interviewer = await signUp(server1?.url ?? '');
    const { items } = await (await interviewer.get('/api/professions')).json();
    const published = await interviewer.post('/api/slots', {
      professionId: items[0].id,
      startsAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
      meetingUrl: 'https://meet.example.com/scale',
    });
    expect(published.status).toBe(201);
    const { id } = await published.json();
    const arrived = (seen: ClientEvent[]) =>
      seen.some((e) => e.name === 'slot.published' && (e.payload as { slot: { id: string } }).slot.id === id);
    await expect.poll(() => arrived(first) && arrived(second), { timeout: 1000, interval: 20 }).toBe(true);
  });

  it('shows a change made through function server 1 to browsers on both relays, without a reload', async () => {
    const relaySockets = () => Promise.all(cluster.relays.map((relay) => relay.sockets()));
    const before = await relaySockets();
    const pages = [];
    for (const expected of [1, 2]) {
      const page = await (
        await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' })
      ).newPage();
      await page.goto(`${cluster.url}/exchange`);
      await waitUntilLive(page);
      await expect
        .poll(async () => (await relaySockets()).reduce((sum, n, i) => sum + n - (before[i] ?? 0), 0))
        .toBe(expected);
      pages.push(page);
    }
    // Round robin put the two pages on different relays: one socket more on each.
    expect((await relaySockets()).map((n, i) => n - (before[i] ?? 0))).toEqual([1, 1]);

    const [server1] = cluster.functions;
    const interviewer = await signUp(server1?.url ?? '');
    const { items } = await (await interviewer.get('/api/professions')).json();
    const published = await interviewer.post('/api/slots', {
      professionId: items[0].id,
      startsAt: new Date(Date.now() + 30 * 3600_000).toISOString(),
      meetingUrl: 'https://meet.example.com/browsers',
    });
    expect(published.status).toBe(201);
    const { id } = await published.json();
    for (const page of pages) {
      await page.locator(`[data-slot-id="${id}"]`).waitFor({ timeout: 1000 });
      expect(await visibleSlotIds(page)).toContain(id);
    }
  });

  it('books a slot exactly once when 30 people try at once through both servers', async () => {
    const [server1, server2] = cluster.functions;
    const interviewer = await signUp(server1?.url ?? '');
    const { items } = await (await interviewer.get('/api/professions')).json();
    const { id } = await (
      await interviewer.post('/api/slots', {
        professionId: items[0].id,
        startsAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
        meetingUrl: 'https://meet.example.com/rush',
      })
    ).json();
    const crowd = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signUp((i % 2 ? server2 : server1)?.url ?? '')),
    );
    const statuses = (await Promise.all(crowd.map((c) => c.post(`/api/slots/${id}/booking`)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    const [{ n }] = (await sql`select count(*)::int as n from bookings where slot_id = ${id}`) as unknown as [
      { n: number },
    ];
    expect(n).toBe(1);
    const [{ spent }] =
      (await sql`select count(*)::int as spent from ledger_entries where reason = 'booking_spend'`) as unknown as [
        { spent: number },
      ];
    expect(spent).toBe(1);
  });
});
