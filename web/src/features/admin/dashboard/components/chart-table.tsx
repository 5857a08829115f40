import { ChartDataTable } from '../../../../components/ui/chart.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';

export type ChartTableRow = { key: string; label: string; values: string[] };

type ChartTableProps = {
  caption: string;
  /** The first column's heading: what a row is (a day, a week). */
  rowHeading: string;
  columns: string[];
  rows: ChartTableRow[];
  /** The totals' row, if the numbers add up. */
  total?: string[];
};

/**
 * A chart's numbers as a table, behind a disclosure under it: screen reader users get every number, and
 * anyone can read the exact ones.
 */
export function ChartTable({ caption, rowHeading, columns, rows, total }: ChartTableProps) {
  const { t } = useTranslation();
  return (
    <ChartDataTable $numeric>
      <details>
        <summary>{t('admin.dashboard.table')}</summary>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={columns[index]}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
          {total && (
            <tfoot>
              <tr>
                <th scope="row">{t('admin.dashboard.total')}</th>
                {total.map((value, index) => (
                  <td key={columns[index]}>{value}</td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </details>
    </ChartDataTable>
  );
}
