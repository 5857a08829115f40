import type { TProfession, TProfessionList } from '#contract/professions.ts';
import { api } from '../../../lib/api.ts';

export const professionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getProfessions: build.query<TProfession[], void>({
      query: () => '/professions',
      transformResponse: (response: TProfessionList) =>
        response.items.toSorted((a, b) => a.position - b.position),
      providesTags: ['Professions'],
    }),
  }),
});

export const { useGetProfessionsQuery } = professionsApi;
