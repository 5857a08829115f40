import type { Catalog } from './catalog.ts';

/** The attendance block's words (check-in and no-show reports on a slot's page), loaded with its code. */
const ru = {
  title: 'Кто на месте',
  rule: 'Отметка «Я на месте» открыта с 10 минут до начала и до конца встречи. Если встреча сорвётся, отметки обеих сторон помогут администратору разобраться.',
  side: {
    interviewer: 'Интервьюер',
    candidate: 'Кандидат',
  },
  sideYou: '{{side}} (вы)',
  present: 'На месте с {{time}}',
  absent: 'Нет отметки',
  checkIn: 'Я на месте',
  checkingIn: 'Отмечаем…',
  opensAt: 'Отметиться можно с {{time}}',
  openUntil: 'Отметиться можно до {{time}}',
  checkedIn: 'Вы отметились в {{time}}',
  missed: 'Время для отметки прошло.',
  reportLater: 'Если собеседник не придёт, после окончания встречи ({{time}}) можно будет сообщить о неявке.',
  report: 'Сообщить о неявке',
  reportUntil: 'Сообщить о неявке можно до {{time}}',
  reportDialog: {
    title: 'Собеседник не пришёл?',
    text: 'Жалобу рассмотрит администратор: он увидит отметки обеих сторон и ваш комментарий. После жалобы оставить отзыв об этой встрече будет нельзя.',
    comment: 'Что произошло',
    commentHint: 'Например: сколько вы ждали и как пытались связаться с собеседником.',
    send: 'Отправить жалобу',
  },
  sending: 'Отправляем…',
  myReport: 'Ваша жалоба на неявку',
  status: {
    pending: 'На рассмотрении',
    upheld: 'Подтверждена',
    rejected: 'Отклонена',
  },
  filed: 'Жалоба отправлена, её рассмотрит администратор. О решении придёт уведомление.',
  filedAt: 'Отправлена',
  yourComment: 'Ваш комментарий',
  outcomeLabel: 'Решение',
  outcome: {
    upheld: 'Администратор подтвердил, что собеседник не пришёл.',
    rejected: 'Администратор не подтвердил неявку.',
  },
  adminNote: 'Комментарий администратора',
  noFeedback:
    'Пока есть жалоба, отзыв об этой встрече оставить нельзя: жалоба говорит, что встреча не состоялась.',
  against: {
    pending: 'Собеседник сообщил о вашей неявке; решение примет администратор.',
    upheld: 'Собеседник сообщил о вашей неявке, и администратор её подтвердил.',
    rejected: 'Собеседник сообщил о вашей неявке, но администратор жалобу отклонил.',
  },
  errors: {
    check_in_closed: 'Отметиться можно только с 10 минут до начала и до конца встречи.',
    report_window_closed: 'Сообщить о неявке можно только в течение 24 часов после окончания встречи.',
    report_exists: 'Вы уже отправили жалобу на эту встречу.',
    report_not_applicable:
      'Вы оставили отзыв об этой встрече — он подтверждает, что встреча состоялась, поэтому сообщить о неявке нельзя.',
  },
};

const en: Catalog<typeof ru> = {
  title: 'Who is here',
  rule: 'From 10 minutes before the start until the end, let the other side know you are here. Should the meeting fail, the check-ins help an admin sort it out.',
  side: {
    interviewer: 'Interviewer',
    candidate: 'Candidate',
  },
  sideYou: '{{side}} (you)',
  present: 'Here since {{time}}',
  absent: 'Not checked in',
  checkIn: 'I am here',
  checkingIn: 'Checking in…',
  opensAt: 'You can check in from {{time}}',
  openUntil: 'You can check in until {{time}}',
  checkedIn: 'You checked in at {{time}}',
  missed: 'The time to check in is over.',
  reportLater: 'If the other side does not come, you can report it once the meeting ends ({{time}}).',
  report: 'Report a no-show',
  reportUntil: 'You can report a no-show until {{time}}',
  reportDialog: {
    title: 'The other side did not come?',
    text: 'An admin will look into it, with both sides’ check-ins and your comment. After reporting, you can no longer leave feedback on this meeting.',
    comment: 'What happened',
    commentHint: 'For example: how long you waited and how you tried to reach the other side.',
    send: 'Send the report',
  },
  sending: 'Sending…',
  myReport: 'Your no-show report',
  status: {
    pending: 'Under review',
    upheld: 'Upheld',
    rejected: 'Rejected',
  },
  filed: 'Report sent; an admin will review it. You will be notified of the decision.',
  filedAt: 'Sent',
  yourComment: 'Your comment',
  outcomeLabel: 'Decision',
  outcome: {
    upheld: 'The admin confirmed that the other side did not come.',
    rejected: 'The admin did not confirm the no-show.',
  },
  adminNote: 'Admin’s note',
  noFeedback:
    'While your report stands, you cannot leave feedback on this meeting: the report says it did not take place.',
  against: {
    pending: 'The other side reported that you did not come; an admin will decide.',
    upheld: 'The other side reported that you did not come, and an admin confirmed it.',
    rejected: 'The other side reported that you did not come, but an admin rejected the report.',
  },
  errors: {
    check_in_closed: 'You can check in only from 10 minutes before the start until the end of the meeting.',
    report_window_closed: 'A no-show can be reported only within 24 hours after the meeting ends.',
    report_exists: 'You have already reported this meeting.',
    report_not_applicable:
      'You left feedback on this meeting, which confirms it took place, so there is no no-show to report.',
  },
};

export const attendance = { ru, en };
