import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Card, CardTitle } from '../../../../components/ui/card.tsx';
import { Fact, Facts } from '../../../../components/ui/facts.tsx';
import { paths } from '../../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { timeZoneLabel } from '../../../../lib/time.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import type { AdminUserCard } from '../api/admin-users-api.ts';
import { UserBadges } from './user-badges.tsx';

const Body = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  margin-top: ${({ theme }) => theme.space.md};
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Text = styled.span`
  white-space: pre-wrap;
`;

const Figures = styled.dl`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: ${({ theme }) => theme.space.md};
  margin: 0;
`;

const Figure = styled.div`
  display: grid;
  gap: 2px;
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    font-size: ${({ theme }) => theme.fontSizes.xl};
    font-weight: ${({ theme }) => theme.fontWeights.bold};
  }
`;

const Detail = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** A second description of a figure (a <dd> of its own: a list of terms holds nothing else). */
const FigureDetail = styled(Detail).attrs({ as: 'dd' })``;

const Warning = styled.p`
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-left: 4px solid ${({ theme }) => theme.colors.warning};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.warningSoft};
`;

/** The balance and the strikes, with the hint to consider a block after three in 90 days. */
export function UserFigures({ card }: { card: AdminUserCard }) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby="user-figures">
      <CardTitle id="user-figures">{t('admin.users.figures.title')}</CardTitle>
      <Body>
        <Figures>
          <Figure>
            <dt>{t('admin.users.figures.balance')}</dt>
            <dd data-testid="admin-user-balance">{t('common.points', { count: card.balance })}</dd>
          </Figure>
          <Figure>
            <dt>{t('admin.users.figures.strikes')}</dt>
            <dd>{card.strikes.total}</dd>
            <FigureDetail>
              {t('admin.users.figures.strikesRecent', { count: card.strikes.recent })}
            </FigureDetail>
          </Figure>
        </Figures>
        {card.strikes.suggestBlock && <Warning>{t('admin.users.figures.suggestBlock')}</Warning>}
      </Body>
    </Card>
  );
}

/** Who the person is: everything of their profile, private parts included, and their role and status. */
export function UserProfile({ card }: { card: AdminUserCard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { profile } = card;
  const none = <Muted>{t('admin.users.card.none')}</Muted>;
  return (
    <Card aria-labelledby="user-profile">
      <CardTitle id="user-profile">{t('admin.users.card.profile')}</CardTitle>
      <Body>
        <Facts>
          <Fact label={t('admin.users.card.login')}>
            @{profile.login}{' '}
            {profile.status === 'active' && (
              <Link to={paths.profile.getHref(profile.login)}>{t('admin.users.card.publicProfile')}</Link>
            )}
          </Fact>
          <Fact label={t('admin.users.card.displayName')}>{profile.displayName}</Fact>
          <Fact label={t('admin.users.card.status')}>
            <UserBadges user={profile} />
          </Fact>
          {profile.blockedAt && (
            <Fact label={t('admin.users.card.blockedReason')}>
              <Text>{profile.blockedReason}</Text>
              <Detail>
                {t('admin.users.card.blocked', { time: format(profile.blockedAt, 'dateTime') })}
              </Detail>
            </Fact>
          )}
          <Fact label={t('admin.users.card.createdAt')}>{format(profile.createdAt, 'date')}</Fact>
          <Fact label={t('admin.users.card.level')}>
            {profile.level ? t(`levels.${profile.level}`) : none}
          </Fact>
          <Fact label={t('admin.users.card.professions')}>
            {profile.professions.length
              ? profile.professions.map((profession) => profession.name[language]).join(', ')
              : none}
          </Fact>
          <Fact label={t('admin.users.card.timeZone')}>{timeZoneLabel(profile.timeZone, language)}</Fact>
          <Fact label={t('admin.users.card.contacts')}>
            {profile.contacts ? <Text>{profile.contacts}</Text> : none}
          </Fact>
          <Fact label={t('admin.users.card.bio')}>{profile.bio ? <Text>{profile.bio}</Text> : none}</Fact>
        </Facts>
      </Body>
    </Card>
  );
}
