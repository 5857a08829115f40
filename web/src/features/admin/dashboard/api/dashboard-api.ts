import type { TDashboard, TDashboardQuery } from '#contract/admin-dashboard.ts';
import { api } from '../../../../lib/api.ts';

export type Dashboard = TDashboard;

export const dashboardApi = api.injectEndpoints({
  endpoints: (build) => ({
    /**
     * The figures of a range of Moscow days. They are counts of the past, not a live view: read when the page
     * or its filters change, and again after an admin action that moves them (the AdminDashboard tag).
     */
    getDashboard: build.query<Dashboard, TDashboardQuery>({
      query: (params) => ({ url: '/admin/dashboard', params }),
      providesTags: ['AdminDashboard'],
    }),
  }),
});

export const { useGetDashboardQuery } = dashboardApi;
