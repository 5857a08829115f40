import { PageLoader } from '../../components/ui/page-loader.tsx';
import { useViewer } from '../../lib/viewer.ts';
import { GuestHome } from './home/guest-home.tsx';
import { UserHome } from './home/user-home.tsx';

export function HomeRoute() {
  const { me, isLoading } = useViewer();
  if (isLoading) return <PageLoader />;
  return me ? <UserHome me={me} /> : <GuestHome />;
}
