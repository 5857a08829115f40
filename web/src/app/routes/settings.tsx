import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Card, CardLead, CardTitle } from '../../components/ui/card.tsx';
import { Page, PageTitle } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { ProfessionPicker } from '../../features/professions/components/profession-picker.tsx';
import { ChangePasswordForm } from '../../features/profile/components/change-password-form.tsx';
import { ProfileForm } from '../../features/profile/components/profile-form.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useViewer } from '../../lib/viewer.ts';
import '../../lib/words/account.ts';
import '../../lib/words/home.ts';

const Section = styled(Card)`
  scroll-margin-top: 96px;
`;

const SeeAlso = styled.p`
  margin-top: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.textMuted};
`;

const SectionHeading = styled.div`
  margin-bottom: ${({ theme }) => theme.space.lg};
`;

export function SettingsRoute() {
  const { t } = useTranslation();
  const { me } = useViewer();
  useDocumentTitle(t('settings.title'));
  if (!me) return null;
  return (
    <Page $width="form">
      <div>
        <PageTitle>{t('settings.title')}</PageTitle>
        <SeeAlso>
          {t('settings.seeAlso')}{' '}
          <Link to={paths.profile.getHref(me.login)}>{t('userHome.publicProfile')}</Link> ·{' '}
          <Link to={paths.myFeedback.getHref()}>{t('userHome.myFeedback')}</Link>
        </SeeAlso>
      </div>
      <Section id="profile" aria-labelledby="profile-title">
        <SectionHeading>
          <CardTitle id="profile-title">{t('settings.profileTitle')}</CardTitle>
          <CardLead>{t('settings.profileLead')}</CardLead>
        </SectionHeading>
        <ProfileForm key={me.id} me={me} professionsField={(field) => <ProfessionPicker {...field} />} />
      </Section>
      <Section id="password" aria-labelledby="password-title">
        <SectionHeading>
          <CardTitle id="password-title">{t('settings.passwordTitle')}</CardTitle>
          <CardLead>{t('settings.passwordLead')}</CardLead>
        </SectionHeading>
        <ChangePasswordForm login={me.login} />
      </Section>
    </Page>
  );
}
