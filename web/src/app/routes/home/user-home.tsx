import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Page } from '../../../components/ui/page.tsx';
import { paths } from '../../../config/paths.ts';
import { ProfessionTags } from '../../../features/professions/components/profession-tags.tsx';
import { ProfileSummary } from '../../../features/profile/components/profile-summary.tsx';
import { WelcomeCard } from '../../../features/profile/components/welcome-card.tsx';
import type { Me } from '../../../lib/api.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { HowItWorks } from './how-it-works.tsx';

const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
  }
`;

const Nudge = styled.p`
  padding: ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.colors.warning};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.warningSoft};
  color: ${({ theme }) => theme.colors.warning};
`;

export function UserHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('userHome.title'));
  const incomplete = me.professionIds.length === 0 || !me.contacts;
  return (
    <Page>
      <WelcomeCard me={me} />
      {incomplete && (
        <Nudge>
          {t('userHome.completeProfile')}{' '}
          <Link to={paths.settings.getHref('profile')}>{t('userHome.editProfile')}</Link>
        </Nudge>
      )}
      <Columns>
        <ProfileSummary
          me={me}
          professions={<ProfessionTags ids={me.professionIds} empty={t('userHome.noProfessions')} />}
        />
        <HowItWorks />
      </Columns>
    </Page>
  );
}
