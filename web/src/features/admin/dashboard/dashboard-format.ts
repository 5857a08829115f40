import { useMemo } from 'react';
import { useLanguage } from '../../../lib/i18n.ts';
import { formatInstant } from '../../../lib/time.ts';

/**
 * How the dashboard writes its figures in the viewer's language: whole numbers with the language's grouping
 * ("1 234", "1,234"), shares as percentages, and days. A day here is a Moscow calendar day (2026-12-01), not
 * a moment: it is written as that date, whatever the viewer's zone.
 */
export function useDashboardFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(language);
    const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return {
      number: (value: number) => numbers.format(value),
      /** A share from 0 to 1, or the dash for "nothing to share". */
      percent: (value: number | null) => (value === null ? '—' : percents.format(value)),
      day: (day: string, style: 'shortDate' | 'date' = 'shortDate') =>
        formatInstant(`${day}T12:00:00Z`, { timeZone: 'UTC', language, style }),
    };
  }, [language]);
}
