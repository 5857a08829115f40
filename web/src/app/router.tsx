import { createBrowserRouter } from 'react-router-dom';
import { PageLoader } from '../components/ui/page-loader.tsx';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { EditSlotRoute } from './routes/edit-slot.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { ExchangeRoute } from './routes/exchange.tsx';
import { GuestOnly, RequireUser } from './routes/guards.tsx';
import { HomeRoute } from './routes/home/home.tsx';
import { InterviewsRoute } from './routes/interviews.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PointsRoute } from './routes/points.tsx';
import { PublishSlotRoute } from './routes/publish-slot.tsx';
import { RegisterRoute } from './routes/register.tsx';
import { SettingsRoute } from './routes/settings.tsx';
import { SlotRoute } from './routes/slot.tsx';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    // Shown while the code of a lazily loaded page that was opened directly arrives.
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        // A page that fails to render keeps the header, so the way out stays in sight.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: paths.exchange.path, element: <ExchangeRoute /> },
          { path: paths.slot.path, element: <SlotRoute /> },
          // Profiles and the feedback page load their code when first opened: the app's first load stays small.
          {
            path: paths.profile.path,
            lazy: () => import('./routes/profile.tsx').then((module) => ({ Component: module.ProfileRoute })),
          },
          {
            element: <GuestOnly />,
            children: [
              { path: paths.login.path, element: <LoginRoute /> },
              { path: paths.register.path, element: <RegisterRoute /> },
            ],
          },
          {
            element: <RequireUser />,
            children: [
              { path: paths.settings.path, element: <SettingsRoute /> },
              { path: paths.publishSlot.path, element: <PublishSlotRoute /> },
              { path: paths.editSlot.path, element: <EditSlotRoute /> },
              { path: paths.interviews.path, element: <InterviewsRoute /> },
              { path: paths.points.path, element: <PointsRoute /> },
              {
                path: paths.myFeedback.path,
                lazy: () =>
                  import('./routes/my-feedback.tsx').then((module) => ({
                    Component: module.MyFeedbackRoute,
                  })),
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
