import { type ReactNode, useCallback } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { paths } from '../../../config/paths.ts';
import { Trans, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { Notice } from '../notice.ts';
import '../../../lib/words/notifications.ts';

/** Above the link that covers the whole notice, so the person's name can be followed on its own. */
const CandidateLink = styled(Link)`
  position: relative;
  z-index: 1;
  color: inherit;
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

/** A notice in words: a short title and a sentence (a candidate's name links their profile), times in the viewer's zone. */
export function useNoticeText() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return useCallback(
    ({ kind, payload }: Notice): { title: string; text: ReactNode } => {
      switch (kind) {
        case 'booking.created': {
          const login = payload.candidateLogin;
          return {
            title: t('notifications.booked.title'),
            text: (
              <Trans
                i18nKey="notifications.booked.text"
                values={{ name: payload.candidateName, time: format(payload.startsAt, 'dateTime') }}
                components={{
                  person: login ? <CandidateLink to={paths.profile.getHref(login)} /> : <span />,
                }}
              />
            ),
          };
        }
        case 'booking.cancelled': {
          const by =
            payload.by === 'candidate'
              ? 'cancelledByCandidate'
              : payload.by === 'admin'
                ? 'cancelledByAdmin'
                : payload.late
                  ? 'cancelledLate'
                  : 'cancelledByInterviewer';
          return {
            title: t(`notifications.${by}.title`),
            text: t(`notifications.${by}.text`, { time: format(payload.startsAt, 'dateTime') }),
          };
        }
        case 'slot.updated': {
          const link = payload.fields.includes('meetingUrl');
          const topics = payload.fields.includes('description');
          const what = link && topics ? 'both' : link ? 'link' : topics ? 'topics' : 'other';
          return { title: t('notifications.updated.title'), text: t(`notifications.updated.${what}`) };
        }
        case 'interview.reminder':
          return {
            title: t('notifications.reminder.title'),
            text: t('notifications.reminder.text', { time: format(payload.startsAt, 'dateTime') }),
          };
        case 'feedback.requested':
          return {
            title: t('notifications.feedbackRequested.title'),
            text: t('notifications.feedbackRequested.text', { time: format(payload.closesAt, 'dateTime') }),
          };
        case 'feedback.received':
          return {
            title: t('notifications.feedbackReceived.title'),
            text: t(`notifications.feedbackReceived.${payload.from}`),
          };
        case 'feedback.revealed':
          return {
            title: t('notifications.feedbackRevealed.title'),
            text: t('notifications.feedbackRevealed.text'),
          };
        case 'feedback.closing':
          return {
            title: t('notifications.feedbackClosing.title'),
            text: t('notifications.feedbackClosing.text', { time: format(payload.closesAt, 'dateTime') }),
          };
        case 'points.adjusted':
          return {
            title: t('notifications.pointsAdjusted.title'),
            text: t(
              payload.delta > 0 ? 'notifications.pointsAdjusted.added' : 'notifications.pointsAdjusted.taken',
              {
                count: Math.abs(payload.delta),
                reason: payload.reason,
              },
            ),
          };
        case 'report.filed':
          return {
            title: t('notifications.reportFiled.title'),
            text: t(`notifications.reportFiled.${payload.by}`),
          };
        case 'report.resolved':
          return {
            title: t(`notifications.reportResolved.${payload.outcome}`),
            text: t(`notifications.reportResolved.${payload.accused}.${payload.outcome}`, {
              note: payload.note,
            }),
          };
      }
    },
    [t, format],
  );
}
