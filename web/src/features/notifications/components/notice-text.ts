import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { Notice } from '../notice.ts';

/** A notice in words: a short title and a sentence, times in the viewer's zone. */
export function useNoticeText() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return useCallback(
    (notice: Notice | null): { title: string; text: string } => {
      if (!notice) return { title: t('notifications.unknown.title'), text: t('notifications.unknown.text') };
      switch (notice.kind) {
        case 'booking.created':
          return {
            title: t('notifications.booked.title'),
            text: t('notifications.booked.text', {
              name: notice.candidateName,
              time: format(notice.startsAt, 'dateTime'),
            }),
          };
        case 'booking.cancelled': {
          const by = notice.by === 'candidate' ? 'cancelledByCandidate' : 'cancelledByInterviewer';
          return {
            title: t(`notifications.${by}.title`),
            text: t(`notifications.${by}.text`, { time: format(notice.startsAt, 'dateTime') }),
          };
        }
        case 'slot.updated': {
          const link = notice.fields.includes('meetingUrl');
          const topics = notice.fields.includes('description');
          const what = link && topics ? 'both' : link ? 'link' : topics ? 'topics' : 'other';
          return { title: t('notifications.updated.title'), text: t(`notifications.updated.${what}`) };
        }
        case 'interview.reminder':
          return {
            title: t('notifications.reminder.title'),
            text: t('notifications.reminder.text', { time: format(notice.startsAt, 'dateTime') }),
          };
      }
    },
    [t, format],
  );
}
