import type { TFeedbackSummary } from '#contract/feedback.ts';
import { Badge } from '../../../components/ui/badge.tsx';
import { useTranslation } from '../../../lib/i18n.ts';

const TONES = {
  upcoming: 'neutral',
  due: 'warning',
  given: 'success',
  missed: 'neutral',
} as const satisfies Record<TFeedbackSummary['status'], string>;

/** Where the viewer's own feedback stands: due, given, missed (or not yet: the interview has not ended). */
export function FeedbackStatusBadge({ status }: { status: TFeedbackSummary['status'] }) {
  const { t } = useTranslation();
  return <Badge $tone={TONES[status]}>{t(`feedback.status.${status}`)}</Badge>;
}

/** Both sides' feedback can be read. */
export function RevealedBadge() {
  const { t } = useTranslation();
  return <Badge $tone="primary">{t('feedback.revealed')}</Badge>;
}
