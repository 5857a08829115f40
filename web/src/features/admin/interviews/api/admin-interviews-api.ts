import type {
  TAdminInterviewDetail,
  TAdminInterviewPage,
  TAdminInterviewRow,
} from '#contract/admin-interviews.ts';
import type { SlotStatus } from '#contract/enums.ts';
import { api } from '../../../../lib/api.ts';
import { followLive, readBeforeLive, slotIdOf } from '../../../../lib/live.ts';

export type AdminInterview = TAdminInterviewDetail;
export type AdminInterviewRow = TAdminInterviewRow;

/** The list's filters as the API takes them: only those given. */
export type AdminInterviewsQuery = {
  status?: SlotStatus;
  from?: string;
  to?: string;
  professionId?: string;
  person?: string;
};

/** A cancellation moves a slot, a booking and points: the pages that show them read again. */
const AFTER_CANCEL = ['AdminInterviews', 'AdminAudit', 'AdminUser', 'AdminDashboard', 'Slots'] as const;

export const adminInterviewsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listAdminInterviews: build.infiniteQuery<TAdminInterviewPage, AdminInterviewsQuery, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/admin/interviews',
        params: pageParam ? { ...queryArg, cursor: pageParam } : queryArg,
      }),
      providesTags: ['AdminInterviews'],
    }),
    getAdminInterview: build.query<AdminInterview, string>({
      query: (id) => `/admin/interviews/${encodeURIComponent(id)}`,
      providesTags: (_result, _error, id) => [{ type: 'AdminInterviews', id }],
      /**
       * The interview changes while an admin looks at it (booked, given back, cancelled): public news of the
       * slot reads it again, and so does a reconnect for what was read before the stream could vouch for it.
       */
      async onCacheEntryAdded(id, { cacheEntryRemoved, getCacheEntry, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          const stale =
            message.type === 'refresh' ? readBeforeLive(getCacheEntry()) : slotIdOf(message.event) === id;
          if (stale) dispatch(api.util.invalidateTags([{ type: 'AdminInterviews', id }]));
        });
      },
    }),
    /**
     * Cancels with a reason and answers the interview as it is now, shown at once. A refusal (it was
     * completed or cancelled meanwhile) reads the interview again, so the page shows why.
     */
    cancelAdminInterview: build.mutation<AdminInterview, { id: string; reason: string }>({
      query: ({ id, reason }) => ({
        url: `/admin/interviews/${encodeURIComponent(id)}/cancel`,
        method: 'POST',
        body: { reason },
      }),
      async onQueryStarted({ id }, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(adminInterviewsApi.util.upsertQueryData('getAdminInterview', id, data));
        } catch {
          // The dialog shows the refusal from the mutation's own state.
        }
      },
      invalidatesTags: (_result, error, { id }) =>
        error ? [{ type: 'AdminInterviews', id }] : [...AFTER_CANCEL],
    }),
  }),
});

export const {
  useListAdminInterviewsInfiniteQuery,
  useGetAdminInterviewQuery,
  useCancelAdminInterviewMutation,
} = adminInterviewsApi;
