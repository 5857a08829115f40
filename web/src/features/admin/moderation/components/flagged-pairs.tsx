import { useId } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { TFlaggedPair } from '#contract/admin-moderation.ts';
import { PAIR_FLAG } from '#contract/rules.ts';
import { Badge, BadgeList } from '../../../../components/ui/badge.tsx';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { LoadFailed } from '../../../../components/ui/list-controls.tsx';
import { StackList } from '../../../../components/ui/lists.tsx';
import { PageLoader } from '../../../../components/ui/page-loader.tsx';
import { paths } from '../../../../config/paths.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { useListFlaggedPairsQuery } from '../api/moderation-api.ts';
import { Section, SectionHeading, SectionLead } from './moderation-styles.ts';

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  min-width: 0;
`;

const Summary = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Members = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 1fr 1fr;
  }
`;

const Member = styled.li`
  min-width: 0;
  overflow-wrap: anywhere;
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

function Pair({ pair }: { pair: TFlaggedPair }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return (
    <Item data-testid="flagged-pair">
      <Summary>
        {t('admin.moderation.pairs.interviews', { count: pair.interviews })}
        <BadgeList>
          {pair.bothWays && <Badge $tone="warning">{t('admin.moderation.pairs.bothWays')}</Badge>}
        </BadgeList>
        <Muted>{t('admin.moderation.pairs.last', { time: format(pair.lastAt, 'dateTime') })}</Muted>
      </Summary>
      <Members>
        {pair.people.map((person) => (
          <Member key={person.id}>
            <Link to={paths.adminUser.getHref(person.id)}>{person.displayName}</Link>{' '}
            <Muted>
              @{person.login} ·{' '}
              {t('admin.moderation.pairs.member', { interviewed: person.interviewed, earned: person.earned })}
            </Muted>
          </Member>
        ))}
      </Members>
    </Item>
  );
}

/** Anti-farming for admins: the pairs who interview each other suspiciously often, the busiest first. */
export function FlaggedPairs() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, isLoading, isError, refetch } = useListFlaggedPairsQuery(undefined, {
    refetchOnMountOrArgChange: true,
  });
  return (
    <Section aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{t('admin.moderation.pairs.title')}</SectionHeading>
      <SectionLead>
        {t('admin.moderation.pairs.lead', { n: PAIR_FLAG.interviews, days: PAIR_FLAG.windowDays })}
      </SectionLead>
      {isLoading ? (
        <PageLoader />
      ) : isError || !data ? (
        <LoadFailed message={t('admin.moderation.pairs.failed')} onRetry={() => void refetch()} />
      ) : data.items.length === 0 ? (
        <EmptyState title={t('admin.moderation.pairs.empty')} text={t('admin.moderation.pairs.emptyText')} />
      ) : (
        <StackList>
          {data.items.map((pair) => (
            <Pair key={`${pair.people[0].id}-${pair.people[1].id}`} pair={pair} />
          ))}
        </StackList>
      )}
    </Section>
  );
}
