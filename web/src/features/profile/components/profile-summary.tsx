import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { Fact, Facts } from '../../../components/ui/facts.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import '../../../lib/words/home.ts';

const Identity = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};
  margin-top: ${({ theme }) => theme.space.md};
  min-width: 0;
`;

const Name = styled.p`
  font-size: ${({ theme }) => theme.fontSizes.lg};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  overflow-wrap: anywhere;
`;

const Login = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  overflow-wrap: anywhere;
`;

const Details = styled.div`
  margin: ${({ theme }) => theme.space.lg} 0;
`;

const Clock = styled.span`
  font-variant-numeric: tabular-nums;
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
`;

type ProfileSummaryProps = {
  me: TMe;
  /** The names of the user's professions, rendered by the page. */
  professions: ReactNode;
};

export function ProfileSummary({ me, professions }: ProfileSummaryProps) {
  const { t } = useTranslation();
  const { format, zoneLabel } = useTimeFormat();
  const now = useNow();
  const rows: { label: string; value: ReactNode; testId?: string }[] = [
    { label: t('userHome.timeZone'), value: zoneLabel, testId: 'profile-time-zone' },
    {
      label: t('userHome.localTime'),
      value: <Clock>{format(now, 'time')}</Clock>,
      testId: 'profile-local-time',
    },
    { label: t('userHome.level'), value: t(`levels.${me.level ?? 'none'}`) },
    { label: t('userHome.professions'), value: professions },
    { label: t('userHome.contacts'), value: me.contacts || t('userHome.noContacts') },
    { label: t('userHome.memberSince'), value: format(me.createdAt, 'date') },
  ];
  return (
    <Card aria-labelledby="profile-summary-title">
      <CardTitle id="profile-summary-title">{t('userHome.profileTitle')}</CardTitle>
      <Identity>
        <Avatar name={me.displayName} size={56} />
        <div>
          <Name>{me.displayName}</Name>
          <Login>@{me.login}</Login>
        </div>
      </Identity>
      <Details>
        <Facts>
          {rows.map((row) => (
            <Fact key={row.label} label={row.label} testId={row.testId}>
              {row.value}
            </Fact>
          ))}
        </Facts>
      </Details>
      <Actions>
        <ButtonLink to={paths.profile.getHref(me.login)} $variant="secondary" $size="sm">
          {t('userHome.publicProfile')}
        </ButtonLink>
        <ButtonLink to={paths.myFeedback.getHref()} $variant="secondary" $size="sm">
          {t('userHome.myFeedback')}
        </ButtonLink>
        <ButtonLink to={paths.settings.getHref('profile')} $variant="secondary" $size="sm">
          {t('userHome.editProfile')}
        </ButtonLink>
        <ButtonLink to={paths.settings.getHref('password')} $variant="secondary" $size="sm">
          {t('userHome.changePassword')}
        </ButtonLink>
      </Actions>
    </Card>
  );
}
