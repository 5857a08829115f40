import styled from 'styled-components';
import { Badge, BadgeList } from '../../../../components/ui/badge.tsx';
import { Card, CardTitle } from '../../../../components/ui/card.tsx';
import { Fact, Facts } from '../../../../components/ui/facts.tsx';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { AdminPersonLink } from '../../components/admin-person-link.tsx';
import type { AdminInterview } from '../api/admin-interviews-api.ts';
import { InterviewStatus } from './interview-status.tsx';

const Body = styled.div`
  margin-top: ${({ theme }) => theme.space.md};
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Description = styled.p`
  white-space: pre-wrap;
`;

/** The slot as published, with every link and detail only admins and its participants see. */
export function InterviewSummary({ interview }: { interview: AdminInterview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { slot } = interview;
  const holder = interview.bookings.find((booking) => booking.status === 'active');
  return (
    <Card aria-labelledby="interview-slot">
      <CardTitle id="interview-slot">{t('admin.interviews.detail.slot')}</CardTitle>
      <Body>
        <Facts>
          <Fact label={t('admin.interviews.detail.status')} testId="interview-status">
            <InterviewStatus status={slot.status} />
          </Fact>
          <Fact label={t('admin.interviews.detail.when')}>
            {format(slot.startsAt, 'dateTime')} — {format(slot.endsAt, 'time')} (
            {t('common.minutes', { count: slot.durationMinutes })})
          </Fact>
          <Fact label={t('admin.interviews.detail.profession')}>
            <BadgeList>
              <span>{slot.profession.name[language]}</span>
              {slot.profession.archived && <Badge>{t('admin.interviews.detail.archivedProfession')}</Badge>}
            </BadgeList>
          </Fact>
          <Fact label={t('admin.interviews.detail.interviewer')}>
            <AdminPersonLink person={interview.interviewer} />
          </Fact>
          <Fact label={t('admin.interviews.detail.candidate')}>
            {holder ? (
              <AdminPersonLink person={holder.candidate} />
            ) : (
              <Muted>{t('admin.interviews.detail.noCandidate')}</Muted>
            )}
          </Fact>
          <Fact label={t('admin.interviews.detail.level')}>
            {slot.level ? t(`levels.${slot.level}`) : <Muted>{t('admin.interviews.detail.anyLevel')}</Muted>}
          </Fact>
          <Fact label={t('admin.interviews.detail.language')}>{t(`slot.language.${slot.language}`)}</Fact>
          <Fact label={t('admin.interviews.detail.meeting')}>
            <a href={slot.meetingUrl} target="_blank" rel="noopener noreferrer">
              {slot.meetingUrl}
            </a>
          </Fact>
          <Fact label={t('admin.interviews.detail.description')}>
            {slot.description ? (
              <Description>{slot.description}</Description>
            ) : (
              <Muted>{t('admin.interviews.detail.noDescription')}</Muted>
            )}
          </Fact>
        </Facts>
      </Body>
    </Card>
  );
}
