import type {
  TAdjustPointsBody,
  TAdjustPointsResult,
  TAdminUserCard,
  TAdminUserPage,
  TAdminUserSummary,
  TBlockResult,
} from '#contract/admin-users.ts';
import { api } from '../../../../lib/api.ts';

export type AdminUserCard = TAdminUserCard;
export type AdminUserSummary = TAdminUserSummary;

const userUrl = (id: string, action?: string) =>
  `/admin/users/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/**
 * What an action on one person changes besides their card: the search results (role, status, balance), the
 * audit log, the dashboard's figures. Blocking also changes other people (refunded candidates, interviewers
 * told) and interviews: every card and the interviews are read again.
 */
const AFTER_ACTION = ['AdminUsers', 'AdminAudit', 'AdminDashboard'] as const;

export const adminUsersApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** People whose login or name contains `q` (all of them, newest first, without), a page at a time. */
    searchUsers: build.infiniteQuery<TAdminUserPage, string, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/admin/users',
        params: { ...(queryArg ? { q: queryArg } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
      }),
      providesTags: ['AdminUsers'],
    }),
    getUser: build.query<TAdminUserCard, string>({
      query: (id) => userUrl(id),
      providesTags: (_result, _error, id) => [{ type: 'AdminUser', id }],
    }),
    adjustPoints: build.mutation<TAdjustPointsResult, { id: string; body: TAdjustPointsBody }>({
      query: ({ id, body }) => ({ url: userUrl(id, 'points'), method: 'POST', body }),
      invalidatesTags: (_result, error, { id }) =>
        error ? [] : [{ type: 'AdminUser', id }, ...AFTER_ACTION],
    }),
    blockUser: build.mutation<TBlockResult, { id: string; reason: string }>({
      query: ({ id, reason }) => ({ url: userUrl(id, 'block'), method: 'POST', body: { reason } }),
      invalidatesTags: (_result, error) => (error ? [] : ['AdminUser', 'AdminInterviews', ...AFTER_ACTION]),
    }),
    unblockUser: build.mutation<TAdminUserSummary, { id: string; reason: string }>({
      query: ({ id, reason }) => ({ url: userUrl(id, 'unblock'), method: 'POST', body: { reason } }),
      invalidatesTags: (_result, error, { id }) =>
        error ? [] : [{ type: 'AdminUser', id }, ...AFTER_ACTION],
    }),
    grantAdmin: build.mutation<TAdminUserSummary, { id: string; reason: string }>({
      query: ({ id, reason }) => ({
        url: userUrl(id, 'grant-admin'),
        method: 'POST',
        body: reason.trim() ? { reason } : {},
      }),
      // Every card says whether its person is the last admin: all of them are read again.
      invalidatesTags: (_result, error) => (error ? [] : ['AdminUser', ...AFTER_ACTION]),
    }),
    revokeAdmin: build.mutation<TAdminUserSummary, { id: string; reason: string }>({
      query: ({ id, reason }) => ({ url: userUrl(id, 'revoke-admin'), method: 'POST', body: { reason } }),
      invalidatesTags: (_result, error) => (error ? [] : ['AdminUser', ...AFTER_ACTION]),
    }),
  }),
});

export const {
  useSearchUsersInfiniteQuery,
  useGetUserQuery,
  useAdjustPointsMutation,
  useBlockUserMutation,
  useUnblockUserMutation,
  useGrantAdminMutation,
  useRevokeAdminMutation,
} = adminUsersApi;
