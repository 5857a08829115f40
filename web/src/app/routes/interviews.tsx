import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { INTERVIEW_SCOPES } from '#contract/interviews.ts';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.ts';
import { paths } from '../../config/paths.ts';
import { CalendarFeed } from '../../features/calendar/components/calendar-feed.tsx';
import { FeedbackCall } from '../../features/feedback/components/feedback-call.tsx';
import { InterviewList } from '../../features/slots/components/interview-list.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';

/** The scopes as links (each has its address), styled as tabs; the current one is marked for screen readers. */
const Tabs = styled.nav`
  display: flex;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.xxs};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.sm} {
    justify-self: start;
  }
`;

const Tab = styled(Link)`
  flex: 1 1 0;
  display: grid;
  place-items: center;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.xs};
  border-radius: ${({ theme }) => theme.radii.sm};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;
  white-space: nowrap;

  ${({ theme }) => theme.media.sm} {
    padding: 0 ${({ theme }) => theme.space.md};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  &[aria-current='page'] {
    background: ${({ theme }) => theme.colors.primary};
    color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

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
        <Tabs aria-label={t('interviews.tabs')}>
          {INTERVIEW_SCOPES.map((item) => (
            <Tab
              key={item}
              to={paths.interviews.getHref(item)}
              replace
              aria-current={item === scope ? 'page' : undefined}
            >
              {t(`interviews.${item}`)}
            </Tab>
          ))}
        </Tabs>
        <InterviewList
          scope={scope}
          renderFeedback={(slot) => <FeedbackCall slotId={slot.id} summary={slot.feedback} />}
        />
      </Section>
      <CalendarFeed />
    </Page>
  );
}
