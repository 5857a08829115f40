import type { TReviewPage } from '#contract/feedback.ts';
import type { TProfile } from '#contract/profiles.ts';
import { api } from '../../../lib/api.ts';

export type Profile = TProfile;

/** Public profiles: anyone may read them, guests too. */
export const usersApi = api.injectEndpoints({
  endpoints: (build) => ({
    getProfile: build.query<Profile, string>({
      query: (login) => `/users/${encodeURIComponent(login)}`,
      providesTags: (_result, _error, login) => [{ type: 'Profile', id: login.toLowerCase() }],
    }),
    /** An interviewer's revealed reviews, newest first, a page at a time. */
    listReviews: build.infiniteQuery<TReviewPage, string, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: `/users/${encodeURIComponent(queryArg)}/reviews`,
        params: pageParam ? { cursor: pageParam } : {},
      }),
      providesTags: ['Reviews'],
    }),
  }),
});

export const { useGetProfileQuery, useListReviewsInfiniteQuery } = usersApi;
