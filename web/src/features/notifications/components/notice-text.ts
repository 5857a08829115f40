import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { Notice } from '../notice.ts';

/** A notice in words: a short title and a sentence, times in the viewer's zone. */
export function useNoticeText() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return useCallback(
    ({ kind, payload }: Notice): { title: string; text: string } => {
      switch (kind) {
        case 'booking.created':
          return {
            title: t('notifications.booked.title'),
            text: t('notifications.booked.text', {
              name: payload.candidateName,
              time: format(payload.startsAt, 'dateTime'),
            }),
          };
        case 'booking.cancelled': {
          const by = payload.by === 'candidate' ? 'cancelledByCandidate' : 'cancelledByInterviewer';
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
        // A kind this app does not put in words yet: the list still shows that something happened.
        default:
          return { title: t('notifications.unknown.title'), text: t('notifications.unknown.text') };
      }
    },
    [t, format],
  );
}
