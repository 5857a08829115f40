import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { ButtonAnchor } from '../../../components/ui/button.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { calendarFileHref, type SlotDetails } from '../api/slots-api.ts';

/** Labels beside values where the list has room (a list row), above them where it has not (a side card). */
const Frame = styled.div`
  container-type: inline-size;
`;

const List = styled.dl`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
`;

const Row = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;

  @container (min-width: 480px) {
    grid-template-columns: 180px minmax(0, 1fr);
    gap: ${({ theme }) => theme.space.md};
    align-items: baseline;
  }

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

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

/** The server accepts https links only; the page checks again before making one clickable. */
function isHttps(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}

/** What only the two participants see: the room, who the other person is and how to reach them. */
export function ParticipantDetails({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  if (!slot.myRole) return null;
  const counterpartRole = slot.myRole === 'interviewer' ? 'candidate' : 'interviewer';
  return (
    <Frame>
      <List>
        {slot.meetingUrl && (
          <Row>
            <dt>{t('slot.meetingUrl')}</dt>
            <dd>
              {isHttps(slot.meetingUrl) ? (
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
            </dd>
          </Row>
        )}
        {slot.counterpart ? (
          <>
            <Row>
              <dt>{t(`slot.${counterpartRole}`)}</dt>
              <dd data-testid="counterpart">{slot.counterpart.displayName}</dd>
            </Row>
            <Row>
              <dt>{t('slot.contacts')}</dt>
              <dd>{slot.counterpart.contacts || t('slot.noContacts')}</dd>
            </Row>
          </>
        ) : (
          slot.status === 'open' && <Waiting>{t('slot.waitingCandidate')}</Waiting>
        )}
        {slot.bookingId && slot.status === 'booked' && (
          <Row>
            <dt>{t('slot.calendar')}</dt>
            <dd>
              <CalendarLinks slot={slot} />
            </dd>
          </Row>
        )}
      </List>
    </Frame>
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
