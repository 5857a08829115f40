import type { z } from 'zod';
import type { ZChangePasswordBody } from '#contract/auth.ts';
import type { TMe, ZUpdateProfileBody } from '#contract/me.ts';
import { api } from '../../../lib/api.ts';

export type ProfileChanges = z.input<typeof ZUpdateProfileBody>;

export const profileApi = api.injectEndpoints({
  endpoints: (build) => ({
    updateProfile: build.mutation<TMe, ProfileChanges>({
      query: (body) => ({ url: '/me', method: 'PATCH', body }),
      invalidatesTags: (_result, error) => (error ? [] : ['Me']),
    }),
    changePassword: build.mutation<null, z.input<typeof ZChangePasswordBody>>({
      query: (body) => ({ url: '/me/password', method: 'POST', body }),
    }),
  }),
});

export const { useUpdateProfileMutation, useChangePasswordMutation } = profileApi;
