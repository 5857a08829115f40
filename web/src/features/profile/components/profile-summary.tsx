import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { paths } from '../../../config/paths.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';

const Identity = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};
  margin-top: ${({ theme }) => theme.space.md};
  min-width: 0;
`;

const Avatar = styled.span`
  flex: none;
  display: grid;
  place-items: center;
  width: 56px;
  height: 56px;
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-size: ${({ theme }) => theme.fontSizes.xl};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
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

const Details = styled.dl`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  margin: ${({ theme }) => theme.space.lg} 0;

  ${({ theme }) => theme.media.sm} {
    gap: ${({ theme }) => theme.space.sm};
  }
`;

const Row = styled.div`
  display: grid;
  gap: 2px;

  ${({ theme }) => theme.media.sm} {
    grid-template-columns: 150px 1fr;
    gap: ${({ theme }) => theme.space.md};
    align-items: baseline;
  }

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
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
        <Avatar aria-hidden>{me.displayName.trim().charAt(0).toUpperCase() || '?'}</Avatar>
        <div>
          <Name>{me.displayName}</Name>
          <Login>@{me.login}</Login>
        </div>
      </Identity>
      <Details>
        {rows.map((row) => (
          <Row key={row.label}>
            <dt>{row.label}</dt>
            <dd data-testid={row.testId}>{row.value}</dd>
          </Row>
        ))}
      </Details>
      <Actions>
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
