import type { TProfession, TProfessionList } from '#contract/professions.ts';
import { api } from '../../../lib/api.ts';
import { followLive, readBeforeLive } from '../../../lib/live.ts';

export const professionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getProfessions: build.query<TProfession[], void>({
      query: () => '/professions',
      transformResponse: (response: TProfessionList) =>
        response.items.toSorted((a, b) => a.position - b.position),
      providesTags: ['Professions'],
      /**
       * Admins add, rename, reorder, archive and restore professions while the exchange's filters and the
       * publish form are open: the list is read again on `profession.changed`, and after a reconnect if it
       * was read before the stream could vouch for it. The exchange's cards name professions too, so a change
       * reads the loaded exchange again as well (its stream has already counted the event's version).
       */
      async onCacheEntryAdded(_arg, { cacheEntryRemoved, getCacheEntry, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          if (message.type === 'refresh') {
            if (readBeforeLive(getCacheEntry())) dispatch(api.util.invalidateTags(['Professions']));
          } else if (message.event.name === 'profession.changed') {
            dispatch(api.util.invalidateTags(['Professions', 'Slots']));
          }
        });
      },
    }),
  }),
});

export const { useGetProfessionsQuery } = professionsApi;
