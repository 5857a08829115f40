import type { TypedMutationOnQueryStarted } from '@reduxjs/toolkit/query/react';
import type { z } from 'zod';
import type { ClientEvent } from '#contract/events.ts';
import type { TInterviewPage, TListInterviewsQuery } from '#contract/interviews.ts';
import type {
  TExchangeSlot,
  TSlotDetails,
  TSlotPage,
  ZEditSlotBody,
  ZPublishSlotBody,
} from '#contract/slots.ts';
import { env } from '../../../config/env.ts';
import { api, selectMe } from '../../../lib/api.ts';
import type { ApiBaseQuery } from '../../../lib/api-base-query.ts';
import { followLive, followSlot, readBeforeLive, realtime, slotIdOf } from '../../../lib/live.ts';
import { highlightSlot } from '../exchange-slice.ts';
import { applyExchangeEvent, type ExchangePages, heldVersion, type StreamStep } from '../exchange-stream.ts';
import type { ExchangeQuery } from '../slot-rules.ts';

// The contract's zod schemas: the shapes below are inferred from them, never retyped.
export type ExchangeSlot = TExchangeSlot;
export type SlotDetails = TSlotDetails;
export type PublishSlotInput = z.input<typeof ZPublishSlotBody>;
export type EditSlotInput = z.input<typeof ZEditSlotBody>;
export type InterviewScope = TListInterviewsQuery['scope'];

function exchangeParams(query: ExchangeQuery, cursor: string | null): Record<string, string> {
  const { professions, ...rest } = query;
  const params: Record<string, string> = professions === 'mine' ? {} : { professions };
  for (const [key, value] of Object.entries(rest)) if (value) params[key] = value;
  if (cursor) params.cursor = cursor;
  return params;
}

/** Where the .ics of one interview downloads from (for its two participants). */
export const calendarFileHref = (slotId: string) =>
  `${env.apiBaseUrl}/slots/${encodeURIComponent(slotId)}/calendar.ics`;

/**
 * Booking and cancelling move points, the exchange and both sides' schedules. After a refusal the components
 * refresh what the page shows once the user has read why (refreshing at once could remove the very item
 * whose dialog explains the refusal).
 */
const AFTER_ACTION = ['Slots', 'Interviews', 'Me', 'Ledger'] as const;

/**
 * When a departure from a partly loaded exchange could not be counted (the slot was further down, not loaded),
 * the loaded pages are read again after this long, so a busy exchange costs at most one read per interval.
 */
const RECOUNT_MS = 10_000;

/** Every exchange list follows the same public stream: a gap or a reconnect concerns them all. */
const refetchExchange = () => api.util.invalidateTags(['Slots']);

/** Whether an event may change the viewer's interviews: their own events, or a slot they have listed. */
function concernsInterviews(event: ClientEvent, listed: string[], viewerId: string | undefined): boolean {
  const slotId = slotIdOf(event);
  if (event.personal) return slotId !== null;
  if (slotId !== null && listed.includes(slotId)) return true;
  // One's own slot published or changed in another tab.
  const withSlot = event.name === 'slot.published' || event.name === 'slot.changed';
  return withSlot && event.payload.slot.interviewer.id === viewerId;
}

/** Reading: the exchange, one slot, the viewer's own interviews. */
const slotQueries = api.injectEndpoints({
  endpoints: (build) => ({
    listSlots: build.infiniteQuery<TSlotPage, ExchangeQuery, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({ url: '/slots', params: exchangeParams(queryArg, pageParam) }),
      providesTags: ['Slots'],
      /**
       * The list streams (docs/decisions/005-outbox-and-versioned-events.md): each page holds the public
       * stream position it reflects; the next event changes it in place, an old one is ignored, a skipped
       * version (and a reconnect or resync, for data read before it) reads every loaded page again. A list
       * ranked by rating is read again on every change instead.
       */
      async onCacheEntryAdded(query, { cacheEntryRemoved, updateCachedData, getCacheEntry, dispatch }) {
        let recount: ReturnType<typeof setTimeout> | undefined;
        await followLive(
          cacheEntryRemoved,
          (message) => {
            if (message.type === 'refresh') {
              if (readBeforeLive(getCacheEntry(), { versioned: true })) dispatch(refetchExchange());
              return;
            }
            if (query.sort === 'best_rated') {
              // Ranked by rating, only the server knows where a slot goes: news of the exchange reads the list
              // again. Events that arrive during a read are the read's own to catch up (onQueryStarted).
              const entry = getCacheEntry();
              const pages: ExchangePages | undefined = entry.data;
              const news = !message.event.personal && pages && message.event.version > heldVersion(pages);
              if (news && entry.status !== 'pending') dispatch(refetchExchange());
              return;
            }
            const steps: StreamStep[] = [];
            updateCachedData((pages) => {
              steps.push(applyExchangeEvent(pages, message.event, { query, now: Date.now() }));
            });
            const [step] = steps;
            if (step?.result === 'gap') dispatch(refetchExchange());
            if (step?.result !== 'applied') return;
            if (step.highlight) dispatch(highlightSlot(step.highlight));
            if (!step.totalExact) {
              recount ??= setTimeout(() => {
                recount = undefined;
                dispatch(refetchExchange());
              }, RECOUNT_MS);
            }
          },
          (position) => {
            // Pages behind where the stream was when the connection began missed what went by during the
            // handshake: read them again now rather than when the next event shows the gap.
            const entry = getCacheEntry();
            const pages: ExchangePages | undefined = entry.data;
            if (pages && entry.status !== 'pending' && position > heldVersion(pages))
              dispatch(refetchExchange());
          },
        );
        clearTimeout(recount);
      },
      /**
       * Events that arrived while pages were being read were applied to the old pages, which the new ones
       * replace: they are applied again to the pages that had not seen them.
       */
      async onQueryStarted(query, { queryFulfilled, getCacheEntry, updateCachedData, dispatch }) {
        try {
          await queryFulfilled;
        } catch {
          return;
        }
        const entry = getCacheEntry();
        const pages: ExchangePages | undefined = entry.data;
        if (!pages) return;
        const missed = realtime.publicEventsAfter(heldVersion(pages));
        const ranked = query.sort === 'best_rated';
        if (readBeforeLive(entry, { versioned: true }) || missed === null || (ranked && missed.length > 0)) {
          dispatch(refetchExchange());
        } else if (missed.length > 0) {
          updateCachedData((draft) => {
            for (const event of missed) applyExchangeEvent(draft, event, { query, now: Date.now() });
          });
        }
      },
    }),
    getSlot: build.query<SlotDetails, string>({
      query: (id) => `/slots/${encodeURIComponent(id)}`,
      providesTags: (_result, _error, id) => [{ type: 'Slot', id }],
      onCacheEntryAdded: (id, lifecycle) => followSlot(id, 'Slot', lifecycle),
    }),
    listInterviews: build.infiniteQuery<TInterviewPage, InterviewScope, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/me/interviews',
        params: pageParam ? { scope: queryArg, cursor: pageParam } : { scope: queryArg },
      }),
      providesTags: ['Interviews'],
      /** Read again on the viewer's own events and on news about a slot the list shows. */
      async onCacheEntryAdded(_scope, { cacheEntryRemoved, getCacheEntry, getState, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          const entry = getCacheEntry();
          const listed = entry.data?.pages.flatMap((page) => page.items.map((item) => item.id)) ?? [];
          const stale =
            message.type === 'refresh'
              ? readBeforeLive(entry)
              : concernsInterviews(message.event, listed, selectMe(getState()).data?.id);
          if (stale) dispatch(api.util.invalidateTags(['Interviews']));
        });
      },
    }),
  }),
});

/** Every slot mutation answers with the slot as the actor now sees it: the slot page shows that at once. */
function rememberSlot<Arg>(): TypedMutationOnQueryStarted<SlotDetails, Arg, ApiBaseQuery> {
  return async (_arg, { dispatch, queryFulfilled }) => {
    try {
      const { data } = await queryFulfilled;
      dispatch(slotQueries.util.upsertQueryData('getSlot', data.id, data));
    } catch {
      // The caller shows the error from the mutation's own state.
    }
  };
}

export const slotsApi = slotQueries.injectEndpoints({
  endpoints: (build) => ({
    publishSlot: build.mutation<SlotDetails, PublishSlotInput>({
      query: (body) => ({ url: '/slots', method: 'POST', body }),
      onQueryStarted: rememberSlot(),
      invalidatesTags: (_result, error) => (error ? [] : ['Slots', 'Interviews']),
    }),
    editSlot: build.mutation<SlotDetails, { id: string; changes: EditSlotInput }>({
      query: ({ id, changes }) => ({
        url: `/slots/${encodeURIComponent(id)}`,
        method: 'PATCH',
        body: changes,
      }),
      onQueryStarted: rememberSlot(),
      invalidatesTags: (_result, error) => (error ? [] : ['Slots', 'Interviews']),
    }),
    bookSlot: build.mutation<SlotDetails, string>({
      query: (id) => ({ url: `/slots/${encodeURIComponent(id)}/booking`, method: 'POST', body: {} }),
      onQueryStarted: rememberSlot(),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_ACTION]),
    }),
    cancelSlot: build.mutation<SlotDetails, string>({
      query: (id) => ({ url: `/slots/${encodeURIComponent(id)}/cancel`, method: 'POST', body: {} }),
      onQueryStarted: rememberSlot(),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_ACTION]),
    }),
    cancelBooking: build.mutation<SlotDetails, { bookingId: string; slotId: string }>({
      query: ({ bookingId }) => ({
        url: `/bookings/${encodeURIComponent(bookingId)}/cancel`,
        method: 'POST',
        body: {},
      }),
      onQueryStarted: rememberSlot(),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_ACTION]),
    }),
  }),
});

export const {
  useListSlotsInfiniteQuery,
  useGetSlotQuery,
  useListInterviewsInfiniteQuery,
  usePublishSlotMutation,
  useEditSlotMutation,
  useBookSlotMutation,
  useCancelSlotMutation,
  useCancelBookingMutation,
} = slotsApi;
