import styled from 'styled-components';
import { Badge } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { HeadingRow } from '../../../components/ui/heading-row.tsx';
import { PageTitle } from '../../../components/ui/page.tsx';
import { paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { SlotDetails } from '../api/slots-api.ts';
import { editMode, isPastCutoff } from '../slot-rules.ts';
import { BookSlot } from './book-slot.tsx';
import { CancelSlot } from './cancel-slot.tsx';
import { InterviewerSummary } from './interviewer-summary.tsx';
import { ParticipantDetails } from './participant-details.tsx';
import { SlotBadges, SlotWhen } from './slot-facts.tsx';
import '../../../lib/words/slot-page.ts';

const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
`;

const Main = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const When = styled(SlotWhen)`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Section = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  padding-top: ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
`;

const SectionTitle = styled.h2`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  letter-spacing: 0.06em;
  text-transform: uppercase;
`;

const Topics = styled.p<{ $empty: boolean }>`
  color: ${({ theme, $empty }) => ($empty ? theme.colors.textMuted : theme.colors.text)};
  white-space: pre-line;
  overflow-wrap: anywhere;
`;

const Side = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const Terms = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Actions = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding-top: ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.sm} {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
  }
`;

/** One slot: what, when and with whom; for its participants the room and the way out, for others booking. */
export function SlotOverview({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const { format } = useTimeFormat();
  const mode = editMode(slot, now);
  const editable = mode !== null;
  return (
    <Columns>
      <Main aria-labelledby="slot-title">
        <SlotBadges slot={slot} withStatus />
        <PageTitle id="slot-title">{slot.profession.name[language]}</PageTitle>
        <When slot={slot} />
        <Section aria-labelledby="slot-interviewer">
          <SectionTitle id="slot-interviewer">{t('slot.interviewer')}</SectionTitle>
          <InterviewerSummary interviewer={slot.interviewer} />
        </Section>
        <Section aria-labelledby="slot-topics">
          <SectionTitle id="slot-topics">{t('slot.topics')}</SectionTitle>
          <Topics $empty={!slot.description}>{slot.description || t('slot.noTopics')}</Topics>
        </Section>
      </Main>
      {slot.myRole ? (
        <Side aria-labelledby="slot-meeting">
          <HeadingRow>
            <CardTitle id="slot-meeting">{t('slotPage.meeting')}</CardTitle>
            <Badge $tone="primary">
              {slot.myRole === 'interviewer' ? t('slot.roleInterviewer') : t('slot.roleCandidate')}
            </Badge>
          </HeadingRow>
          <ParticipantDetails slot={slot} />
          {(editable || slot.status === 'open' || slot.status === 'booked') && (
            <Actions>
              {editable && (
                <ButtonLink to={paths.editSlot.getHref(slot.id)} $variant="secondary">
                  {mode === 'link' ? t('slotForm.changeLink') : t('slotPage.edit')}
                </ButtonLink>
              )}
              <CancelSlot slot={slot} />
            </Actions>
          )}
        </Side>
      ) : (
        <Side aria-labelledby="slot-booking">
          <CardTitle id="slot-booking">{t('book.title')}</CardTitle>
          {slot.status === 'open' && (
            <Terms>
              {isPastCutoff(slot, now)
                ? t('book.termsLocked')
                : t('book.terms', { time: format(slot.cutoffAt, 'dateTime') })}
            </Terms>
          )}
          {/* Booking is only for an open slot; otherwise the panel says why, from the slot's status. */}
          {slot.status === 'open' ? (
            <BookSlot slot={slot} />
          ) : (
            <Terms>{t(`book.closed.${slot.status}`)}</Terms>
          )}
        </Side>
      )}
    </Columns>
  );
}
