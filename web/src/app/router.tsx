import { createBrowserRouter } from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { GuestOnly, RequireUser } from './routes/guards.tsx';
import { HomeRoute } from './routes/home/home.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RegisterRoute } from './routes/register.tsx';
import { SettingsRoute } from './routes/settings.tsx';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    children: [
      {
        // A page that fails to render keeps the header, so the way out stays in sight.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            element: <GuestOnly />,
            children: [
              { path: paths.login.path, element: <LoginRoute /> },
              { path: paths.register.path, element: <RegisterRoute /> },
            ],
          },
          {
            element: <RequireUser />,
            children: [{ path: paths.settings.path, element: <SettingsRoute /> }],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
