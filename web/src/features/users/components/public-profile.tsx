import type { ReactNode } from 'react';
import styled from 'styled-components';
import { attendancePercent } from '#contract/profiles.ts';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { TagList } from '../../../components/ui/tag-list.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { Profile } from '../api/users-api.ts';
import { RatingSummary } from './rating-summary.tsx';
import { ReviewList } from './review-list.tsx';

const Hero = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
`;

const Identity = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};
  min-width: 0;
`;

const Who = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  flex: 1 1 200px;
  min-width: 0;
`;

const Name = styled.h1`
  font-size: ${({ theme }) => theme.fontSizes.xxl};
  line-height: ${({ theme }) => theme.lineHeights.tight};
  overflow-wrap: anywhere;
`;

const Login = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.textMuted};
  overflow-wrap: anywhere;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
`;

/** The figures: a row each on phones (label, then the figure), side by side from tablets up. */
const Stats = styled.dl<{ $count: number }>`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;

  ${({ theme }) => theme.media.md} {
    grid-template-columns: repeat(${({ $count }) => $count}, minmax(0, 1fr));
    gap: ${({ theme }) => theme.space.sm};
  }
`;

const Stat = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};
  box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: none;
    align-content: start;
    gap: 2px;
  }

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    font-size: ${({ theme }) => theme.fontSizes.xl};
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    font-variant-numeric: tabular-nums;
  }

  dd + dd {
    grid-column: 1 / -1;
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.regular};
  }
`;

const Since = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Professions = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
`;

const Label = styled.h2`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
  }
`;

type PublicProfileProps = {
  profile: Profile;
  /** For the owner: the way to their own feedback and settings. */
  actions?: ReactNode;
};

/**
 * What anyone may know of a member: who they are, how much they practised on either side, whether they show
 * up, and, as an interviewer, their rating and reviews.
 */
export function PublicProfile({ profile, actions }: PublicProfileProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { attendance } = profile;
  const percent = attendancePercent(attendance);
  const stats: { key: string; label: string; value: ReactNode; hint?: string }[] = [
    { key: 'conducted', label: t('profile.conducted'), value: profile.interviewsConducted },
    { key: 'taken', label: t('profile.taken'), value: profile.interviewsTaken },
    {
      key: 'attendance',
      label: t('profile.attendance'),
      value:
        percent === null
          ? t('profile.attendanceNone')
          : t('profile.attendanceValue', {
              percent,
              attended: attendance.attended,
              booked: attendance.booked,
            }),
    },
    // Strikes show only when there are any: a clean record needs no zero.
    ...(attendance.strikes > 0
      ? [
          {
            key: 'strikes',
            label: t('profile.strikes'),
            value: attendance.strikes,
            hint: t('profile.strikesHint'),
          },
        ]
      : []),
  ];
  return (
    <>
      <Hero aria-labelledby="profile-name">
        <Identity>
          <Avatar name={profile.displayName} size={64} />
          <Who>
            <Name id="profile-name">{profile.displayName}</Name>
            <Login>
              @{profile.login}
              <Badge>{profile.level ? t(`levels.${profile.level}`) : t('profile.noLevel')}</Badge>
            </Login>
            <Since>{t('profile.memberSince', { date: format(profile.memberSince, 'date') })}</Since>
          </Who>
          {actions && <Actions>{actions}</Actions>}
        </Identity>
        <Professions>
          <Label>{t('profile.professions')}</Label>
          <TagList
            items={profile.professions.map((profession) => ({
              key: profession.id,
              label: profession.name[language],
            }))}
            empty={t('profile.noProfessions')}
          />
        </Professions>
        <Stats data-testid="profile-stats" $count={stats.length}>
          {stats.map((stat) => (
            <Stat key={stat.key} data-testid={`profile-${stat.key}`}>
              <dt>{stat.label}</dt>
              <dd>{stat.value}</dd>
              {stat.hint && <dd>{stat.hint}</dd>}
            </Stat>
          ))}
        </Stats>
      </Hero>
      <Columns>
        <RatingSummary rating={profile.rating} />
        <ReviewList login={profile.login} />
      </Columns>
    </>
  );
}
