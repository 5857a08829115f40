import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import { clientOf } from '#e2e/support/api-client.ts';
import { REFRESH_REUSE_GRACE_MS } from '#functions/auth/sessions.ts';
import { manualClock } from '#functions/kernel/clock.ts';
import { startServer } from '#functions/platform/node-server.ts';
import type { Client } from '#functions/testing/harness.ts';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';

// The server as `npm start` runs it: functions and the relay on one port, the relay asking the database.
let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
const clock = manualClock(new Date());
const sockets: Socket[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServer({
    env: { DATABASE_URL: database.url, PORT: '0', JWT_SECRET: 'x'.repeat(40), RUN_SCHEDULER: 'false' },
    now: clock,
    log: () => {},
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server?.close();
  await database?.drop();
});

let registered = 0;
/** A new account, signed in on one device, and a way to sign it in on more. */
async function account() {
  registered += 1;
  const credentials = { login: `watcher${registered}`, password: `watcher secret ${registered}` };
  const first = clientOf(server.url);
  const res = await first.post('/api/auth/register', {
    ...credentials,
    displayName: `Watcher ${registered}`,
  });
  expect(res.status).toBe(201);
  return {
    first,
    credentials,
    async device() {
      const client = clientOf(server.url);
      expect((await client.post('/api/auth/login', credentials)).status).toBe(200);
      return client;
    },
  };
}

/** The live connection a browser holding `client`'s cookies makes; resolves once connected. */
function live(client: Client) {
  const socket = connect(server.url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: server.url, cookie: `ms_access=${client.jar.get('ms_access') ?? ''}` },
  });
  sockets.push(socket);
  const seen: ClientEvent[] = [];
  socket.on('event', (event: ClientEvent) => seen.push(event));
  const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  /** Why the server ended the connection, or 'still connected' 2 s later. */
  const cut = () =>
    Promise.race([disconnected, new Promise((resolve) => setTimeout(resolve, 2000, 'still connected'))]);
  return new Promise<{ socket: Socket; seen: ClientEvent[]; cut: typeof cut }>((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, seen, cut }));
    socket.once('connect_error', reject);
  });
}

/** Someone books a slot of `interviewer`: a personal `booking.created` (with the candidate's name) for them. */
async function bookSlotOf(interviewer: Client) {
  const { items } = await (await interviewer.get('/api/professions')).json();
  const slot = await interviewer.post('/api/slots', {
    professionId: items[0].id,
    startsAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
    meetingUrl: 'https://meet.example.com/live',
  });
  expect(slot.status).toBe(201);
  const { id } = await slot.json();
  expect((await (await account()).first.post(`/api/slots/${id}/booking`)).status).toBe(201);
  return id as string;
}

const bookedFor = (seen: ClientEvent[], slotId: string) =>
  seen.some((e) => e.name === 'booking.created' && e.payload.slotId === slotId);

describe('the live connection follows the session (relay with the database check)', () => {
  it('after logout: the old token is refused at the handshake and its socket is cut; another device goes on', async () => {
    const user = await account();
    const [laptop, phone] = [user.first, await user.device()];
    const laptopCookie = laptop.jar.get('ms_access') ?? '';
    const [laptopLive, phoneLive] = [await live(laptop), await live(phone)];

    expect((await laptop.post('/api/auth/logout')).status).toBe(204);
    expect(await laptopLive.cut()).toBe('io server disconnect');

    const stale = clientOf(server.url);
    stale.jar.set('ms_access', laptopCookie);
    await expect(live(stale)).rejects.toThrow('token_invalid');

    const slotId = await bookSlotOf(phone);
    await expect.poll(() => bookedFor(phoneLive.seen, slotId)).toBe(true);
    expect(laptopLive.seen).toEqual([]);
  });

  it('after a password change: the other device is cut and refused, this one stays connected', async () => {
    const user = await account();
    const [here, elsewhere] = [user.first, await user.device()];
    const [hereLive, elsewhereLive] = [await live(here), await live(elsewhere)];

    const res = await here.post('/api/me/password', {
      currentPassword: user.credentials.password,
      newPassword: 'a brand new secret 77',
    });
    expect(res.status).toBe(204);
    expect(await elsewhereLive.cut()).toBe('io server disconnect');
    await expect(live(elsewhere)).rejects.toThrow('token_invalid');

    const slotId = await bookSlotOf(here);
    await expect.poll(() => bookedFor(hereLive.seen, slotId)).toBe(true);
    expect(hereLive.socket.connected).toBe(true);
    expect(elsewhereLive.seen).toEqual([]);
  });

  it('after a reused refresh token: both sides of the family are cut', async () => {
    const user = await account();
    const victim = user.first;
    const stolen = victim.jar.get('ms_refresh') ?? '';
    expect((await victim.post('/api/auth/refresh')).status).toBe(204);
    const victimLive = await live(victim);

    // Past the grace a browser of the owner's needs, a spent token can only be a copy.
    clock.advance(REFRESH_REUSE_GRACE_MS + 1000);
    const thief = clientOf(server.url);
    thief.jar.set('ms_refresh', stolen);
    expect((await thief.post('/api/auth/refresh')).status).toBe(401);
    expect(await victimLive.cut()).toBe('io server disconnect');
    await expect(live(victim)).rejects.toThrow('token_invalid');
  });
});
