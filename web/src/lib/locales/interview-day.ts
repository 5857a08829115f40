import type { Catalog } from './catalog.ts';

/** The interview day's words (the next interview on the home page, days in "Мои интервью"), loaded with that code. */
const ru = {
  title: 'Ближайшее собеседование',
  interviewer: 'Вы проводите',
  candidate: 'Вас собеседуют',
  in: 'через {{time}}',
  days: '{{count}} дн.',
  hours: '{{count}} ч',
  minutes: '{{count}} мин',
  now: 'идёт сейчас',
  ended: 'закончилось',
  join: 'Подключиться',
  joinFrom: 'Подключиться можно с {{time}}',
  all: 'Все мои интервью',
  dueTitle: 'Что нужно сделать',
  checkIn: 'Собеседование вот-вот начнётся: отметьтесь, что вы на месте.',
  checkInAction: 'Отметиться',
  feedbackDue: 'Оставьте отзыв о собеседовании',
  today: 'Сегодня',
  tomorrow: 'Завтра',
  yesterday: 'Вчера',
};

const en: Catalog<typeof ru> = {
  title: 'Your next interview',
  interviewer: 'You are interviewing',
  candidate: 'You are the candidate',
  in: 'in {{time}}',
  days: '{{count}} d',
  hours: '{{count}} h',
  minutes: '{{count}} min',
  now: 'happening now',
  ended: 'over',
  join: 'Join',
  joinFrom: 'You can join from {{time}}',
  all: 'All my interviews',
  dueTitle: 'To do',
  checkIn: 'Your interview is about to start: check in to say you are here.',
  checkInAction: 'Check in',
  feedbackDue: 'Leave feedback on the interview',
  today: 'Today',
  tomorrow: 'Tomorrow',
  yesterday: 'Yesterday',
};

export const interviewDay = { ru, en };
