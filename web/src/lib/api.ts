import { createApi } from '@reduxjs/toolkit/query/react';
import type { TMe } from '#contract/me.ts';
import { SESSION_HINT_COOKIE } from '#contract/session-hint.ts';
import { env } from '../config/env.ts';
import { type ApiError, createApiBaseQuery, createSession } from './api-base-query.ts';

/**
 * Whether the browser holds the server's hint that a session may exist (set and cleared with the session
 * cookies, which scripts cannot read). It grants nothing: the server decides who is viewing.
 */
export function mayHaveSession(): boolean {
  return document.cookie.split('; ').some((cookie) => cookie.startsWith(`${SESSION_HINT_COOKIE}=`));
}

/** The tab's session refresh: HTTP requests and the live connection share it. */
export const session = createSession({ baseUrl: env.apiBaseUrl });

/**
 * The one API of the app. It knows the session (who is viewing); features add their endpoints with
 * `injectEndpoints` and keep the `Me` cache fresh through its tag.
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery: createApiBaseQuery({ baseUrl: env.apiBaseUrl, refreshSession: session.refresh }),
  tagTypes: [
    'Me',
    'Professions',
    'Slots',
    'Slot',
    'Interviews',
    'Ledger',
    'Notifications',
    'Feedback',
    'MyFeedback',
    'Profile',
    'Reviews',
    'AdminReports',
    'AdminUsers',
    'AdminUser',
    'AdminProfessions',
    'AdminInterviews',
    'AdminAudit',
    'AdminDashboard',
  ],
  endpoints: (build) => ({
    getMe: build.query<TMe | null, void>({
      // Without the hint there is no session to find: a guest is told apart without a request (and without
      // the 401s, and the refresh, that asking would cost).
      queryFn: async (_arg, _api, _extraOptions, baseQuery) => {
        if (!mayHaveSession()) return { data: null };
        return (await baseQuery('/me')) as { data: TMe | null } | { error: ApiError };
      },
      extraOptions: { guestAllowed: true },
      providesTags: ['Me'],
    }),
  }),
});

export const { useGetMeQuery } = api;

export const selectMe = api.endpoints.getMe.select();
