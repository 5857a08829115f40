import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';

export type Profession = {
  id: string;
  slug: string;
  name: Record<Language, string>;
  position: number;
};

export const professionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getProfessions: build.query<Profession[], void>({
      query: () => '/professions',
      transformResponse: (response: { items: Profession[] }) =>
        response.items.toSorted((a, b) => a.position - b.position),
      providesTags: ['Professions'],
    }),
  }),
});

export const { useGetProfessionsQuery } = professionsApi;
