import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientEvent, DispatchedEvent } from '#contract/events.ts';
import { signAccessToken } from '#functions/auth/tokens.ts';
import { systemClock } from '#functions/kernel/clock.ts';
import { createInProcessBus } from '#functions/platform/events/bus.ts';
import { createRedisBus } from '#functions/platform/events/redis-bus.ts';
import { attachRelay } from './relay.ts';

const SECRET = 'relay-test-secret-relay-test-secret-000';
const REDIS_URL = 'redis://127.0.0.1:6379';
const ORIGIN = 'http://mockstock.test';
const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-000000000b0b';

// The relay subscribes through real Redis; the functions' side publishes through another connection.
// A channel of this run's own: other tests publishing on the shared Redis cannot reach these sockets.
const PREFIX = `relay-test-${crypto.randomUUID().slice(0, 8)}`;
const relayBus = createRedisBus(REDIS_URL, PREFIX);
const functionsBus = createRedisBus(REDIS_URL, PREFIX);
const server = createServer();
const relay = attachRelay(server, {
  bus: relayBus,
  secret: SECRET,
  now: systemClock,
  appOrigin: ORIGIN,
  trustProxy: false,
  sessionIsLive: relayBus.sessionIsLive,
});
let url: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await relay.close();
  await Promise.all([relayBus.close(), functionsBus.close()]);
});

const tokenFor = (userId: string, { secret = SECRET, sessionId = crypto.randomUUID() } = {}) =>
  signAccessToken({ userId, sessionId }, { secret, now: new Date(), ttlSeconds: 600 });

/** Connects like a browser (websocket transport, our Origin, the access cookie); resolves once connected. */
function open(options: { token?: string; origin?: string; to?: string } = {}): Promise<Socket> {
  const socket = connect(options.to ?? url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: {
      origin: options.origin ?? ORIGIN,
      ...(options.token ? { cookie: `ms_access=${options.token}` } : {}),
    },
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const collect = (socket: Socket) => {
  const seen: ClientEvent[] = [];
  socket.on('event', (event: ClientEvent) => seen.push(event));
  return seen;
};

let version = 0;
const pointsChanged = (userId: string | null, balance: number): DispatchedEvent => ({
  name: 'points.changed',
  audience: userId ? { kind: 'user', userId } : { kind: 'public' },
  payload: { balance },
  occurredAt: new Date().toISOString(),
  version: ++version,
});

describe('relay', () => {
  it('delivers personal events only to their user, and public events to everyone, guests included', async () => {
    const [alice, bob, guest] = await Promise.all([
      open({ token: await tokenFor(ALICE) }),
      open({ token: await tokenFor(BOB) }),
      open(),
    ]);
    const [aliceSeen, bobSeen, guestSeen] = [collect(alice), collect(bob), collect(guest)];

    // Redis and each socket keep order: once the later public event is in, the earlier personal one
    // would have reached Bob or the guest before it, had it been sent to them.
    await functionsBus.publish(pointsChanged(ALICE, 7));
    await functionsBus.publish(pointsChanged(null, 99));
    await expect.poll(() => aliceSeen.length).toBe(2);
    await expect.poll(() => bobSeen.length).toBe(1);
    await expect.poll(() => guestSeen.length).toBe(1);

    expect(aliceSeen).toEqual([
      expect.objectContaining({ name: 'points.changed', personal: true, payload: { balance: 7 } }),
      expect.objectContaining({ personal: false, payload: { balance: 99 } }),
    ]);
    expect(bobSeen).toEqual([expect.objectContaining({ personal: false, payload: { balance: 99 } })]);
    expect(guestSeen).toEqual([expect.objectContaining({ personal: false, payload: { balance: 99 } })]);
    expect(guestSeen[0]?.version).toBe((aliceSeen[0]?.version ?? 0) + 1);
  });

  it('tells each new connection where the public stream is, so a page read before it knows what it missed', async () => {
    // A witness connected before the first event shows it has been relayed, so the watcher opened
    // afterwards cannot receive it too.
    const witness = collect(await open());
    await functionsBus.publish(pointsChanged(null, 5));
    await expect.poll(() => witness.length).toBe(1);
    const watcher = await open();
    const seen = collect(watcher);
    await functionsBus.publish(pointsChanged(null, 6));
    await expect.poll(() => seen.length).toBe(1);
    const latest = seen[0]?.version ?? 0;
    // A connection made now hears the relay's position: the last public event it relayed.
    const socket = connect(url, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: ORIGIN },
    });
    sockets.push(socket);
    const position = await new Promise((resolve) => socket.once('position', resolve));
    expect(position).toBe(latest);
  });

  it('refuses a foreign Origin', async () => {
    await expect(open({ origin: 'https://evil.example' })).rejects.toThrow();
  });

  it('refuses a forged token instead of treating it as a guest', async () => {
    await expect(
      open({ token: await tokenFor(ALICE, { secret: 'forged-secret-forged-secret-forged-000' }) }),
    ).rejects.toThrow('token_invalid');
  });
});

describe('a session that ended (standalone relay: what it knows comes through Redis)', () => {
  const sessionEnded = (userId: string, sessionIds: string[]): DispatchedEvent => ({
    name: 'session.ended',
    audience: { kind: 'user', userId },
    payload: { sessionIds },
    occurredAt: new Date().toISOString(),
    version: ++version,
  });

  it('cuts its sockets at once, keeps the user’s other session, and refuses its token afterwards', async () => {
    const [laptopSession, phoneSession] = [crypto.randomUUID(), crypto.randomUUID()];
    const laptopToken = await tokenFor(ALICE, { sessionId: laptopSession });
    const [laptop, phone] = await Promise.all([
      open({ token: laptopToken }),
      open({ token: await tokenFor(ALICE, { sessionId: phoneSession }) }),
    ]);
    const [laptopSeen, phoneSeen] = [collect(laptop), collect(phone)];
    const cut = new Promise<string>((resolve) => {
      laptop.once('disconnect', resolve);
      setTimeout(resolve, 2000, 'still connected');
    });

    await functionsBus.publish(sessionEnded(ALICE, [laptopSession]));
    expect(await cut).toBe('io server disconnect');
    await functionsBus.publish(pointsChanged(ALICE, 3));
    await expect.poll(() => phoneSeen.length).toBe(1);
    expect(phoneSeen[0]).toEqual(expect.objectContaining({ name: 'points.changed', personal: true }));
    expect(phone.connected).toBe(true);
    // `session.ended` itself reaches no browser: published before the points, it would have come first.
    expect(laptopSeen).toEqual([]);

    await expect(open({ token: laptopToken })).rejects.toThrow('token_invalid');
    expect((await open({ token: await tokenFor(ALICE, { sessionId: phoneSession }) })).connected).toBe(true);
  });

  it('refuses a handshake whose session ends while it is being checked', async () => {
    // A relay whose session check answers "live" only when the test says so: the end arrives in between.
    const bus = createInProcessBus();
    const checks: ((live: boolean) => void)[] = [];
    const slow = createServer();
    const slowRelay = attachRelay(slow, {
      bus,
      secret: SECRET,
      now: systemClock,
      appOrigin: ORIGIN,
      trustProxy: false,
      sessionIsLive: () => new Promise((resolve) => checks.push(resolve)),
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const sessionId = crypto.randomUUID();
      const handshake = open({
        token: await tokenFor(ALICE, { sessionId }),
        to: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`,
      });
      await expect.poll(() => checks.length).toBe(1);
      await bus.publish(sessionEnded(ALICE, [sessionId]));
      checks[0]?.(true);
      await expect(handshake).rejects.toThrow('token_invalid');
    } finally {
      await slowRelay.close();
    }
  });
});

describe('a relay whose Redis subscription breaks', () => {
  it('tells its sockets the updates are delayed, tells new ones on connecting, and resyncs them when it is back', async () => {
    // The bus's own break and return are driven by the test (the browser test kills a real redis-server).
    const bus = createInProcessBus();
    let listening = true;
    const onBreak = new Set<() => void>();
    const onResync = new Set<() => void>();
    const listenTo = (listeners: Set<() => void>) => (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    const breaking = {
      ...bus,
      isListening: () => listening,
      onBreak: listenTo(onBreak),
      onResync: listenTo(onResync),
    };
    const server = createServer();
    const relay = attachRelay(server, {
      bus: breaking,
      secret: SECRET,
      now: systemClock,
      appOrigin: ORIGIN,
      trustProxy: false,
      sessionIsLive: async () => true,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const to = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const heard = (socket: Socket) => {
        const signals: string[] = [];
        socket.on('degraded', () => signals.push('degraded'));
        socket.on('resync', () => signals.push('resync'));
        return signals;
      };
      const watcher = heard(await open({ to }));

      listening = false;
      for (const listener of onBreak) listener();
      await expect.poll(() => watcher).toEqual(['degraded']);
      const latecomer = connect(to, {
        transports: ['websocket'],
        reconnection: false,
        extraHeaders: { origin: ORIGIN },
      });
      sockets.push(latecomer);
      const late = heard(latecomer);
      await expect.poll(() => late).toEqual(['degraded']);

      listening = true;
      for (const listener of onResync) listener();
      await expect.poll(() => watcher).toEqual(['degraded', 'resync']);
      await expect.poll(() => late).toEqual(['degraded', 'resync']);
    } finally {
      await relay.close();
    }
  });
});
