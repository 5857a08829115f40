import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths, readReturnTo } from '../../config/paths.ts';
import { useViewer } from '../../lib/viewer.ts';
import { AdminOnly } from './admin-only.tsx';

/** Members-only pages: a guest goes to the login page, which brings them back here afterwards. */
export function RequireUser() {
  const { me, isLoading } = useViewer();
  const { pathname, search, hash } = useLocation();
  if (isLoading) return <PageLoader />;
  if (!me) return <Navigate to={paths.login.getHref(`${pathname}${search}${hash}`)} replace />;
  return <Outlet />;
}

/**
 * Admin pages: a guest signs in first; a member who is not an admin sees that the page is not theirs (the
 * admin routes of the API refuse them anyway, and the pages' code is never fetched for them).
 */
export function RequireAdmin() {
  const { me, isLoading } = useViewer();
  const { pathname, search, hash } = useLocation();
  if (isLoading) return <PageLoader />;
  if (!me) return <Navigate to={paths.login.getHref(`${pathname}${search}${hash}`)} replace />;
  if (me.role !== 'admin') return <AdminOnly />;
  return <Outlet />;
}

/** Login and registration: once signed in (or on arrival when already signed in), go where the user meant to. */
export function GuestOnly() {
  const { me, isLoading } = useViewer();
  const [search] = useSearchParams();
  if (isLoading) return <PageLoader />;
  if (me) return <Navigate to={readReturnTo(search) ?? paths.home.getHref()} replace />;
  return <Outlet />;
}
