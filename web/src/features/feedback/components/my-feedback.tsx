import { lazy, type ReactNode, Suspense } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { LocalizedName } from '#contract/common.ts';
import type { TAssessment, TReview } from '#contract/feedback.ts';
import type { TPerson } from '#contract/profiles.ts';
import { Card, CardLead, CardTitle } from '../../../components/ui/card.tsx';
import { LoadFailed } from '../../../components/ui/list-controls.tsx';
import { StackList } from '../../../components/ui/lists.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { FEEDBACK_SECTION, paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useGetMyFeedbackQuery } from '../api/feedback-api.ts';
import {
  type CandidateCriterion,
  candidateHistory,
  type InterviewerCriterion,
  interviewerHistory,
  type ScoreHistory,
} from '../score-history.ts';
import { AssessmentSummary, ReviewSummary } from './feedback-view.tsx';
import '../../../lib/words/interviews.ts';

// The chart is drawn only here: its code loads with it, not with the app.
const ScoreChart = lazy(() => import('./score-chart.tsx').then((module) => ({ default: module.ScoreChart })));

const Section = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  min-width: 0;
`;

const ChartSlot = styled.div`
  min-height: 300px;
`;

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding-top: ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
`;

const ItemHead = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  align-items: baseline;
`;

const Interview = styled(Link)`
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Who = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Empty = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

type Entry = {
  slotId: string;
  startsAt: string;
  profession: LocalizedName;
  /** "from Анна" or "to Борис". */
  person: { direction: 'from' | 'to'; who: TPerson };
  body: ReactNode;
};

/** Feedback items newest first: the interview (linked to its feedback), who wrote or got it, what it says. */
function FeedbackItems({ entries, empty }: { entries: Entry[]; empty: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  if (entries.length === 0) return <Empty>{empty}</Empty>;
  return (
    <StackList as="ol">
      {[...entries]
        .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
        .map((entry) => (
          <Item key={`${entry.person.direction}-${entry.slotId}`} data-testid="feedback-item">
            <ItemHead>
              <Interview to={paths.slot.getHref(entry.slotId, FEEDBACK_SECTION)}>
                {entry.profession[language]}, {format(entry.startsAt, 'date')}
              </Interview>
              <Who>
                {t(`myFeedback.${entry.person.direction}`)} <PersonLink person={entry.person.who} />
              </Who>
            </ItemHead>
            {entry.body}
          </Item>
        ))}
    </StackList>
  );
}

function Chart<K extends string>({
  history,
  nameOf,
  title,
}: {
  history: ScoreHistory<K>;
  nameOf: (key: K) => string;
  title: string;
}) {
  if (history.interviews.length === 0) return null;
  return (
    <ChartSlot>
      <Suspense fallback={<PageLoader />}>
        <ScoreChart
          interviews={history.interviews}
          lines={history.series.map((line) => ({ ...line, name: nameOf(line.key) }))}
          title={title}
        />
      </Suspense>
    </ChartSlot>
  );
}

type Ref = Pick<Entry, 'slotId' | 'startsAt' | 'profession'>;

const assessed = (
  direction: 'from' | 'to',
  who: TPerson,
  item: Ref & { assessment: TAssessment },
): Entry => ({
  ...item,
  person: { direction, who },
  body: <AssessmentSummary assessment={item.assessment} />,
});

const reviewed = (direction: 'from' | 'to', who: TPerson, item: Ref & { review: TReview }): Entry => ({
  ...item,
  person: { direction, who },
  body: <ReviewSummary review={item.review} />,
});

/** One kind of feedback: its title and lead, the scores over time where they apply, the items. */
function FeedbackGroup({
  group,
  chart,
  entries,
  empty,
}: {
  group: 'asCandidate' | 'asInterviewer' | 'given';
  chart?: ReactNode;
  entries: Entry[];
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <Section aria-labelledby={`feedback-${group}`}>
      <div>
        <CardTitle id={`feedback-${group}`}>{t(`myFeedback.${group}`)}</CardTitle>
        <CardLead>{t(`myFeedback.${group}Lead`)}</CardLead>
      </div>
      {chart}
      <FeedbackItems empty={empty} entries={entries} />
    </Section>
  );
}

/**
 * The owner's feedback: how interviewers scored them as a candidate and how candidates rated them as an
 * interviewer (each with its scores over time), then what they wrote to others. Received feedback shows once
 * revealed.
 */
export function MyFeedback() {
  const { t } = useTranslation();
  const { data, isLoading, isError, refetch } = useGetMyFeedbackQuery();
  if (isLoading) return <PageLoader />;
  if (isError || !data) return <LoadFailed message={t('myFeedback.failed')} onRetry={() => void refetch()} />;
  const criterionName = (key: CandidateCriterion | InterviewerCriterion) => t(`feedback.criteria.${key}`);
  return (
    <>
      <FeedbackGroup
        group="asCandidate"
        chart={
          <Chart
            history={candidateHistory(data)}
            nameOf={criterionName}
            title={t('myFeedback.asCandidateChart')}
          />
        }
        entries={data.assessmentsReceived.map((item) => assessed('from', item.from, item))}
        empty={t('myFeedback.emptyReceived')}
      />
      <FeedbackGroup
        group="asInterviewer"
        chart={
          <Chart
            history={interviewerHistory(data)}
            nameOf={criterionName}
            title={t('myFeedback.asInterviewerChart')}
          />
        }
        entries={data.reviewsReceived.map((item) => reviewed('from', item.from, item))}
        empty={t('myFeedback.emptyReceived')}
      />
      <FeedbackGroup
        group="given"
        entries={[
          ...data.assessmentsGiven.map((item) => assessed('to', item.to, item)),
          ...data.reviewsGiven.map((item) => reviewed('to', item.to, item)),
        ]}
        empty={t('myFeedback.emptyGiven')}
      />
    </>
  );
}
