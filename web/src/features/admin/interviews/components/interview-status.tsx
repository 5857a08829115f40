import type { SlotStatus } from '#contract/enums.ts';
import { Badge } from '../../../../components/ui/badge.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';

const TONES = {
  open: 'primary',
  booked: 'warning',
  completed: 'success',
  archived: 'neutral',
  cancelled: 'danger',
  expired: 'neutral',
} as const satisfies Record<SlotStatus, string>;

/** An interview's status as a coloured label (its words say it; the colour only helps the eye). */
export function InterviewStatus({ status }: { status: SlotStatus }) {
  const { t } = useTranslation();
  return <Badge $tone={TONES[status]}>{t(`admin.interviews.statuses.${status}`)}</Badge>;
}
