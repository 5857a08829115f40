/**
 * One relay on this machine with 1,000 and 5,000 connected clients: for each event, the time from the
 * commit of the change that caused it to its arrival at every client (p50, p99, max), and the relay's memory;
 * then the same clients on a bare Socket.io server broadcasting the same payloads (the ceiling), as a ratio.
 * `npm run bench:relay`; figures in bench/README.md.
 */
import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { domainEvent } from '#contract/events.ts';
import type { TExchangeSlot } from '#contract/slots.ts';
import { connectPostgres } from '#db/client.ts';
import { freePort } from '#e2e/support/nginx.ts';
import { spawnRelay, spawnService } from '#e2e/support/processes.ts';
import { recordEvents } from '#functions/events/outbox.ts';
import { systemClock } from '#functions/kernel/clock.ts';
import { dispatchPending } from '#functions/platform/events/dispatcher.ts';
import { createRedisBus } from '#functions/platform/events/redis-bus.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';
import { BENCH_SECRET, percentile } from './support.ts';

const SIZES = (process.env.BENCH_CLIENTS ?? '1000,5000').split(',').map(Number);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `bench-${randomUUID().slice(0, 8)}`;

const slot = (): TExchangeSlot => ({
  id: randomUUID(),
  status: 'open',
  profession: { id: randomUUID(), slug: 'backend', name: { ru: 'Backend', en: 'Backend' } },
  startsAt: new Date(Date.now() + 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 90_000_000).toISOString(),
  durationMinutes: 60,
  level: 'middle',
  language: 'ru',
  description: 'Алгоритмы, SQL, системный дизайн: разбор задач с собеседований в продуктовые компании',
  interviewer: {
    id: randomUUID(),
    login: 'irina.petrova',
    displayName: 'Ирина Петрова',
    interviewsConducted: 12,
    rating: { average: 4.8, count: 9 },
    attendance: 95,
  },
  cutoffAt: new Date(Date.now() + 79_200_000).toISOString(),
});

/** `count` guests connected to `url`, opened a few hundred at a time. */
async function connectClients(url: string, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 250) {
    const batch = Array.from({ length: Math.min(250, count - i) }, () =>
      connect(url, { transports: ['websocket'], reconnection: false, extraHeaders: { origin: url } }),
    );
    await Promise.all(
      batch.map(
        (s) =>
          new Promise<void>((resolve, reject) =>
            s.once('connect', () => resolve()).once('connect_error', reject),
          ),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/**
 * Sends `EVENTS` events one after another through `send` (which returns when the clock started: the commit,
 * or the request to the bare server); returns every client's delay per event, in ms.
 */
async function measure(sockets: Socket[], send: (id: string) => Promise<number>): Promise<number[]> {
  const delays: number[] = [];
  for (let n = 0; n < EVENTS; n++) {
    const id = randomUUID();
    const arrivals: number[] = [];
    const all = new Promise<void>((resolve) => {
      for (const socket of sockets) {
        const onEvent = (event: { payload: { slot: { description: string } } }) => {
          if (event.payload.slot.description !== id) return;
          arrivals.push(performance.now());
          socket.off('event', onEvent);
          if (arrivals.length === sockets.length) resolve();
        };
        socket.on('event', onEvent);
      }
    });
    const started = await send(id);
    await all;
    delays.push(...arrivals.map((at) => at - started));
  }
  return delays.sort((a, b) => a - b);
}

const summary = (delays: number[]) => ({
  p50Ms: Math.round(percentile(delays, 50) * 10) / 10,
  p99Ms: Math.round(percentile(delays, 99) * 10) / 10,
  maxMs: Math.round((delays.at(-1) ?? 0) * 10) / 10,
});

const metrics = async (url: string) =>
  (await (await fetch(`${url}/metrics`)).json()) as { sockets: number; rssBytes: number };

const testDatabase = await createTestDatabase();
const { url } = testDatabase;
const database = connectPostgres(url, { max: 2 });
const bus = createRedisBus(REDIS_URL, PREFIX);
const relay = await spawnRelay({
  REDIS_URL,
  REDIS_PREFIX: PREFIX,
  JWT_SECRET: BENCH_SECRET,
  PORT: String(await freePort()),
});
const barePort = String(await freePort());
const bare = await spawnService('bench/bare-socketio.ts', { PORT: barePort }, /listening/);
const bareUrl = `http://127.0.0.1:${barePort}`;

// The relay path: commit a change with its event (the outbox row), then dispatch it as the function server
// does right after its commit. The clock starts when the commit returned.
const throughRelay = async (id: string) => {
  await database.db.transaction((tx) =>
    recordEvents(tx, [
      domainEvent('slot.published', null, { slot: { ...slot(), description: id } }, new Date()),
    ]),
  );
  const committed = performance.now();
  await dispatchPending({ db: database.db, bus, now: systemClock });
  return committed;
};
const throughBare = async (id: string) => {
  const started = performance.now();
  await fetch(`${bareUrl}/broadcast`, {
    method: 'POST',
    body: JSON.stringify({
      name: 'slot.published',
      version: 1,
      personal: false,
      occurredAt: new Date().toISOString(),
      payload: { slot: { ...slot(), description: id } },
    }),
  });
  return started;
};

const results = [];
try {
  for (const size of SIZES) {
    const onRelay = await connectClients(relay.url, size);
    const relayDelays = await measure(onRelay, throughRelay);
    const relayMemory = (await metrics(relay.url)).rssBytes;
    for (const s of onRelay) s.disconnect();
    const onBare = await connectClients(bareUrl, size);
    const bareDelays = await measure(onBare, throughBare);
    const bareMemory = (await metrics(bareUrl)).rssBytes;
    for (const s of onBare) s.disconnect();
    const relaySummary = summary(relayDelays);
    const bareSummary = summary(bareDelays);
    results.push({
      clients: size,
      events: EVENTS,
      relay: { ...relaySummary, rssMiB: Math.round(relayMemory / 1048576) },
      bareSocketIo: { ...bareSummary, rssMiB: Math.round(bareMemory / 1048576) },
      ratioP50: Math.round((relaySummary.p50Ms / bareSummary.p50Ms) * 100) / 100,
      ratioP99: Math.round((relaySummary.p99Ms / bareSummary.p99Ms) * 100) / 100,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(JSON.stringify(results, null, 2));
} finally {
  await Promise.all([relay.stop(), bare.stop(), bus.close(), database.close()]);
  await testDatabase.drop();
}
