import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { INTERVIEW_SCOPES } from '#contract/enums.ts';
import { LinkTabs } from '../../components/ui/link-tabs.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.ts';
import { paths } from '../../config/paths.ts';
import { CalendarFeed } from '../../features/calendar/components/calendar-feed.tsx';
import { FeedbackCall } from '../../features/feedback/components/feedback-call.tsx';
import { InterviewList } from '../../features/slots/components/interview-list.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';
import '../../lib/words/interviews.ts';

const Section = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

export function InterviewsRoute() {
  const { t } = useTranslation();
  const { zoneLabel } = useTimeFormat();
  const [search] = useSearchParams();
  const scope = INTERVIEW_SCOPES.find((item) => item === search.get('scope')) ?? 'upcoming';
  useDocumentTitle(t('interviews.title'));
  const headingId = useId();
  return (
    <Page>
      <div>
        <PageTitle>{t('interviews.title')}</PageTitle>
        <PageLead>{t('interviews.lead', { zone: zoneLabel })}</PageLead>
      </div>
      {/* The list's own heading, for those who move by headings: its interviews are h3 under it. */}
      <Section aria-labelledby={headingId}>
        <VisuallyHidden as="h2" id={headingId}>
          {t(`interviews.${scope}`)}
        </VisuallyHidden>
        <LinkTabs
          label={t('interviews.tabs')}
          current={scope}
          tabs={INTERVIEW_SCOPES.map((item) => ({
            key: item,
            to: paths.interviews.getHref(item),
            label: t(`interviews.${item}`),
          }))}
        />
        <InterviewList
          scope={scope}
          renderFeedback={(slot) => <FeedbackCall slotId={slot.id} summary={slot.feedback} />}
        />
      </Section>
      <CalendarFeed />
    </Page>
  );
}
