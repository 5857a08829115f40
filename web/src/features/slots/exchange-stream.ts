import type { InfiniteData } from '@reduxjs/toolkit/query';
import type { ClientEvent } from '#contract/events.ts';
import type { TExchangeSlot, TSlotPage } from '#contract/slots.ts';
import type { ExchangeQuery } from './slot-rules.ts';

/** The exchange as cached: the pages loaded so far, each with the stream position it reflects. */
export type ExchangePages = InfiniteData<TSlotPage, string | null>;

/**
 * What one event did to the list: nothing (already reflected, or not about the exchange), a gap (a version
 * was skipped: only a refetch can tell what changed), or a change, with the slot to highlight and whether
 * the total could be kept exact.
 */
export type StreamStep =
  | { result: 'ignored' }
  | { result: 'gap' }
  | { result: 'applied'; highlight: string | null; totalExact: boolean };

const IGNORED: StreamStep = { result: 'ignored' };

/**
 * The position up to which every loaded page reflects the stream. Pages carry their own: each was read at a
 * different moment, and an event applies only to the pages that had not seen it yet.
 */
export function heldVersion(data: ExchangePages): number {
  return data.pages.length ? Math.min(...data.pages.map((page) => page.version)) : 0;
}

/** The server's order: soonest first, then by id. */
function compareSlots(a: TExchangeSlot, b: TExchangeSlot): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether a slot belongs on this list: open, not started, and within the filters the server applied
 * (`professionIds` as the page reports them: the profile's when the query said "mine", null for all).
 */
function matchesExchange(
  slot: TExchangeSlot,
  query: ExchangeQuery,
  professionIds: string[] | null,
  now: number,
): boolean {
  const startsAt = Date.parse(slot.startsAt);
  return (
    slot.status === 'open' &&
    startsAt > now &&
    (professionIds === null || professionIds.includes(slot.profession.id)) &&
    (!query.from || startsAt >= Date.parse(query.from)) &&
    (!query.to || startsAt < Date.parse(query.to)) &&
    (!query.level || slot.level === query.level) &&
    (!query.language || slot.language === query.language)
  );
}

/**
 * Applies one event to the cached pages (an immer draft): the next version changes the pages that have not
 * seen it, an older one is ignored, a later one is a gap. Events are idempotent (a full slot or an id), so
 * applying one a page already reflects changes nothing.
 */
export function applyExchangeEvent(
  data: ExchangePages,
  event: ClientEvent,
  view: { query: ExchangeQuery; now: number },
): StreamStep {
  if (event.personal || data.pages.length === 0) return IGNORED;
  const held = heldVersion(data);
  if (event.version <= held) return IGNORED;
  if (event.version > held + 1) return { result: 'gap' };
  const behind = data.pages.filter((page) => page.version < event.version);
  const step = change(data, behind, event, view);
  for (const page of behind) page.version = event.version;
  return step;
}

function change(
  data: ExchangePages,
  behind: TSlotPage[],
  event: ClientEvent,
  view: { query: ExchangeQuery; now: number },
): StreamStep {
  const [first] = data.pages;
  // The total is the first page's: it moves only when that page has not seen this event.
  const countable = first !== undefined && behind.includes(first);
  // Only a list that is all loaded and all at one position shows every slot the total counts.
  const complete = data.pages.at(-1)?.nextCursor === null && behind.length === data.pages.length;
  if (event.name === 'slot.booked' || event.name === 'slot.cancelled' || event.name === 'slot.expired') {
    const listed = remove(behind, event.payload.slotId);
    if (listed && countable) first.total = Math.max(0, first.total - 1);
    // A slot we never loaded may still have been counted, further down the list.
    return { result: 'applied', highlight: null, totalExact: listed || complete };
  }
  if (event.name === 'slot.published' || event.name === 'slot.changed' || event.name === 'slot.reopened') {
    const { slot } = event.payload;
    const listed = remove(behind, slot.id);
    // A published or reopened slot was not open before. A changed one was counted if we had it; if we did
    // not, it was not, unless it may sit further down the list or on a page read after this change.
    const elsewhere = data.pages.some((page) => page.items.some((item) => item.id === slot.id));
    const wasCounted =
      listed || event.name !== 'slot.changed' ? listed : complete && !elsewhere ? false : null;
    const fits = matchesExchange(slot, view.query, first?.professionIds ?? null, view.now);
    const inserted = fits && insert(data, slot, event.version);
    if (countable && wasCounted !== null)
      first.total = Math.max(0, first.total + Number(fits) - Number(wasCounted));
    return { result: 'applied', highlight: inserted ? slot.id : null, totalExact: wasCounted !== null };
  }
  return { result: 'applied', highlight: null, totalExact: true };
}

/** Removes a slot from the pages given; true when one of them had it. */
function remove(pages: TSlotPage[], slotId: string): boolean {
  let found = false;
  for (const page of pages) {
    const index = page.items.findIndex((item) => item.id === slotId);
    if (index >= 0) {
      page.items.splice(index, 1);
      found = true;
    }
  }
  return found;
}

/**
 * Puts a slot in its place by start time, on the first page whose last slot comes after it. Past the last
 * loaded slot it goes only onto a complete list: otherwise "show more" brings it in its turn. A page that
 * already reflects this version has it (or rightly lacks it) and is left alone.
 */
function insert(data: ExchangePages, slot: TExchangeSlot, version: number): boolean {
  if (data.pages.some((page) => page.items.some((item) => item.id === slot.id))) return false;
  const last = data.pages.at(-1);
  const page =
    data.pages.find((candidate) => {
      const end = candidate.items.at(-1);
      return end !== undefined && compareSlots(slot, end) <= 0;
    }) ?? (last?.nextCursor === null ? last : undefined);
  if (!page || page.version >= version) return false;
  const index = page.items.findIndex((item) => compareSlots(slot, item) < 0);
  page.items.splice(index < 0 ? page.items.length : index, 0, slot);
  return true;
}
