import type { TypedMutationOnQueryStarted } from '@reduxjs/toolkit/query/react';
import type { z } from 'zod';
import type { TFeedbackState, ZAssessmentBody, ZReviewBody } from '#contract/feedback.ts';
import type { TMyFeedback } from '#contract/profiles.ts';
import { api } from '../../../lib/api.ts';
import type { ApiBaseQuery } from '../../../lib/api-base-query.ts';
import { followLive, followSlot, readBeforeLive } from '../../../lib/live.ts';

export type FeedbackState = TFeedbackState;
export type MyFeedback = TMyFeedback;
export type ReviewInput = z.input<typeof ZReviewBody>;
export type AssessmentInput = z.input<typeof ZAssessmentBody>;

/** A first submission creates the feedback (POST), later ones change it (PUT). */
type Write<Body> = { slotId: string; body: Body; edit: boolean };

/**
 * What a feedback changes beyond the interview's own state: its slot and "my interviews" (the status), the
 * owner's feedback page and, once revealed, the interviewer's profile, reviews and exchange rating.
 */
const AFTER_FEEDBACK = ['Interviews', 'MyFeedback', 'Profile', 'Reviews', 'Slots'] as const;

const feedbackQueries = api.injectEndpoints({
  endpoints: (build) => ({
    /** One interview's feedback as the viewer sees it; read again whenever an event names the interview. */
    getFeedback: build.query<FeedbackState, string>({
      query: (slotId) => `/slots/${encodeURIComponent(slotId)}/feedback`,
      providesTags: (_result, _error, slotId) => [{ type: 'Feedback', id: slotId }],
      onCacheEntryAdded: (slotId, lifecycle) => followSlot(slotId, 'Feedback', lifecycle),
    }),
    /** The owner's feedback, received and given; a reveal brings new feedback in. */
    getMyFeedback: build.query<MyFeedback, void>({
      query: () => '/me/feedback',
      providesTags: ['MyFeedback'],
      async onCacheEntryAdded(_arg, { cacheEntryRemoved, getCacheEntry, dispatch }) {
        await followLive(cacheEntryRemoved, (message) => {
          const stale =
            message.type === 'refresh'
              ? readBeforeLive(getCacheEntry())
              : message.event.personal && message.event.name === 'feedback.revealed';
          if (stale) dispatch(api.util.invalidateTags(['MyFeedback']));
        });
      },
    }),
  }),
});

/** A feedback's request: to the interview's review or assessment, created once and edited after. */
const writeTo =
  (path: 'review' | 'assessment') =>
  <Body>({ slotId, body, edit }: Write<Body>) => ({
    url: `/slots/${encodeURIComponent(slotId)}/${path}`,
    method: edit ? 'PUT' : 'POST',
    body,
  });

/** The answer is the interview's new feedback state: the page shows it at once. */
function rememberFeedback<Body>(): TypedMutationOnQueryStarted<FeedbackState, Write<Body>, ApiBaseQuery> {
  return async ({ slotId }, { dispatch, queryFulfilled }) => {
    try {
      const { data } = await queryFulfilled;
      dispatch(feedbackQueries.util.upsertQueryData('getFeedback', slotId, data));
    } catch {
      // The form shows the error from the mutation's own state; what the page shows may be out of date (the
      // feedback was given in another tab, the window closed), so it is read again.
      dispatch(api.util.invalidateTags([{ type: 'Feedback', id: slotId }]));
    }
  };
}

const afterFeedback = (_result: unknown, error: unknown, { slotId }: { slotId: string }) =>
  error ? [] : [{ type: 'Slot' as const, id: slotId }, ...AFTER_FEEDBACK];

export const feedbackApi = feedbackQueries.injectEndpoints({
  endpoints: (build) => ({
    writeReview: build.mutation<FeedbackState, Write<ReviewInput>>({
      query: writeTo('review'),
      onQueryStarted: rememberFeedback(),
      invalidatesTags: afterFeedback,
    }),
    writeAssessment: build.mutation<FeedbackState, Write<AssessmentInput>>({
      query: writeTo('assessment'),
      onQueryStarted: rememberFeedback(),
      invalidatesTags: afterFeedback,
    }),
  }),
});

export const {
  useGetFeedbackQuery,
  useGetMyFeedbackQuery,
  useWriteReviewMutation,
  useWriteAssessmentMutation,
} = feedbackApi;
