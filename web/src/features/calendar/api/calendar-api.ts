import type { z } from 'zod';
import type { ZFeedUrl } from '#contract/calendar.ts';
import { api } from '../../../lib/api.ts';

/** A private feed URL; only its hash is stored, so this answer is the one chance to see it. */
export type CalendarFeed = z.infer<typeof ZFeedUrl>;

export const calendarApi = api.injectEndpoints({
  endpoints: (build) => ({
    rotateCalendarFeed: build.mutation<CalendarFeed, void>({
      query: () => ({ url: '/me/calendar-feed', method: 'POST', body: {} }),
    }),
  }),
});

export const { useRotateCalendarFeedMutation } = calendarApi;
