import styled from 'styled-components';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import type { Dashboard } from '../api/dashboard-api.ts';
import { useDashboardFormat } from '../dashboard-format.ts';

/** The table keeps its columns on a phone and scrolls sideways inside its frame, not the page. */
const Scroller = styled.div`
  overflow-x: auto;
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};

  &:focus-visible {
    outline: 3px solid ${({ theme }) => theme.colors.focus};
    outline-offset: 2px;
  }
`;

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-variant-numeric: tabular-nums;

  th,
  td {
    padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
    border-bottom: 1px solid ${({ theme }) => theme.colors.border};
    text-align: right;
    white-space: nowrap;
  }

  th:first-child {
    position: sticky;
    left: 0;
    background: ${({ theme }) => theme.colors.surface};
    text-align: left;
    white-space: normal;
    min-width: 8em;
  }

  thead th {
    color: ${({ theme }) => theme.colors.textMuted};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
    vertical-align: bottom;
  }

  tbody tr:last-child > * {
    border-bottom: 0;
  }
`;

const Archived = styled.span`
  display: block;
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.regular};
`;

const COLUMNS = [
  'published',
  'bookedOfPublished',
  'completed',
  'noShows',
  'cancelled',
  'bookingRate',
  'noShowRate',
] as const;

/** The range's figures profession by profession, in the admins' order. */
export function ProfessionTable({ rows, caption }: { rows: Dashboard['perProfession']; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { number, percent } = useDashboardFormat();
  return (
    // A frame that scrolls must be reachable by keyboard to be scrolled: a named region in the tab order.
    <Scroller tabIndex={0} role="region" aria-label={caption}>
      <Table data-testid="profession-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.dashboard.columns.profession')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`admin.dashboard.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.profession.id}>
              <th scope="row">
                {row.profession.name[language]}
                {row.profession.archived && <Archived>{t('admin.dashboard.archived')}</Archived>}
              </th>
              {COLUMNS.map((column) => (
                <td key={column}>
                  {column === 'bookingRate' || column === 'noShowRate'
                    ? percent(row[column])
                    : number(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Scroller>
  );
}
