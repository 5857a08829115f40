import type { TNoShowReportBody } from '#contract/attendance.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import { api } from '../../../lib/api.ts';

export type NoShowReportInput = { slotId: string; body: TNoShowReportBody };

/**
 * A check-in or a report changes what the slot page shows (both check-ins, the report) and what "my
 * interviews" hold: both are read again. The other participant's page follows the live event that names the
 * slot (lib/live.ts followSlot).
 */
const afterAttendance = (_result: unknown, error: unknown, slotId: string) =>
  error ? [] : [{ type: 'Slot' as const, id: slotId }, 'Interviews' as const];

export const attendanceApi = api.injectEndpoints({
  endpoints: (build) => ({
    checkIn: build.mutation<TSlotDetails, string>({
      query: (slotId) => ({ url: `/slots/${encodeURIComponent(slotId)}/check-in`, method: 'POST', body: {} }),
      invalidatesTags: afterAttendance,
    }),
    reportNoShow: build.mutation<TSlotDetails, NoShowReportInput>({
      query: ({ slotId, body }) => ({
        url: `/slots/${encodeURIComponent(slotId)}/no-show-report`,
        method: 'POST',
        body,
      }),
      invalidatesTags: (result, error, { slotId }) => afterAttendance(result, error, slotId),
    }),
  }),
});

export const { useCheckInMutation, useReportNoShowMutation } = attendanceApi;
