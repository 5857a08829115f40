import styled from 'styled-components';
import { ButtonAnchor } from '../../../components/ui/button.tsx';
import { Fact, Facts } from '../../../components/ui/facts.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { calendarFileHref, type SlotDetails } from '../api/slots-api.ts';
import { meetingHref } from '../interview-day.ts';
import { RewardFact } from './slot-facts.tsx';

const MeetingLink = styled.a`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  overflow-wrap: anywhere;
`;

const Waiting = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Links = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;

/** What only the two participants see: the room, who the other person is and how to reach them. */
export function ParticipantDetails({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  if (!slot.myRole) return null;
  const counterpartRole = slot.myRole === 'interviewer' ? 'candidate' : 'interviewer';
  return (
    <>
      <Facts>
        {slot.meetingUrl && (
          <Fact label={t('slot.meetingUrl')}>
            {meetingHref(slot.meetingUrl) ? (
              <MeetingLink
                href={slot.meetingUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="meeting-link"
              >
                {slot.meetingUrl}
                <VisuallyHidden> {t('slot.newWindow')}</VisuallyHidden>
              </MeetingLink>
            ) : (
              slot.meetingUrl
            )}
          </Fact>
        )}
        {slot.counterpart ? (
          <>
            <Fact label={t(`slot.${counterpartRole}`)} testId="counterpart">
              <PersonLink person={slot.counterpart} />
            </Fact>
            <Fact label={t('slot.contacts')}>{slot.counterpart.contacts || t('slot.noContacts')}</Fact>
            {slot.counterpart.level && (
              <Fact label={t('slot.counterpartLevel')}>{t(`levels.${slot.counterpart.level}`)}</Fact>
            )}
            {slot.counterpart.bio && (
              <Fact label={t('slot.counterpartBio')} testId="counterpart-bio">
                {slot.counterpart.bio}
              </Fact>
            )}
          </>
        ) : null}
        {slot.bookingId && slot.status === 'booked' && (
          <Fact label={t('slot.calendar')}>
            <CalendarLinks slot={slot} />
          </Fact>
        )}
        <RewardFact slot={slot} />
      </Facts>
      {/* A paragraph, not a fact: a definition list holds only terms and their descriptions. */}
      {!slot.counterpart && slot.status === 'open' && <Waiting>{t('slot.waitingCandidate')}</Waiting>}
    </>
  );
}

/** The interview as an .ics file and as a Google Calendar event. */
function CalendarLinks({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  return (
    <Links>
      <ButtonAnchor href={calendarFileHref(slot.id)} download $variant="secondary" $size="sm">
        {t('slot.calendarIcs')}
      </ButtonAnchor>
      {slot.googleCalendarUrl && (
        <ButtonAnchor
          href={slot.googleCalendarUrl}
          target="_blank"
          rel="noopener noreferrer"
          $variant="secondary"
          $size="sm"
        >
          {t('slot.calendarGoogle')}
          <VisuallyHidden> {t('slot.newWindow')}</VisuallyHidden>
        </ButtonAnchor>
      )}
    </Links>
  );
}
