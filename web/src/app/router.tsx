import { type ComponentType, lazy } from 'react';
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  unstable_HistoryRouter as HistoryRouter,
  Route,
  Routes,
} from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { GuestOnly, RequireAdmin, RequireUser } from './routes/guards.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';

/**
 * The tab's history, shared with the store: a viewer whose session expired is sent to the login page from
 * outside React (store.ts). React Router's declarative router, not its data router: the app loads no data
 * through routes (RTK Query does), and the data router's code is 17 KB gzip more on every first load
 * (decision 013).
 */
export const history = createBrowserHistory({ v5Compat: true });

/** A page whose code loads when it is first shown. */
const lazyPage = (load: () => Promise<ComponentType>) =>
  lazy(() => load().then((Component) => ({ default: Component })));

/**
 * Each page's code loads when it is first opened, so a page carries only its own code: the login page none of
 * the exchange, its live connection or the forms. The page named `publishSlot` in `paths` is the module
 * routes/publish-slot.tsx: the build lists each page's code by that name (web/build/page-manifest.ts), and
 * the server preloads it with the shell of the page's address, so arriving on a page costs no extra trip.
 */
const pages = {
  home: lazyPage(() => import('./routes/home.tsx').then((module) => module.HomeRoute)),
  login: lazyPage(() => import('./routes/login.tsx').then((module) => module.LoginRoute)),
  register: lazyPage(() => import('./routes/register.tsx').then((module) => module.RegisterRoute)),
  exchange: lazyPage(() => import('./routes/exchange.tsx').then((module) => module.ExchangeRoute)),
  publishSlot: lazyPage(() => import('./routes/publish-slot.tsx').then((module) => module.PublishSlotRoute)),
  slot: lazyPage(() => import('./routes/slot.tsx').then((module) => module.SlotRoute)),
  editSlot: lazyPage(() => import('./routes/edit-slot.tsx').then((module) => module.EditSlotRoute)),
  interviews: lazyPage(() => import('./routes/interviews.tsx').then((module) => module.InterviewsRoute)),
  points: lazyPage(() => import('./routes/points.tsx').then((module) => module.PointsRoute)),
  myFeedback: lazyPage(() => import('./routes/my-feedback.tsx').then((module) => module.MyFeedbackRoute)),
  profile: lazyPage(() => import('./routes/profile.tsx').then((module) => module.ProfileRoute)),
  settings: lazyPage(() => import('./routes/settings.tsx').then((module) => module.SettingsRoute)),
  adminDashboard: lazyPage(() =>
    import('./routes/admin-dashboard.tsx').then((module) => module.AdminDashboardRoute),
  ),
  adminModeration: lazyPage(() =>
    import('./routes/admin-moderation.tsx').then((module) => module.AdminModerationRoute),
  ),
  adminUsers: lazyPage(() => import('./routes/admin-users.tsx').then((module) => module.AdminUsersRoute)),
  adminUser: lazyPage(() => import('./routes/admin-user.tsx').then((module) => module.AdminUserRoute)),
  adminInterviews: lazyPage(() =>
    import('./routes/admin-interviews.tsx').then((module) => module.AdminInterviewsRoute),
  ),
  adminInterview: lazyPage(() =>
    import('./routes/admin-interview.tsx').then((module) => module.AdminInterviewRoute),
  ),
  adminProfessions: lazyPage(() =>
    import('./routes/admin-professions.tsx').then((module) => module.AdminProfessionsRoute),
  ),
  adminAudit: lazyPage(() => import('./routes/admin-audit.tsx').then((module) => module.AdminAuditRoute)),
} satisfies Record<keyof typeof paths, ComponentType>;

function page(name: keyof typeof pages) {
  const Page = pages[name];
  return <Route key={name} path={paths[name].path} element={<Page />} />;
}

/**
 * The pages under the app's layout, which shows a loader in a page's place while its code arrives and an
 * error page in its place when it fails, so the header, and the way out, stay in sight.
 */
export function AppRouter() {
  return (
    // Without transitions, as the data router did with `flushSync`: a filter bound to the address (the
    // exchange's, the admin's searches) is applied at once, so a change right after starts from it.
    <HistoryRouter history={history} useTransitions={false}>
      <Routes>
        <Route element={<AppLayout />}>
          {page('home')}
          {page('exchange')}
          {page('slot')}
          {page('profile')}
          <Route element={<GuestOnly />}>
            {page('login')}
            {page('register')}
          </Route>
          <Route element={<RequireUser />}>
            {page('settings')}
            {page('publishSlot')}
            {page('editSlot')}
            {page('interviews')}
            {page('points')}
            {page('myFeedback')}
          </Route>
          {/* Admin pages: their code is fetched only once the viewer is known to be an admin. */}
          <Route element={<RequireAdmin />}>
            {page('adminDashboard')}
            {page('adminModeration')}
            {page('adminUsers')}
            {page('adminUser')}
            {page('adminInterviews')}
            {page('adminInterview')}
            {page('adminProfessions')}
            {page('adminAudit')}
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </HistoryRouter>
  );
}
