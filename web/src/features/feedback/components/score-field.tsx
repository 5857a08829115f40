import type { ReactNode } from 'react';
import { Segmented } from '../../../components/ui/segmented.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { asScore, SCORE_MEANINGS, SCORES, type Score } from '../feedback-rules.ts';

const NONE = 'none';

type ScoreFieldProps = {
  legend: ReactNode;
  value: Score | null;
  onChange: (score: Score | null) => void;
  error?: string | undefined;
  /** An optional criterion may be left unscored: its first choice is "no score". */
  optional?: boolean;
};

/** A 1–5 score as five segments; each says its meaning to screen readers ("4 — хорошо"). */
export function ScoreField({ legend, value, onChange, error, optional = false }: ScoreFieldProps) {
  const { t } = useTranslation();
  const scores = SCORES.map((score) => ({
    value: String(score),
    label: score,
    name: t('scores.named', { value: score, meaning: t(`scores.meaning.${SCORE_MEANINGS[score]}`) }),
  }));
  const options = optional
    ? [{ value: NONE, label: '—', name: t('scores.none'), quiet: true }, ...scores]
    : scores;
  return (
    <Segmented
      legend={legend}
      optional={optional}
      error={error}
      options={options}
      value={value === null ? (optional ? NONE : '') : String(value)}
      onChange={(next) => onChange(asScore(Number(next)))}
    />
  );
}
