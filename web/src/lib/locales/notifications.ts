import type { Catalog } from './catalog.ts';

/** The words of notifications: the bell, its list and the toasts of live events. Loaded with the code that shows them. */
const ru = {
  notifications: {
    title: 'Уведомления',
    bell_zero: 'Уведомления',
    bell_one: 'Уведомления: {{count}} непрочитанное',
    bell_few: 'Уведомления: {{count}} непрочитанных',
    bell_many: 'Уведомления: {{count}} непрочитанных',
    bell_other: 'Уведомления: {{count}} непрочитанного',
    markAllRead: 'Прочитать все',
    unread: 'не прочитано',
    empty: 'Пока ничего нет. Здесь появятся записи на ваши слоты, отмены, напоминания и отзывы.',
    failed: 'Не удалось загрузить уведомления.',
    toasts: 'Новые уведомления',
    actions: {
      openSlot: 'Открыть собеседование',
      giveFeedback: 'Оставить отзыв',
      readFeedback: 'Открыть отзывы',
      openPoints: 'Открыть историю баллов',
    },
    close: 'Закрыть уведомление',
    booked: {
      title: 'Новая запись',
      text: 'Кандидат <person>{{name}}</person> записан на ваш слот {{time}}.',
    },
    cancelledByCandidate: {
      title: 'Запись отменена',
      text: 'Кандидат отменил запись на {{time}}. Слот снова открыт на бирже.',
    },
    cancelledByInterviewer: {
      title: 'Собеседование отменено',
      text: 'Интервьюер отменил собеседование {{time}}. Балл вернулся на ваш счёт.',
    },
    cancelledLate: {
      title: 'Собеседование отменено в последний момент',
      text: 'Интервьюер отменил собеседование {{time}} меньше чем за 2 часа. Балл вернулся на ваш счёт.',
    },
    cancelledByAdmin: {
      title: 'Собеседование отменено администратором',
      text: 'Администратор отменил собеседование {{time}}. Если вы платили баллом, он вернулся на ваш счёт.',
    },
    updated: {
      title: 'Собеседование изменилось',
      link: 'Интервьюер поменял ссылку на встречу.',
      topics: 'Интервьюер поменял темы собеседования.',
      both: 'Интервьюер поменял ссылку на встречу и темы собеседования.',
      other: 'Интервьюер обновил собеседование.',
    },
    reminder: {
      title: 'Собеседование скоро',
      text: 'Собеседование {{time}} состоится: отменить его уже нельзя.',
    },
    feedbackRequested: {
      title: 'Как прошло собеседование?',
      text: 'Оставьте отзыв до {{time}}. Отзывы откроются, когда их оставят оба.',
    },
    feedbackReceived: {
      title: 'Оценка получена',
      candidate: 'Кандидат оставил отзыв о собеседовании. Отзывы откроются, когда их оставят оба.',
      interviewer: 'Интервьюер оценил вас. Отзывы откроются, когда их оставят оба.',
    },
    feedbackRevealed: {
      title: 'Отзывы открыты',
      text: 'Обе стороны видят отзывы о собеседовании.',
    },
    feedbackClosing: {
      title: 'Остался день на отзыв',
      text: 'Оставить отзыв о собеседовании можно до {{time}}.',
    },
    pointsAdjusted: {
      title: 'Баланс изменён администратором',
      added_one: 'Начислен {{count}} балл. Причина: {{reason}}',
      added_few: 'Начислено {{count}} балла. Причина: {{reason}}',
      added_many: 'Начислено {{count}} баллов. Причина: {{reason}}',
      added_other: 'Начислено {{count}} балла. Причина: {{reason}}',
      taken_one: 'Списан {{count}} балл. Причина: {{reason}}',
      taken_few: 'Списано {{count}} балла. Причина: {{reason}}',
      taken_many: 'Списано {{count}} баллов. Причина: {{reason}}',
      taken_other: 'Списано {{count}} балла. Причина: {{reason}}',
    },
    reportFiled: {
      title: 'Жалоба на неявку',
      interviewer: 'Интервьюер сообщил, что вы не пришли на собеседование. Решение примет администратор.',
      candidate: 'Кандидат сообщил, что вы не пришли на собеседование. Решение примет администратор.',
    },
    reportResolved: {
      upheld: 'Жалоба на неявку подтверждена',
      rejected: 'Жалоба на неявку отклонена',
      interviewer: {
        upheld:
          'Администратор подтвердил, что интервьюер не пришёл: кандидату вернули балл, интервьюеру засчитано нарушение. {{note}}',
        rejected:
          'Администратор не подтвердил неявку интервьюера: балл за собеседование остаётся за ним. {{note}}',
      },
      candidate: {
        upheld:
          'Администратор подтвердил, что кандидат не пришёл: интервьюер получает балл, кандидату засчитано нарушение. {{note}}',
        rejected: 'Администратор не подтвердил неявку кандидата. {{note}}',
      },
    },
  },
};

const en: Catalog<typeof ru> = {
  notifications: {
    title: 'Notifications',
    bell_zero: 'Notifications',
    bell_one: 'Notifications: {{count}} unread',
    bell_other: 'Notifications: {{count}} unread',
    markAllRead: 'Mark all read',
    unread: 'unread',
    empty: 'Nothing yet. Bookings of your slots, cancellations, reminders and feedback will show up here.',
    failed: 'Could not load the notifications.',
    toasts: 'New notifications',
    actions: {
      openSlot: 'Open the interview',
      giveFeedback: 'Give feedback',
      openPoints: 'Open the points history',
      readFeedback: 'Read the feedback',
    },
    close: 'Close the notification',
    booked: {
      title: 'New booking',
      text: '<person>{{name}}</person> booked your slot on {{time}}.',
    },
    cancelledByCandidate: {
      title: 'Booking cancelled',
      text: 'The candidate cancelled the booking for {{time}}. The slot is open on the exchange again.',
    },
    cancelledByInterviewer: {
      title: 'Interview cancelled',
      text: 'The interviewer cancelled the interview on {{time}}. Your point is back.',
    },
    cancelledLate: {
      title: 'Interview cancelled at the last minute',
      text: 'The interviewer cancelled the interview on {{time}} less than 2 hours ahead. Your point is back.',
    },
    cancelledByAdmin: {
      title: 'Interview cancelled by an admin',
      text: 'An admin cancelled the interview on {{time}}. If you paid a point, it is back on your balance.',
    },
    updated: {
      title: 'Interview updated',
      link: 'The interviewer changed the meeting link.',
      topics: 'The interviewer changed the topics.',
      both: 'The interviewer changed the meeting link and the topics.',
      other: 'The interviewer updated the interview.',
    },
    reminder: {
      title: 'Interview coming up',
      text: 'Your interview on {{time}} is locked in: it can no longer be cancelled.',
    },
    feedbackRequested: {
      title: 'How did the interview go?',
      text: 'Give your feedback by {{time}}. Both sides’ feedback opens once both have given it.',
    },
    feedbackReceived: {
      title: 'Feedback received',
      candidate: 'The candidate gave feedback on the interview. Both open once both of you have.',
      interviewer: 'The interviewer assessed you. Both open once both of you have.',
    },
    feedbackRevealed: {
      title: 'Feedback revealed',
      text: 'Both sides can now read the interview’s feedback.',
    },
    feedbackClosing: {
      title: 'One day left for feedback',
      text: 'You can give feedback on the interview until {{time}}.',
    },
    pointsAdjusted: {
      title: 'An admin changed your balance',
      added_one: '{{count}} point added. Reason: {{reason}}',
      added_other: '{{count}} points added. Reason: {{reason}}',
      taken_one: '{{count}} point taken. Reason: {{reason}}',
      taken_other: '{{count}} points taken. Reason: {{reason}}',
    },
    reportFiled: {
      title: 'No-show report',
      interviewer: 'The interviewer reported that you did not show up. An admin will decide.',
      candidate: 'The candidate reported that you did not show up. An admin will decide.',
    },
    reportResolved: {
      upheld: 'No-show report upheld',
      rejected: 'No-show report rejected',
      interviewer: {
        upheld:
          'An admin confirmed the interviewer did not show up: the candidate got the point back, the interviewer a strike. {{note}}',
        rejected:
          'An admin did not confirm the interviewer’s absence: the interview’s point stays theirs. {{note}}',
      },
      candidate: {
        upheld:
          'An admin confirmed the candidate did not show up: the interviewer earns the point, the candidate gets a strike. {{note}}',
        rejected: 'An admin did not confirm the candidate’s absence. {{note}}',
      },
    },
  },
};

export const notificationsWords = { ru, en };
