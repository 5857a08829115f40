import type { z } from 'zod';
import type { TNotificationPage, ZReadNotificationsBody, ZUnread } from '#contract/notifications.ts';
import { api, selectMe } from '../../../lib/api.ts';
import { followLive, readBeforeLive } from '../../../lib/live.ts';
import { noticeOfEvent } from '../notice.ts';
import { toastShown } from '../toasts-slice.ts';

/**
 * The viewer's notifications, newest first, and the personal stream that feeds them: a notice pops up as a
 * toast and the list is read again (the event does not carry the stored notification); `points.changed`
 * moves the balance in the header at once.
 */
const notificationQueries = api.injectEndpoints({
  endpoints: (build) => ({
    listNotifications: build.infiniteQuery<TNotificationPage, void, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextBefore,
      },
      query: ({ pageParam }) => ({
        url: '/me/notifications',
        params: pageParam ? { before: pageParam } : {},
      }),
      // Read for the bell on every page: a lost session signs the viewer out, it does not open the login page.
      extraOptions: { background: true },
      providesTags: ['Notifications'],
      async onCacheEntryAdded(_arg, { cacheEntryRemoved, getCacheEntry, getState, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          if (message.type === 'refresh') {
            if (readBeforeLive(getCacheEntry())) dispatch(api.util.invalidateTags(['Notifications']));
            if (readBeforeLive(selectMe(getState()))) dispatch(api.util.invalidateTags(['Me']));
            return;
          }
          const { event } = message;
          if (event.name === 'points.changed' && event.personal) {
            const { balance } = event.payload;
            dispatch(
              api.util.updateQueryData('getMe', undefined, (me) => {
                if (me) me.balance = balance;
              }),
            );
            return;
          }
          const notice = noticeOfEvent(event);
          if (!notice) return;
          dispatch(toastShown(notice));
          dispatch(api.util.invalidateTags(['Notifications']));
        });
      },
    }),
  }),
});

export const notificationsApi = notificationQueries.injectEndpoints({
  endpoints: (build) => ({
    /** Marks the given notifications read, or all of them; the bell and the list change at the click. */
    readNotifications: build.mutation<z.infer<typeof ZUnread>, z.input<typeof ZReadNotificationsBody>>({
      query: (body) => ({ url: '/me/notifications/read', method: 'POST', body }),
      async onQueryStarted({ ids }, { dispatch, queryFulfilled }) {
        const patch = dispatch(
          notificationQueries.util.updateQueryData('listNotifications', undefined, (feed) => {
            let marked = 0;
            for (const item of feed.pages.flatMap((page) => page.items)) {
              if (!item.read && (!ids || ids.includes(item.id))) {
                item.read = true;
                marked += 1;
              }
            }
            const [first] = feed.pages;
            if (first) first.unread = ids ? Math.max(0, first.unread - marked) : 0;
          }),
        );
        try {
          const { data } = await queryFulfilled;
          dispatch(
            notificationQueries.util.updateQueryData('listNotifications', undefined, (feed) => {
              const [first] = feed.pages;
              if (first) first.unread = data.unread;
            }),
          );
        } catch {
          patch.undo();
        }
      },
    }),
  }),
});

export const { useListNotificationsInfiniteQuery, useReadNotificationsMutation } = notificationsApi;
