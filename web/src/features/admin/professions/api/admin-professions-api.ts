import type { z } from 'zod';
import type {
  TAdminProfession,
  TAdminProfessionList,
  ZCreateProfessionBody,
  ZUpdateProfessionBody,
} from '#contract/admin-professions.ts';
import { api } from '../../../../lib/api.ts';
import { followLive, readBeforeLive } from '../../../../lib/live.ts';

export type AdminProfession = TAdminProfession;
export type CreateProfessionInput = z.input<typeof ZCreateProfessionBody>;
export type UpdateProfessionInput = z.input<typeof ZUpdateProfessionBody>;

/** A change to the list shows in the offered list (forms, filters) and the audit log too. */
const AFTER_CHANGE = ['AdminProfessions', 'Professions', 'AdminAudit'] as const;

export const adminProfessionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listAdminProfessions: build.query<AdminProfession[], void>({
      query: () => '/admin/professions',
      transformResponse: (response: TAdminProfessionList) => response.items,
      providesTags: ['AdminProfessions'],
      /** Another admin's change (a public `profession.changed`) reads the list again. */
      async onCacheEntryAdded(_arg, { cacheEntryRemoved, getCacheEntry, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          const stale =
            message.type === 'refresh'
              ? readBeforeLive(getCacheEntry())
              : message.event.name === 'profession.changed';
          if (stale) dispatch(api.util.invalidateTags(['AdminProfessions']));
        });
      },
    }),
    createProfession: build.mutation<AdminProfession, CreateProfessionInput>({
      query: (body) => ({ url: '/admin/professions', method: 'POST', body }),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_CHANGE]),
    }),
    updateProfession: build.mutation<AdminProfession, { id: string; changes: UpdateProfessionInput }>({
      query: ({ id, changes }) => ({
        url: `/admin/professions/${encodeURIComponent(id)}`,
        method: 'PATCH',
        body: changes,
      }),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_CHANGE]),
    }),
    /**
     * The new order shows at once (the list is moved in the cache before the server answers) and goes back
     * if the server refuses it, e.g. because another admin added a profession meanwhile.
     */
    reorderProfessions: build.mutation<AdminProfession[], string[]>({
      query: (ids) => ({ url: '/admin/professions/order', method: 'PUT', body: { ids } }),
      transformResponse: (response: TAdminProfessionList) => response.items,
      async onQueryStarted(ids, { dispatch, queryFulfilled }) {
        const moved = dispatch(
          adminProfessionsApi.util.updateQueryData('listAdminProfessions', undefined, (draft) => {
            const byId = new Map(draft.map((profession) => [profession.id, profession]));
            const reordered = ids.flatMap((id) => byId.get(id) ?? []);
            if (reordered.length === draft.length) draft.splice(0, draft.length, ...reordered);
          }),
        );
        try {
          await queryFulfilled;
        } catch {
          moved.undo();
        }
      },
      invalidatesTags: (_result, error) => (error ? ['AdminProfessions'] : [...AFTER_CHANGE]),
    }),
  }),
});

export const {
  useListAdminProfessionsQuery,
  useCreateProfessionMutation,
  useUpdateProfessionMutation,
  useReorderProfessionsMutation,
} = adminProfessionsApi;
