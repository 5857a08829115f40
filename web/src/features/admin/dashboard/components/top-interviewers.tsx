import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { paths } from '../../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { formatRating } from '../../../../lib/rating.ts';
import type { Dashboard } from '../api/dashboard-api.ts';

const List = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
  counter-reset: place;
`;

/** The place, then who; the count beside them where there is room, under the name on a phone. */
const Item = styled.li`
  display: grid;
  grid-template-columns: 2em minmax(0, 1fr);
  column-gap: ${({ theme }) => theme.space.sm};
  align-items: baseline;

  ${({ theme }) => theme.media.sm} {
    grid-template-columns: 2em minmax(0, 1fr) auto;
  }
  padding: ${({ theme }) => theme.space.xs} 0;
  border-bottom: 1px solid ${({ theme }) => theme.colors.border};
  counter-increment: place;

  &::before {
    content: counter(place) '.';
    color: ${({ theme }) => theme.colors.textMuted};
    font-variant-numeric: tabular-nums;
    text-align: right;
  }

  &:last-child {
    border-bottom: 0;
  }
`;

const Who = styled.div`
  display: grid;
  min-width: 0;

  a {
    font-weight: ${({ theme }) => theme.fontWeights.medium};
    overflow-wrap: anywhere;
  }
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Count = styled.span`
  grid-column: 2;
  font-variant-numeric: tabular-nums;
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  white-space: nowrap;

  ${({ theme }) => theme.media.sm} {
    grid-column: auto;
  }
`;

const Empty = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** Who held the most interviews in the range, each leading to their admin card. */
export function TopInterviewers({ people }: { people: Dashboard['topInterviewers'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (people.length === 0) return <Empty>{t('admin.dashboard.topEmpty')}</Empty>;
  return (
    <List data-testid="top-interviewers">
      {people.map((person) => (
        <Item key={person.id}>
          <Who>
            <Link to={paths.adminUser.getHref(person.id)}>{person.displayName}</Link>
            <Muted>
              @{person.login} ·{' '}
              {person.rating.average === null
                ? t('admin.dashboard.noRating')
                : t('admin.dashboard.rating', {
                    count: person.rating.count,
                    average: formatRating(person.rating.average, language),
                  })}
            </Muted>
          </Who>
          <Count>{t('admin.dashboard.interviews', { count: person.interviews })}</Count>
        </Item>
      ))}
    </List>
  );
}
