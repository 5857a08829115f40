import { Link, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { ButtonLink } from '../../components/ui/button.tsx';
import { Card, CardActions } from '../../components/ui/card.tsx';
import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { useGetUserQuery } from '../../features/admin/users/api/admin-users-api.ts';
import { UserActions } from '../../features/admin/users/components/user-actions.tsx';
import { UserHistory } from '../../features/admin/users/components/user-history.tsx';
import { UserFigures, UserProfile } from '../../features/admin/users/components/user-profile.tsx';
import { useGetMeQuery } from '../../lib/api.ts';
import { useTranslation } from '../../lib/i18n.ts';

const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
`;

const Stack = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  min-width: 0;
`;

const History = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    align-items: start;
  }
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One person as an admin sees them: the profile, the figures, the actions, and their history. */
export function AdminUserRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const { data: me } = useGetMeQuery();
  const { data: card, error, isLoading, refetch } = useGetUserQuery(id, { skip: !valid });
  const missing = !valid || (error && 'status' in error && error.status === 404);

  if (missing) {
    return (
      <AdminPage title={t('admin.users.card.missingTitle')}>
        <Card>
          <PageTitle as="h2">{t('admin.users.card.missingTitle')}</PageTitle>
          <PageLead>{t('admin.users.card.missingText')}</PageLead>
          <CardActions>
            <ButtonLink to={paths.adminUsers.getHref()}>{t('admin.users.card.toSearch')}</ButtonLink>
          </CardActions>
        </Card>
      </AdminPage>
    );
  }
  if (isLoading) return <PageLoader />;
  if (!card) {
    return (
      <AdminPage title={t('admin.users.title')}>
        <LoadFailed message={t('admin.users.card.failed')} onRetry={() => void refetch()} />
      </AdminPage>
    );
  }
  return (
    <AdminPage
      title={card.profile.displayName}
      lead={
        <>
          @{card.profile.login} · <Link to={paths.adminUsers.getHref()}>{t('admin.users.card.back')}</Link>
        </>
      }
    >
      <Columns>
        <UserProfile card={card} />
        <Stack>
          <UserFigures card={card} />
          <UserActions card={card} viewerId={me?.id} />
        </Stack>
      </Columns>
      <History>
        <UserHistory card={card} />
      </History>
    </AdminPage>
  );
}
