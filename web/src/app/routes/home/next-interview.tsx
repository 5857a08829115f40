import { useId } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Badge, BadgeList } from '../../../components/ui/badge.tsx';
import { Button, ButtonAnchor } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { Fact, Facts } from '../../../components/ui/facts.tsx';
import { HeadingRow } from '../../../components/ui/heading-row.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { paths } from '../../../config/paths.ts';
import { momentStyle } from '../../../features/attendance/attendance-rules.ts';
import type { SlotDetails } from '../../../features/slots/api/slots-api.ts';
import { SlotTitle, SlotWhen } from '../../../features/slots/components/slot-facts.tsx';
import { countdownText, joinStep, meetingHref } from '../../../features/slots/interview-day.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';

const Section = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  border-color: ${({ theme }) => theme.colors.primary};
`;

const Summary = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
`;

const Countdown = styled.p`
  color: ${({ theme }) => theme.colors.primary};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Join = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.sm} {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${({ theme }) => theme.space.md};
  }
`;

const Hint = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/**
 * The viewer's next interview on the home page: their role, who with, when and how long until it, and the
 * way into the meeting, open from 10 minutes before the start until the end (the page's clock turns it on).
 */
export function NextInterview({ slot, now }: { slot: SlotDetails; now: Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format, timeZone } = useTimeFormat();
  const titleId = useId();
  const hintId = useId();
  const join = joinStep(slot, now);
  const href = meetingHref(slot.meetingUrl);
  const counterpartRole = slot.myRole === 'interviewer' ? 'candidate' : 'interviewer';
  return (
    <Section aria-labelledby={titleId} data-testid="next-interview">
      <HeadingRow>
        <CardTitle id={titleId}>{t('interviewDay.title')}</CardTitle>
        <Link to={paths.interviews.getHref()}>{t('interviewDay.all')}</Link>
      </HeadingRow>
      <Summary>
        <BadgeList>
          <Badge $tone="primary">
            {t(`interviewDay.${slot.myRole === 'interviewer' ? 'interviewer' : 'candidate'}`)}
          </Badge>
        </BadgeList>
        <SlotTitle>
          <Link to={paths.slot.getHref(slot.id)}>{slot.profession.name[language]}</Link>
        </SlotTitle>
        <SlotWhen slot={slot} />
        <Countdown data-testid="countdown">{countdownText(slot, now, language)}</Countdown>
      </Summary>
      {slot.counterpart && (
        <Facts>
          <Fact label={t(`slot.${counterpartRole}`)} testId="counterpart">
            <PersonLink person={slot.counterpart} />
          </Fact>
        </Facts>
      )}
      {href && (
        <Join>
          {join.kind === 'open' ? (
            <ButtonAnchor href={href} target="_blank" rel="noopener noreferrer" data-testid="join">
              {t('interviewDay.join')}
              <VisuallyHidden> {t('slot.newWindow')}</VisuallyHidden>
            </ButtonAnchor>
          ) : (
            <Button type="button" disabled aria-describedby={hintId} data-testid="join">
              {t('interviewDay.join')}
            </Button>
          )}
          {join.kind === 'before' && (
            <Hint id={hintId}>
              {t('interviewDay.joinFrom', {
                time: format(join.opensAt, momentStyle(join.opensAt.toISOString(), now, timeZone)),
              })}
            </Hint>
          )}
        </Join>
      )}
    </Section>
  );
}
