import { api, type Me } from '../../../lib/api.ts';

export type ProfileChanges = Partial<
  Pick<Me, 'displayName' | 'bio' | 'contacts' | 'timeZone' | 'level' | 'professionIds'>
>;

export const profileApi = api.injectEndpoints({
  endpoints: (build) => ({
    updateProfile: build.mutation<Me, ProfileChanges>({
      query: (body) => ({ url: '/me', method: 'PATCH', body }),
      invalidatesTags: (_result, error) => (error ? [] : ['Me']),
    }),
    changePassword: build.mutation<null, { currentPassword: string; newPassword: string }>({
      query: (body) => ({ url: '/me/password', method: 'POST', body }),
    }),
  }),
});

export const { useUpdateProfileMutation, useChangePasswordMutation } = profileApi;
