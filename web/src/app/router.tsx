import { use } from 'react';
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  unstable_HistoryRouter as HistoryRouter,
  matchRoutes,
  type RouteObject,
  useRoutes,
} from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { PageCode } from './page-code.ts';
import { GuestOnly, RequireAdmin, RequireUser } from './routes/guards.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';

/**
 * The tab's history, shared with the store: a viewer whose session expired is sent to the login page from
 * outside React (store.ts). React Router's declarative router, not its data router: the app loads no data
 * through routes (RTK Query does), and the data router's code is 17 KB gzip more on every first load
 * (decision 013).
 */
export const history = createBrowserHistory({ v5Compat: true });

/** Renders a page at once when its code is there, and suspends (its loader shows) while it loads. */
function LazyPage({ code }: { code: PageCode }) {
  const Component = code.loaded ?? use(code.show());
  return <Component />;
}

/**
 * Each page's code loads when it is first opened, so a page carries only its own code: the login page none of
 * the exchange, its live connection or the forms. The page named `publishSlot` in `paths` is the module
 * routes/publish-slot.tsx: the build lists each page's code by that name (web/build/page-manifest.ts), and
 * the server preloads it with the shell of the page's address, so arriving on a page costs no extra trip.
 */
const pages = {
  home: new PageCode(() => import('./routes/home.tsx').then((module) => module.HomeRoute)),
  login: new PageCode(() => import('./routes/login.tsx').then((module) => module.LoginRoute)),
  register: new PageCode(() => import('./routes/register.tsx').then((module) => module.RegisterRoute)),
  exchange: new PageCode(() => import('./routes/exchange.tsx').then((module) => module.ExchangeRoute)),
  publishSlot: new PageCode(() =>
    import('./routes/publish-slot.tsx').then((module) => module.PublishSlotRoute),
  ),
  slot: new PageCode(() => import('./routes/slot.tsx').then((module) => module.SlotRoute)),
  editSlot: new PageCode(() => import('./routes/edit-slot.tsx').then((module) => module.EditSlotRoute)),
  interviews: new PageCode(() => import('./routes/interviews.tsx').then((module) => module.InterviewsRoute)),
  points: new PageCode(() => import('./routes/points.tsx').then((module) => module.PointsRoute)),
  myFeedback: new PageCode(() => import('./routes/my-feedback.tsx').then((module) => module.MyFeedbackRoute)),
  profile: new PageCode(() => import('./routes/profile.tsx').then((module) => module.ProfileRoute)),
  settings: new PageCode(() => import('./routes/settings.tsx').then((module) => module.SettingsRoute)),
  adminDashboard: new PageCode(() =>
    import('./routes/admin-dashboard.tsx').then((module) => module.AdminDashboardRoute),
  ),
  adminModeration: new PageCode(() =>
    import('./routes/admin-moderation.tsx').then((module) => module.AdminModerationRoute),
  ),
  adminUsers: new PageCode(() => import('./routes/admin-users.tsx').then((module) => module.AdminUsersRoute)),
  adminUser: new PageCode(() => import('./routes/admin-user.tsx').then((module) => module.AdminUserRoute)),
  adminInterviews: new PageCode(() =>
    import('./routes/admin-interviews.tsx').then((module) => module.AdminInterviewsRoute),
  ),
  adminInterview: new PageCode(() =>
    import('./routes/admin-interview.tsx').then((module) => module.AdminInterviewRoute),
  ),
  adminProfessions: new PageCode(() =>
    import('./routes/admin-professions.tsx').then((module) => module.AdminProfessionsRoute),
  ),
  adminAudit: new PageCode(() => import('./routes/admin-audit.tsx').then((module) => module.AdminAuditRoute)),
} satisfies Record<keyof typeof paths, PageCode>;

function page(name: keyof typeof pages): RouteObject {
  return { path: paths[name].path, element: <LazyPage code={pages[name]} />, handle: name };
}

/**
 * The pages under the app's layout, which shows a loader in a page's place while its code arrives and an
 * error page in its place when it fails, so the header, and the way out, stay in sight. A table made once:
 * `<Routes>` with `<Route>` children would build it again on every render of the router.
 */
const routes: RouteObject[] = [
  {
    element: <AppLayout />,
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
      // Admin pages: their code is fetched only once the viewer is known to be an admin.
      {
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
];

function isPageName(value: unknown): value is keyof typeof pages {
  return typeof value === 'string' && Object.hasOwn(pages, value);
}

/**
 * Loads the code of the page at `pathname` ahead of its render: before the app's first render (the shell the
 * server sent has already started fetching it), or when a link to it is about to be followed. Settles either
 * way: a page whose code fails to load shows the error page when it is shown. An admin page's code is loaded
 * only for a link to it, which only admins are shown: opening its address, anyone waits for the session
 * check, and only an admin's page then asks for its code (`RequireAdmin`).
 */
export async function preloadPage(pathname: string, { opening }: { opening: boolean }): Promise<void> {
  const name: unknown = matchRoutes(routes, pathname)?.at(-1)?.route.handle;
  if (!isPageName(name) || (opening && 'adminOnly' in paths[name])) return;
  await pages[name].load().catch(() => undefined);
}

/**
 * Starts loading the code of the page a link leads to when the reader shows the intent to follow it (points
 * at it, focuses it, touches it): by the click it has usually arrived, and the page opens without its loader.
 */
let lastLink: HTMLAnchorElement | null = null;

export function preloadLinkTarget(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  // The pointer moving over a link's own icon and text reports it again: its page is asked for once.
  if (!link || link === lastLink) return;
  lastLink = link;
  if (link.origin === window.location.origin) void preloadPage(link.pathname, { opening: false });
}

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    // Without transitions, as the data router did with `flushSync`: a filter bound to the address (the
    // exchange's, the admin's searches) is applied at once, so a change right after starts from it.
    <HistoryRouter history={history} useTransitions={false}>
      <AppRoutes />
    </HistoryRouter>
  );
}
