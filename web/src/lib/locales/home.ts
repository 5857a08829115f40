import type { Catalog } from './catalog.ts';

/** The home page's words: a guest's landing and a member's own page, with the parts other pages show of it (the points history, the profile's summary). Loaded with the code that shows them. */
const ru = {
  guestHome: {
    title: 'Биржа пробных технических собеседований',
    lead: 'Тренируйтесь на собеседованиях с коллегами: проводите их сами и проходите у других. Проведённое собеседование приносит балл, пройденное стоит балл.',
    openExchange: 'Открыть биржу',
    register: 'Создать аккаунт',
    moscowNow: 'Сейчас в Москве {{time}}',
  },
  howItWorks: {
    title: 'Как устроен Mockstock',
    points: {
      title: 'Баллы вместо денег',
      text: 'Провели собеседование — получили 1 балл. Потратили 1 балл — прошли собеседование у коллеги. Первый балл начисляем при регистрации.',
    },
    roles: {
      title: 'Обе роли в одном аккаунте',
      text: 'Сегодня вы кандидат, завтра интервьюер. Так видно собеседование с обеих сторон стола.',
    },
    feedback: {
      title: 'Честные отзывы',
      text: 'После встречи стороны оценивают друг друга. Отзыв открывается, когда написали оба, — никто не ставит оценку в отместку.',
    },
    time: {
      title: 'Время по Москве',
      text: 'Расписание показано по московскому времени (МСК), а после регистрации — в вашем часовом поясе.',
    },
  },
  userHome: {
    title: 'Главная',
    greeting: 'Здравствуйте, {{name}}!',
    lead: 'Это ваш кабинет на бирже собеседований.',
    balanceTitle: 'Ваш баланс',
    balanceHint: 'Пройти собеседование стоит 1 балл, провести — приносит 1 балл.',
    profileTitle: 'Профиль',
    timeZone: 'Часовой пояс',
    localTime: 'Сейчас у вас',
    level: 'Уровень',
    professions: 'Профессии',
    noProfessions: 'Не выбраны',
    contacts: 'Контакты',
    noContacts: 'Не указаны',
    memberSince: 'На Mockstock с',
    editProfile: 'Изменить профиль',
    changePassword: 'Сменить пароль',
    nextTitle: 'Что дальше',
    findTitle: 'Пройти собеседование',
    findText: 'Выберите слот коллеги на бирже. Запись стоит 1 балл.',
    findAction: 'Открыть биржу',
    publishTitle: 'Провести собеседование',
    publishText: 'Опубликуйте удобное время. За проведённое собеседование начислим 1 балл.',
    publishAction: 'Опубликовать слот',
    publicProfile: 'Публичный профиль',
    myFeedback: 'Мои отзывы',
    completeProfile:
      'Добавьте профессии и контакты: так коллегам будет проще понять, о чём вас спрашивать, и договориться о встрече.',
  },
};

const en: Catalog<typeof ru> = {
  guestHome: {
    title: 'An exchange of mock technical interviews',
    lead: 'Practise interviews with fellow engineers: run them yourself and take them with others. Running an interview earns a point; taking one costs a point.',
    openExchange: 'Open the exchange',
    register: 'Create an account',
    moscowNow: 'It is {{time}} in Moscow',
  },
  howItWorks: {
    title: 'How Mockstock works',
    points: {
      title: 'Points, not money',
      text: 'Run an interview and earn 1 point. Spend 1 point to be interviewed by a peer. Your first point comes with sign-up.',
    },
    roles: {
      title: 'Both roles, one account',
      text: 'A candidate today, an interviewer tomorrow: you see the interview from both sides of the table.',
    },
    feedback: {
      title: 'Honest feedback',
      text: 'After the call both sides rate each other. Feedback opens once both have written theirs, so nobody rates in retaliation.',
    },
    time: {
      title: 'Moscow time by default',
      text: 'The schedule is shown in Moscow time (MSK), and in your own time zone once you sign up.',
    },
  },
  userHome: {
    title: 'Home',
    greeting: 'Hello, {{name}}!',
    lead: 'This is your home on the interview exchange.',
    balanceTitle: 'Your balance',
    balanceHint: 'Taking an interview costs 1 point; running one earns 1 point.',
    profileTitle: 'Profile',
    timeZone: 'Time zone',
    localTime: 'Your time now',
    level: 'Level',
    professions: 'Professions',
    noProfessions: 'None selected',
    contacts: 'Contacts',
    noContacts: 'Not given',
    memberSince: 'On Mockstock since',
    editProfile: 'Edit profile',
    changePassword: 'Change password',
    nextTitle: 'What next',
    findTitle: 'Take an interview',
    findText: 'Pick a peer’s slot on the exchange. Booking costs 1 point.',
    findAction: 'Open the exchange',
    publishTitle: 'Run an interview',
    publishText: 'Publish a time that suits you. Each interview you run earns 1 point.',
    publishAction: 'Publish a slot',
    publicProfile: 'Public profile',
    myFeedback: 'My feedback',
    completeProfile:
      'Add your professions and contacts so peers know what to ask you about and how to reach you.',
  },
};

export const homeWords = { ru, en };
