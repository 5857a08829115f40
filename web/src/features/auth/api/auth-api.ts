import type { TypedMutationOnQueryStarted } from '@reduxjs/toolkit/query/react';
import type { z } from 'zod';
import type { TAuthResponse, ZLoginBody, ZRegisterBody } from '#contract/auth.ts';
import type { TMe } from '#contract/me.ts';
import { api } from '../../../lib/api.ts';
import type { ApiBaseQuery } from '../../../lib/api-base-query.ts';

type Credentials = z.input<typeof ZLoginBody>;
/** The register body takes no zone; the zone the person chose is saved right after, as a profile change. */
type Registration = z.input<typeof ZRegisterBody> & { timeZone: string };

/** Signing in answers with the user, so the session is known without asking GET /me again. */
const rememberUser: TypedMutationOnQueryStarted<TMe, Credentials, ApiBaseQuery> = async (
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

const userOf = (response: TAuthResponse) => response.user;

export const authApi = api.injectEndpoints({
  endpoints: (build) => ({
    register: build.mutation<TMe, Registration>({
      async queryFn({ timeZone, ...body }, _api, _extra, baseQuery) {
        const registered = await baseQuery({ url: '/auth/register', method: 'POST', body });
        if (registered.error) return { error: registered.error };
        const user = userOf(registered.data as TAuthResponse);
        if (user.timeZone === timeZone) return { data: user };
        // The account exists either way: if saving the zone fails, the settings page still offers it.
        const updated = await baseQuery({ url: '/me', method: 'PATCH', body: { timeZone } });
        return { data: updated.error ? user : (updated.data as TMe) };
      },
      onQueryStarted: rememberUser,
    }),
    login: build.mutation<TMe, Credentials>({
      query: (body) => ({ url: '/auth/login', method: 'POST', body }),
      transformResponse: userOf,
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
