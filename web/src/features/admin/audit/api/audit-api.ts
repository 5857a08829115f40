import type { AuditAction } from '#contract/admin.ts';
import type { TAuditEntry, TAuditPage } from '#contract/admin-audit.ts';
import { api } from '../../../../lib/api.ts';

export type AuditEntry = TAuditEntry;

/** The log's filters as the API takes them: only those given. */
export type AuditQuery = {
  actor?: string;
  action?: AuditAction;
  target?: string;
  from?: string;
  to?: string;
};

export const auditApi = api.injectEndpoints({
  endpoints: (build) => ({
    listAudit: build.infiniteQuery<TAuditPage, AuditQuery, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/admin/audit',
        params: pageParam ? { ...queryArg, cursor: pageParam } : queryArg,
      }),
      providesTags: ['AdminAudit'],
    }),
  }),
});

export const { useListAuditInfiniteQuery } = auditApi;
