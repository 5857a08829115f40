import type { TLedger } from '#contract/points.ts';
import { api } from '../../../lib/api.ts';
import { followLive, readBeforeLive } from '../../../lib/live.ts';

export const pointsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getLedger: build.infiniteQuery<TLedger, void, number | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextBefore,
      },
      query: ({ pageParam }) => ({ url: '/me/ledger', params: pageParam ? { before: pageParam } : {} }),
      providesTags: ['Ledger'],
      /** Every change of the balance is a new ledger entry: read the history again when it moves. */
      async onCacheEntryAdded(_arg, { cacheEntryRemoved, getCacheEntry, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          const stale =
            message.type === 'refresh'
              ? readBeforeLive(getCacheEntry())
              : message.event.personal && message.event.name === 'points.changed';
          if (stale) dispatch(api.util.invalidateTags(['Ledger']));
        });
      },
    }),
  }),
});

export const { useGetLedgerInfiniteQuery } = pointsApi;
