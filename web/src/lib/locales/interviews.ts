import type { Catalog } from './catalog.ts';

/** The words of a member's interviews, feedback received and calendar feed. Loaded with the code that shows them. */
const ru = {
  interviews: {
    cancelled: {
      interviewer: {
        interviewer: 'Вы отменили собеседование',
        candidate: 'Кандидат отменил запись',
        admin: 'Отменено администратором',
        withdrawn: 'Слот снят с биржи',
      },
      candidate: {
        interviewer: 'Интервьюер отменил собеседование',
        candidate: 'Вы отменили запись',
        admin: 'Отменено администратором',
        withdrawn: 'Слот снят с биржи',
      },
    },
    title: 'Мои интервью',
    lead: 'Собеседования, которые вы проводите и проходите. Время — по вашему поясу: {{zone}}.',
    tabs: 'Какие собеседования показать',
    upcoming: 'Предстоящие',
    past: 'Прошедшие',
    archive: 'Архив',
    empty: {
      upcoming: 'Предстоящих собеседований нет',
      past: 'Прошедших собеседований пока нет',
      archive: 'В архиве пока пусто',
    },
    emptyText: 'Запишитесь на собеседование на бирже или опубликуйте свой слот.',
    failed: 'Не удалось загрузить собеседования.',
  },
  chart: {
    summary: 'Собеседований: {{total}}, с {{from}} по {{to}}. Точные оценки — в таблице под графиком.',
    table: 'Оценки таблицей',
    interview: 'Собеседование',
  },
  myFeedback: {
    title: 'Мои отзывы',
    lead: 'Оценки, которые вы получили и поставили. Полученные видны, когда обе стороны оставили отзыв или прошло 7 дней.',
    asCandidate: 'Как вас оценивали интервьюеры',
    asCandidateLead: 'Технические знания, решение задач и коммуникация — от собеседования к собеседованию.',
    asCandidateChart: 'Оценки интервьюеров по собеседованиям',
    asInterviewer: 'Отзывы кандидатов о вас',
    asInterviewerLead: 'Общая оценка и критерии, которые отметили кандидаты.',
    asInterviewerChart: 'Оценки кандидатов по собеседованиям',
    given: 'Ваши отзывы',
    givenLead: 'Что вы написали коллегам.',
    from: 'Автор:',
    to: 'Кому:',
    emptyReceived: 'Пока ничего: отзывы появятся, когда обе стороны их оставят или пройдёт 7 дней.',
    emptyGiven: 'Вы ещё не оставляли отзывов.',
    failed: 'Не удалось загрузить отзывы.',
  },
  calendarFeed: {
    title: 'Подписка на календарь',
    text: 'Личная ссылка для Google Календаря, Apple Calendar или Outlook: предстоящие собеседования появятся там сами, а отменённые будут помечены отменёнными.',
    once: 'Ссылку показываем только один раз — сохраните её. Новая ссылка отключает прежнюю.',
    create: 'Получить ссылку',
    regenerate: 'Сделать новую ссылку',
    creating: 'Создаём ссылку…',
    url: 'Ваша ссылка на календарь',
    secret: 'Никому её не показывайте: по ней видно ваше расписание.',
    copy: 'Скопировать',
    copied: 'Ссылка скопирована',
    copyFailed: 'Не получилось скопировать: выделите ссылку и скопируйте вручную.',
  },
};

const en: Catalog<typeof ru> = {
  interviews: {
    cancelled: {
      interviewer: {
        interviewer: 'You cancelled the interview',
        candidate: 'The candidate cancelled',
        admin: 'Cancelled by an admin',
        withdrawn: 'Slot withdrawn',
      },
      candidate: {
        interviewer: 'The interviewer cancelled',
        candidate: 'You cancelled your booking',
        admin: 'Cancelled by an admin',
        withdrawn: 'Slot withdrawn',
      },
    },
    title: 'My interviews',
    lead: 'Interviews you run and take. Times are in your time zone: {{zone}}.',
    tabs: 'Which interviews to show',
    upcoming: 'Upcoming',
    past: 'Past',
    archive: 'Archive',
    empty: {
      upcoming: 'No upcoming interviews',
      past: 'No past interviews yet',
      archive: 'The archive is empty',
    },
    emptyText: 'Book an interview on the exchange or publish a slot of your own.',
    failed: 'Could not load your interviews.',
  },
  chart: {
    summary:
      '{{total}} interviews, from {{from}} to {{to}}. The exact scores are in the table below the chart.',
    table: 'Scores as a table',
    interview: 'Interview',
  },
  myFeedback: {
    title: 'My feedback',
    lead: 'The scores you received and gave. What you received shows once both sides have given feedback or 7 days have passed.',
    asCandidate: 'How interviewers assessed you',
    asCandidateLead: 'Technical knowledge, problem solving and communication, interview by interview.',
    asCandidateChart: 'Interviewers’ scores by interview',
    asInterviewer: 'Candidates’ reviews of you',
    asInterviewerLead: 'The overall rating and the criteria candidates scored.',
    asInterviewerChart: 'Candidates’ scores by interview',
    given: 'Your feedback',
    givenLead: 'What you wrote to others.',
    from: 'From:',
    to: 'To:',
    emptyReceived: 'Nothing yet: feedback shows here once both sides have given it or 7 days have passed.',
    emptyGiven: 'You have not given feedback yet.',
    failed: 'Could not load your feedback.',
  },
  calendarFeed: {
    title: 'Calendar subscription',
    text: 'A private link for Google Calendar, Apple Calendar or Outlook: your upcoming interviews appear there by themselves, and cancelled ones are marked as cancelled.',
    once: 'We show the link only once, so keep it. A new link switches the previous one off.',
    create: 'Get the link',
    regenerate: 'Make a new link',
    creating: 'Making the link…',
    url: 'Your calendar link',
    secret: 'Keep it to yourself: it reveals your schedule.',
    copy: 'Copy',
    copied: 'Link copied',
    copyFailed: 'Could not copy: select the link and copy it by hand.',
  },
};

export const interviewsWords = { ru, en };
