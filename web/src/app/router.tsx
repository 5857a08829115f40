import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { PageLoader } from '../components/ui/page-loader.tsx';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { GuestOnly, RequireAdmin, RequireUser } from './routes/guards.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';

/**
 * Each page's code loads when it is first opened, so a page carries only its own code: the login page none of
 * the exchange, its live connection or the forms. The page named `publishSlot` in `paths` is the module
 * routes/publish-slot.tsx: the build lists each page's code by that name (web/build/page-manifest.ts), and
 * the server preloads it with the shell of the page's address, so arriving on a page costs no extra trip.
 */
const pages = {
  home: () => import('./routes/home.tsx').then((module) => module.HomeRoute),
  login: () => import('./routes/login.tsx').then((module) => module.LoginRoute),
  register: () => import('./routes/register.tsx').then((module) => module.RegisterRoute),
  exchange: () => import('./routes/exchange.tsx').then((module) => module.ExchangeRoute),
  publishSlot: () => import('./routes/publish-slot.tsx').then((module) => module.PublishSlotRoute),
  slot: () => import('./routes/slot.tsx').then((module) => module.SlotRoute),
  editSlot: () => import('./routes/edit-slot.tsx').then((module) => module.EditSlotRoute),
  interviews: () => import('./routes/interviews.tsx').then((module) => module.InterviewsRoute),
  points: () => import('./routes/points.tsx').then((module) => module.PointsRoute),
  myFeedback: () => import('./routes/my-feedback.tsx').then((module) => module.MyFeedbackRoute),
  profile: () => import('./routes/profile.tsx').then((module) => module.ProfileRoute),
  settings: () => import('./routes/settings.tsx').then((module) => module.SettingsRoute),
  adminDashboard: () => import('./routes/admin-dashboard.tsx').then((module) => module.AdminDashboardRoute),
  adminModeration: () =>
    import('./routes/admin-moderation.tsx').then((module) => module.AdminModerationRoute),
  adminUsers: () => import('./routes/admin-users.tsx').then((module) => module.AdminUsersRoute),
  adminUser: () => import('./routes/admin-user.tsx').then((module) => module.AdminUserRoute),
  adminInterviews: () =>
    import('./routes/admin-interviews.tsx').then((module) => module.AdminInterviewsRoute),
  adminInterview: () => import('./routes/admin-interview.tsx').then((module) => module.AdminInterviewRoute),
  adminProfessions: () =>
    import('./routes/admin-professions.tsx').then((module) => module.AdminProfessionsRoute),
  adminAudit: () => import('./routes/admin-audit.tsx').then((module) => module.AdminAuditRoute),
} satisfies Record<keyof typeof paths, () => Promise<ComponentType>>;

const page = (name: keyof typeof pages) => ({
  path: paths[name].path,
  lazy: async () => ({ Component: await pages[name]() }),
});

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    children: [
      {
        // A page that fails to render keeps the header, so the way out stays in sight.
        errorElement: <ErrorPage />,
        // Shown in the page's place, under the header, while the code of the page opened first arrives.
        hydrateFallbackElement: <PageLoader />,
        children: [
          page('home'),
          page('exchange'),
          page('slot'),
          page('profile'),
          { element: <GuestOnly />, children: [page('login'), page('register')] },
          {
            element: <RequireUser />,
            children: [
              page('settings'),
              page('publishSlot'),
              page('editSlot'),
              page('interviews'),
              page('points'),
              page('myFeedback'),
            ],
          },
          {
            // Admin pages: their code is fetched only once the viewer is known to be an admin.
            element: <RequireAdmin />,
            children: [
              page('adminDashboard'),
              page('adminModeration'),
              page('adminUsers'),
              page('adminUser'),
              page('adminInterviews'),
              page('adminInterview'),
              page('adminProfessions'),
              page('adminAudit'),
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
