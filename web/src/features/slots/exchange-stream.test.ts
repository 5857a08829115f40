import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import type { TExchangeSlot, TSlotPage } from '#contract/slots.ts';
import { applyExchangeEvent, type ExchangePages, heldVersion } from './exchange-stream.ts';
import type { ExchangeQuery } from './slot-rules.ts';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const BACKEND = '00000000-0000-4000-8000-0000000000be';
const FRONTEND = '00000000-0000-4000-8000-0000000000fe';
const ALL: ExchangeQuery = { professions: 'all' };

/** A slot `hours` after NOW; ids sort like their names. */
function slot(id: string, hours: number, changes: Partial<TExchangeSlot> = {}): TExchangeSlot {
  const startsAt = new Date(NOW + hours * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
    status: 'open',
    profession: { id: BACKEND, slug: 'backend', name: { ru: 'Backend', en: 'Backend' } },
    startsAt,
    endsAt: new Date(NOW + (hours + 1) * 3_600_000).toISOString(),
    durationMinutes: 60,
    level: 'middle',
    language: 'ru',
    description: '',
    interviewer: {
      id: BACKEND,
      login: 'anna',
      displayName: 'Анна',
      interviewsConducted: 0,
      rating: null,
      attendance: null,
    },
    cutoffAt: new Date(NOW + (hours - 2) * 3_600_000).toISOString(),
    ...changes,
  };
}

function page(items: TExchangeSlot[], version: number, extra: Partial<TSlotPage> = {}): TSlotPage {
  return { items, nextCursor: null, total: items.length, professionIds: null, version, ...extra };
}

const pagesOf = (...pages: TSlotPage[]): ExchangePages => ({ pages, pageParams: pages.map(() => null) });

/** One of the events, by its name and payload (each name keeps its own payload). */
type Happened<E = ClientEvent> = E extends ClientEvent ? Pick<E, 'name' | 'payload'> : never;

function event(version: number, happened: Happened): ClientEvent {
  return { ...happened, version, occurredAt: new Date(NOW).toISOString(), personal: false };
}

const ids = (data: ExchangePages) => data.pages.map((p) => p.items.map((s) => s.id.slice(-2)));
const apply = (data: ExchangePages, e: ClientEvent, query = ALL) =>
  applyExchangeEvent(data, e, { query, now: NOW });

describe('the exchange stream', () => {
  it('puts a new slot in its place by start, counts it and highlights it', () => {
    const data = pagesOf(page([slot('a1', 3), slot('a3', 9)], 10));
    const published = slot('a2', 5);

    expect(apply(data, event(11, { name: 'slot.published', payload: { slot: published } }))).toEqual({
      result: 'applied',
      highlight: published.id,
      totalExact: true,
    });
    expect(ids(data)).toEqual([['a1', 'a2', 'a3']]);
    expect(data.pages[0]?.total).toBe(3);
    expect(heldVersion(data)).toBe(11);
  });

  it('ignores what the list already reflects and reports a skipped version as a gap', () => {
    const data = pagesOf(page([slot('a1', 3)], 10));

    expect(apply(data, event(10, { name: 'slot.booked', payload: { slotId: slot('a1', 3).id } }))).toEqual({
      result: 'ignored',
    });
    expect(apply(data, event(12, { name: 'slot.booked', payload: { slotId: slot('a1', 3).id } }))).toEqual({
      result: 'gap',
    });
    expect(ids(data)).toEqual([['a1']]);
    expect(heldVersion(data)).toBe(10);
  });

  it('lets taken slots leave and counts them out; a slot it never had changes nothing on a full list', () => {
    const data = pagesOf(page([slot('a1', 3), slot('a2', 5)], 10));

    expect(
      apply(data, event(11, { name: 'slot.booked', payload: { slotId: slot('a1', 3).id } })),
    ).toMatchObject({
      highlight: null,
      totalExact: true,
    });
    expect(
      apply(data, event(12, { name: 'slot.expired', payload: { slotId: slot('ff', 1).id } })),
    ).toMatchObject({
      totalExact: true,
    });
    expect(ids(data)).toEqual([['a2']]);
    expect(data.pages[0]?.total).toBe(1);
  });

  it('brings a reopened slot back, highlighted', () => {
    const data = pagesOf(page([slot('a2', 5)], 10));
    const reopened = slot('a1', 3);

    expect(apply(data, event(11, { name: 'slot.reopened', payload: { slot: reopened } }))).toMatchObject({
      highlight: reopened.id,
    });
    expect(ids(data)).toEqual([['a1', 'a2']]);
    expect(data.pages[0]?.total).toBe(2);
  });

  it('applies the filters to the stream: profession, days, level, language, and not started', () => {
    const query: ExchangeQuery = {
      professions: BACKEND,
      from: new Date(NOW + 2 * 3_600_000).toISOString(),
      to: new Date(NOW + 48 * 3_600_000).toISOString(),
      level: 'middle',
      language: 'ru',
    };
    const data = pagesOf(page([slot('a1', 3)], 10, { professionIds: [BACKEND] }));
    const outside = [
      slot('b1', 4, {
        profession: { id: FRONTEND, slug: 'frontend', name: { ru: 'Frontend', en: 'Frontend' } },
      }),
      slot('b2', 1),
      slot('b3', 49),
      slot('b4', 4, { level: 'senior' }),
      slot('b5', 4, { language: 'en' }),
      slot('b6', -1),
    ];

    outside.forEach((s, index) => {
      expect(
        apply(data, event(11 + index, { name: 'slot.published', payload: { slot: s } }), query),
      ).toMatchObject({
        highlight: null,
      });
    });
    apply(data, event(17, { name: 'slot.published', payload: { slot: slot('a2', 47) } }), query);

    expect(ids(data)).toEqual([['a1', 'a2']]);
    expect(data.pages[0]?.total).toBe(2);
  });

  it('moves a changed slot to its new place, and lets it go when it no longer fits', () => {
    const data = pagesOf(page([slot('a1', 3), slot('a2', 5), slot('a3', 7)], 10));

    apply(
      data,
      event(11, { name: 'slot.changed', payload: { slot: slot('a1', 8, { description: 'Графы' }) } }),
    );
    expect(ids(data)).toEqual([['a2', 'a3', 'a1']]);
    expect(data.pages[0]?.items.at(-1)?.description).toBe('Графы');
    expect(data.pages[0]?.total).toBe(3);

    apply(data, event(12, { name: 'slot.changed', payload: { slot: slot('a2', 5, { language: 'en' }) } }), {
      professions: 'all',
      language: 'ru',
    });
    expect(ids(data)).toEqual([['a3', 'a1']]);
    expect(data.pages[0]?.total).toBe(2);
  });

  it('leaves slots past the loaded pages to "show more", still counting new ones', () => {
    const data = pagesOf(page([slot('a1', 3), slot('a2', 5)], 10, { nextCursor: 'next', total: 40 }));

    expect(apply(data, event(11, { name: 'slot.published', payload: { slot: slot('z9', 90) } }))).toEqual({
      result: 'applied',
      highlight: null,
      totalExact: true,
    });
    expect(ids(data)).toEqual([['a1', 'a2']]);
    expect(data.pages[0]?.total).toBe(41);
  });

  it('says when a departure from a partly loaded list cannot be counted', () => {
    const data = pagesOf(page([slot('a1', 3)], 10, { nextCursor: 'next', total: 40 }));

    expect(
      apply(data, event(11, { name: 'slot.booked', payload: { slotId: slot('z9', 90).id } })),
    ).toMatchObject({
      totalExact: false,
    });
    expect(apply(data, event(12, { name: 'slot.changed', payload: { slot: slot('z8', 80) } }))).toMatchObject(
      {
        totalExact: false,
      },
    );
    expect(data.pages[0]?.total).toBe(40);
  });

  it('changes only the pages that had not seen an event yet', () => {
    // Page 2 was read later, at version 12: it no longer has b0 (booked at 11) and already has b3 (12).
    const data = pagesOf(
      page([slot('a1', 3), slot('a2', 5)], 10, { nextCursor: 'p2', total: 5 }),
      page([slot('b1', 20), slot('b3', 25), slot('b4', 30)], 12),
    );

    expect(
      apply(data, event(11, { name: 'slot.booked', payload: { slotId: slot('b0', 10).id } })),
    ).toMatchObject({
      totalExact: false,
    });
    expect(
      apply(data, event(12, { name: 'slot.published', payload: { slot: slot('b3', 25) } })),
    ).toMatchObject({
      highlight: null,
    });
    expect(ids(data)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b3', 'b4'],
    ]);
    expect(data.pages.map((p) => p.version)).toEqual([12, 12]);

    apply(data, event(13, { name: 'slot.booked', payload: { slotId: slot('b1', 20).id } }));
    expect(ids(data)).toEqual([
      ['a1', 'a2'],
      ['b3', 'b4'],
    ]);
  });
});
