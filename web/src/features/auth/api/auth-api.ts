import type { TypedMutationOnQueryStarted } from '@reduxjs/toolkit/query/react';
import { api, type Me } from '../../../lib/api.ts';
import type { ApiBaseQuery } from '../../../lib/api-base-query.ts';

type Credentials = { login: string; password: string };
type Registration = Credentials & { displayName: string };

/** Signing in answers with the user, so the session is known without asking GET /me again. */
const rememberUser: TypedMutationOnQueryStarted<Me, Credentials, ApiBaseQuery> = async (
  _arg,
  { dispatch, queryFulfilled },
) => {
  try {
    const { data } = await queryFulfilled;
    dispatch(api.util.upsertQueryData('getMe', undefined, data));
  } catch {
    // The form shows the error from the mutation's own state.
  }
};

export const authApi = api.injectEndpoints({
  endpoints: (build) => ({
    register: build.mutation<Me, Registration>({
      query: (body) => ({ url: '/auth/register', method: 'POST', body }),
      transformResponse: (response: { user: Me }) => response.user,
      onQueryStarted: rememberUser,
    }),
    login: build.mutation<Me, Credentials>({
      query: (body) => ({ url: '/auth/login', method: 'POST', body }),
      transformResponse: (response: { user: Me }) => response.user,
      onQueryStarted: rememberUser,
    }),
    logout: build.mutation<null, void>({
      query: () => ({ url: '/auth/logout', method: 'POST', body: {} }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          await queryFulfilled;
        } catch {
          return;
        }
        // Nothing the previous user saw may outlive the session.
        dispatch(api.util.resetApiState());
        dispatch(api.util.upsertQueryData('getMe', undefined, null));
      },
    }),
  }),
});

export const { useRegisterMutation, useLoginMutation, useLogoutMutation } = authApi;
