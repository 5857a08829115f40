import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { TAssessment, TReview } from '#contract/feedback.ts';
import { Badge } from '../../../components/ui/badge.tsx';
import { Fact, Facts } from '../../../components/ui/facts.tsx';
import { InlineList } from '../../../components/ui/lists.tsx';
import { Stars } from '../../../components/ui/stars.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { ASSESSMENT_CRITERIA, REVIEW_CRITERIA } from '../feedback-rules.ts';

const Text = styled.span`
  white-space: pre-line;
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

function OptionalText({ text }: { text: string }) {
  const { t } = useTranslation();
  return text ? <Text>{text}</Text> : <Muted>{t('feedback.noText')}</Muted>;
}

/** The candidate's review of an interviewer: the overall rating, the criteria scored, the comment. */
export function ReviewView({ review }: { review: TReview }) {
  const { t } = useTranslation();
  return (
    <Facts>
      <Fact label={t('feedback.criteria.rating')}>
        <Stars value={review.rating} />
      </Fact>
      {REVIEW_CRITERIA.map((criterion) => {
        const score = review[criterion];
        return (
          <Fact key={criterion} label={t(`feedback.criteria.${criterion}`)}>
            {score === null ? <Muted>{t('scores.none')}</Muted> : <Stars value={score} />}
          </Fact>
        );
      })}
      <Fact label={t('feedback.comment')} testId="review-comment">
        <OptionalText text={review.comment} />
      </Fact>
    </Facts>
  );
}

/** The interviewer's assessment of a candidate: three scores, a recommendation, strengths and what to improve. */
export function AssessmentView({ assessment }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  return (
    <Facts>
      {ASSESSMENT_CRITERIA.map((criterion) => (
        <Fact key={criterion} label={t(`feedback.criteria.${criterion}`)}>
          <Stars value={assessment[criterion]} />
        </Fact>
      ))}
      <Fact label={t('feedback.recommendation')}>
        {t(`feedback.recommendations.${assessment.recommendation}`)}
      </Fact>
      <Fact label={t('feedback.strengths')} testId="assessment-strengths">
        <OptionalText text={assessment.strengths} />
      </Fact>
      <Fact label={t('feedback.improvements')}>
        <OptionalText text={assessment.improvements} />
      </Fact>
    </Facts>
  );
}

const Summary = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
`;

const Chip = styled.li`
  display: inline-flex;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.xxs};
  padding: 2px ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.surfaceMuted};
  box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.border};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  white-space: nowrap;
`;

const ChipScore = styled.span`
  color: ${({ theme }) => theme.colors.warning};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Said = styled.p`
  white-space: pre-line;
  overflow-wrap: anywhere;
`;

const SaidLabel = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** As tall as the score chips beside it. */
const Recommendation = styled(Badge)`
  padding: 3px ${({ theme }) => theme.space.sm};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const RECOMMENDATION_TONES = { no_hire: 'danger', hire: 'success', strong_hire: 'success' } as const;

/** The scores as a row of chips ("Подготовка ★ 4"), leaving out the criteria that were not scored. */
function ScoreChips({
  scores,
  children,
}: {
  scores: { criterion: Criterion; score: number | null }[];
  /** What else belongs in the row: the recommendation. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <InlineList>
      {scores.flatMap(({ criterion, score }) =>
        score === null
          ? []
          : [
              <Chip key={criterion}>
                {t(`feedback.criteria.${criterion}`)}
                <ChipScore aria-hidden>★ {score}</ChipScore>
                <VisuallyHidden>{t('scores.outOfFive', { value: score })}</VisuallyHidden>
              </Chip>,
            ],
      )}
      {children}
    </InlineList>
  );
}

type Criterion = 'rating' | (typeof REVIEW_CRITERIA)[number] | (typeof ASSESSMENT_CRITERIA)[number];

/** A review in a list: its scores in a row, then the comment. */
export function ReviewSummary({ review }: { review: TReview }) {
  const scores = [
    { criterion: 'rating' as const, score: review.rating },
    ...REVIEW_CRITERIA.map((criterion) => ({ criterion, score: review[criterion] })),
  ];
  return (
    <Summary>
      <ScoreChips scores={scores} />
      {review.comment && <Said>{review.comment}</Said>}
    </Summary>
  );
}

/** An assessment in a list: its scores and the recommendation in a row, then what was said. */
export function AssessmentSummary({ assessment }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  return (
    <Summary>
      <ScoreChips
        scores={ASSESSMENT_CRITERIA.map((criterion) => ({ criterion, score: assessment[criterion] }))}
      >
        <li>
          <Recommendation $tone={RECOMMENDATION_TONES[assessment.recommendation]}>
            {t(`feedback.recommendations.${assessment.recommendation}`)}
          </Recommendation>
        </li>
      </ScoreChips>
      {(['strengths', 'improvements'] as const).map(
        (field) =>
          assessment[field] && (
            <Said key={field}>
              <SaidLabel>{t(`feedback.${field}`)}:</SaidLabel> {assessment[field]}
            </Said>
          ),
      )}
    </Summary>
  );
}
