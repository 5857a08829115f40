import { useParams } from 'react-router-dom';
import { ButtonLink } from '../../components/ui/button.tsx';
import { NotLoaded } from '../../components/ui/not-loaded.tsx';
import { Page } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetProfileQuery } from '../../features/users/api/users-api.ts';
import { PublicProfile } from '../../features/users/components/public-profile.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useViewer } from '../../lib/viewer.ts';
import '../../lib/words/home.ts';

/** A member's public profile, /u/<login>: open to everyone, guests included. */
export function ProfileRoute() {
  const { t } = useTranslation();
  const { login = '' } = useParams();
  const { me } = useViewer();
  const { data: profile, error, isLoading, refetch } = useGetProfileQuery(login);
  useDocumentTitle(profile ? profile.displayName : t('profile.title'));

  if (isLoading) return <PageLoader />;
  if (!profile) {
    return (
      <NotLoaded
        error={error}
        missing={{ title: t('profile.notFoundTitle'), text: t('profile.notFoundText') }}
        failed={t('profile.loadFailed')}
        onRetry={() => void refetch()}
      />
    );
  }
  const own = me?.login.toLowerCase() === profile.login.toLowerCase();
  return (
    <Page>
      <PublicProfile
        profile={profile}
        actions={
          own && (
            <>
              <ButtonLink to={paths.myFeedback.getHref()} $variant="secondary" $size="sm">
                {t('profile.myFeedback')}
              </ButtonLink>
              <ButtonLink to={paths.settings.getHref('profile')} $variant="secondary" $size="sm">
                {t('userHome.editProfile')}
              </ButtonLink>
            </>
          )
        }
      />
    </Page>
  );
}
