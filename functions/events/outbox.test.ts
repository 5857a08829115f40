import { isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchedEvent } from '#contract/events.ts';
import { notifications, outboxEvents } from '#db/schema/index.ts';
import type { EventBus } from '#functions/platform/events/bus.ts';
import { dispatchPending } from '#functions/platform/events/dispatcher.ts';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '8' } });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

/** A bus that fails while `down` is set, like Redis when it is stopped. */
function flakyBus() {
  const sent: DispatchedEvent[] = [];
  let down = true;
  const bus: EventBus = {
    async publish(event) {
      if (down) throw new Error('connection refused');
      sent.push(event);
    },
    subscribe: () => () => {},
    onResync: () => () => {},
    onBreak: () => () => {},
    isListening: () => !down,
    close: async () => {},
  };
  return { bus, sent, recover: () => (down = false) };
}

describe('the outbox', () => {
  it('numbers public events without gaps and personal events apart, in commit order', async () => {
    const interviewer = await createUser(h);
    const candidate = await createUser(h);
    h.published.length = 0;
    const slotId = await publish(h, interviewer, profession, 30);
    await candidate.client.post(`/api/slots/${slotId}/booking`);
    const publicVersions = h.published
      .filter((e) => e.audience.kind === 'public')
      .map((e) => (e as DispatchedEvent).version);
    expect(publicVersions).toHaveLength(2);
    expect(publicVersions[1]).toBe((publicVersions[0] ?? 0) + 1);
    const page = await (await h.client().get('/api/slots')).json();
    expect(page.version).toBe(publicVersions[1]);
    const personal = h.published.filter((e) => e.audience.kind === 'user');
    expect(personal.map((e) => e.name)).toEqual(['booking.created', 'points.changed']);
    const notes = await h.deps.db.select().from(notifications);
    expect(notes).toEqual([expect.objectContaining({ userId: interviewer.id, kind: 'booking.created' })]);
  });

  it('keeps events through a publish failure and sends them, once, when the bus is back', async () => {
    const interviewer = await createUser(h);
    await publish(h, interviewer, profession, 40);
    const { bus, sent, recover } = flakyBus();
    const slotId = await h.deps.db.transaction(async (tx) => {
      const { recordEvents } = await import('./outbox.ts');
      await recordEvents(tx, [
        {
          name: 'slot.cancelled',
          audience: { kind: 'public' },
          payload: { slotId: crypto.randomUUID() },
          occurredAt: new Date().toISOString(),
        },
      ]);
      return 'recorded';
    });
    expect(slotId).toBe('recorded');
    await expect(dispatchPending({ db: h.deps.db, bus, now: h.clock })).rejects.toThrow('connection refused');
    expect(await h.deps.db.$count(outboxEvents, isNull(outboxEvents.dispatchedAt))).toBe(1);
    recover();
    expect(await dispatchPending({ db: h.deps.db, bus, now: h.clock })).toBe(1);
    expect(await dispatchPending({ db: h.deps.db, bus, now: h.clock })).toBe(0);
    expect(sent.map((e) => e.name)).toEqual(['slot.cancelled']);
  });

  it('sends each event once, in version order, when dispatchers race', async () => {
    const { bus, sent, recover } = flakyBus();
    recover();
    const { recordEvents } = await import('./outbox.ts');
    await recordEvents(
      h.deps.db,
      Array.from({ length: 60 }, () => ({
        name: 'slot.expired' as const,
        audience: { kind: 'public' as const },
        payload: { slotId: crypto.randomUUID() },
        occurredAt: new Date().toISOString(),
      })),
    );
    const race = () => dispatchPending({ db: h.deps.db, bus, now: h.clock });
    while ((await h.deps.db.$count(outboxEvents, isNull(outboxEvents.dispatchedAt))) > 0) {
      await Promise.all([race(), race(), race(), race()]);
    }
    expect(sent).toHaveLength(60);
    expect(new Set(sent.map((e) => (e.payload as { slotId: string }).slotId)).size).toBe(60);
    const versions = sent.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe((versions[0] ?? 0) + 59);
  });

  it('does not lose an event when a booking commits but publishing fails: the request still succeeds', async () => {
    const interviewer = await createUser(h);
    const candidate = await createUser(h);
    const slotId = await publish(h, interviewer, profession, 50);
    const original = h.deps.events.publish;
    h.deps.events.publish = async () => {
      throw new Error('redis down');
    };
    try {
      const res = await candidate.client.post(`/api/slots/${slotId}/booking`);
      expect(res.status).toBe(201);
    } finally {
      h.deps.events.publish = original;
    }
    expect(await h.deps.db.$count(outboxEvents, isNull(outboxEvents.dispatchedAt))).toBe(3);
    await h.deps.dispatch();
    expect(await h.deps.db.$count(outboxEvents, isNull(outboxEvents.dispatchedAt))).toBe(0);
    expect(h.published.map((e) => e.name)).toEqual(
      expect.arrayContaining(['slot.booked', 'booking.created']),
    );
  });
});
