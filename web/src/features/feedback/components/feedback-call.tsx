import styled from 'styled-components';
import type { TFeedbackSummary } from '#contract/feedback.ts';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { FEEDBACK_SECTION, paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { feedbackCall } from '../feedback-rules.ts';
import { FeedbackStatusBadge, RevealedBadge } from './feedback-status.tsx';

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  padding-top: ${({ theme }) => theme.space.sm};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
`;

const Until = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** Beside a past interview in "my interviews": where its feedback stands and the way to it. */
export function FeedbackCall({ slotId, summary }: { slotId: string; summary: TFeedbackSummary }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const call = feedbackCall(summary);
  if (!call) return null;
  const href = paths.slot.getHref(slotId, FEEDBACK_SECTION);
  return (
    <Row data-testid="feedback-call">
      {call === 'give' ? (
        <>
          <ButtonLink to={href} $size="sm">
            {t('feedback.give')}
          </ButtonLink>
          <Until>{t('feedback.until', { time: format(summary.closesAt, 'dateTime') })}</Until>
        </>
      ) : call === 'revealed' ? (
        <>
          <RevealedBadge />
          <ButtonLink to={href} $variant="secondary" $size="sm">
            {t('feedback.read')}
          </ButtonLink>
        </>
      ) : (
        <>
          <FeedbackStatusBadge status={summary.status} />
          {call === 'given' && (
            <ButtonLink to={href} $variant="secondary" $size="sm">
              {t('feedback.open')}
            </ButtonLink>
          )}
        </>
      )}
    </Row>
  );
}
