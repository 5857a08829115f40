import type { Language } from './i18n.ts';

/** An average score as people read it: one decimal, with the language's decimal mark ("4,8", "4.8"). */
export function formatRating(average: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    average,
  );
}
