import type { TLedger } from '../../../../../functions/me/get-ledger/schema.ts';
import { api } from '../../../lib/api.ts';

// Inferred from the server's schema (functions/me/get-ledger/schema.ts), never retyped.
export type Ledger = TLedger;
export type LedgerEntry = TLedger['items'][number];

export const pointsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getLedger: build.infiniteQuery<Ledger, void, number | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextBefore,
      },
      query: ({ pageParam }) => ({ url: '/me/ledger', params: pageParam ? { before: pageParam } : {} }),
      providesTags: ['Ledger'],
    }),
  }),
});

export const { useGetLedgerInfiniteQuery } = pointsApi;
