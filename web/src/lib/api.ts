import { createApi } from '@reduxjs/toolkit/query/react';
import type { TMe } from '#contract/me.ts';
import { env } from '../config/env.ts';
import { createApiBaseQuery, createSession } from './api-base-query.ts';

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
  ],
  endpoints: (build) => ({
    getMe: build.query<TMe | null, void>({
      query: () => '/me',
      extraOptions: { guestAllowed: true },
      providesTags: ['Me'],
    }),
  }),
});

export const { useGetMeQuery } = api;

export const selectMe = api.endpoints.getMe.select();
