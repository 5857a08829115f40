import type {
  TAdminReport,
  TFlaggedPairs,
  TReportPage,
  TResolveReportBody,
} from '#contract/admin-moderation.ts';
import type { ReportStatus } from '#contract/enums.ts';
import { api } from '../../../../lib/api.ts';

export type AdminReport = TAdminReport;
export type FlaggedPairs = TFlaggedPairs;

/**
 * What a resolution changes besides the queue: the interview's and the people's admin pages (strikes,
 * ledger, reports), the audit log and the dashboard's no-show figures.
 */
const AFTER_RESOLUTION = [
  'AdminReports',
  'AdminInterviews',
  'AdminUser',
  'AdminAudit',
  'AdminDashboard',
] as const;

export const moderationApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** One status of the queue, a page at a time, with the pending count. */
    listReports: build.infiniteQuery<TReportPage, ReportStatus, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/admin/reports',
        params: pageParam ? { status: queryArg, cursor: pageParam } : { status: queryArg },
      }),
      providesTags: ['AdminReports'],
    }),
    listFlaggedPairs: build.query<FlaggedPairs, void>({
      query: () => '/admin/pairs',
      providesTags: ['AdminReports'],
    }),
    /**
     * Upholds or rejects a report. A refusal (another admin was first) refreshes nothing by itself: the
     * dialog explains it, and the list is read again when the dialog closes.
     */
    resolveReport: build.mutation<AdminReport, { id: string; body: TResolveReportBody }>({
      query: ({ id, body }) => ({
        url: `/admin/reports/${encodeURIComponent(id)}/resolve`,
        method: 'POST',
        body,
      }),
      invalidatesTags: (_result, error) => (error ? [] : [...AFTER_RESOLUTION]),
    }),
  }),
});

export const { useListReportsInfiniteQuery, useListFlaggedPairsQuery, useResolveReportMutation } =
  moderationApi;
