import type { Catalog } from './catalog.ts';

/** The words of a slot's own page and its forms: publishing, editing, withdrawing, cancelling. Loaded with the code that shows them. */
const ru = {
  slotForm: {
    newTitle: 'Новый слот',
    newLead:
      'Выберите время, когда готовы провести собеседование. За проведённое собеседование начислим 1 балл.',
    editTitle: 'Изменить слот',
    profession: 'Профессия',
    start: 'Начало',
    date: 'Дата',
    time: 'Время',
    startHint: 'По вашему часовому поясу: {{zone}}. Не позже чем через 60 дней.',
    duration: 'Длительность',
    level: 'Уровень кандидата',
    anyLevel: 'Любой',
    language: 'Язык собеседования',
    meetingUrl: 'Ссылка на встречу',
    meetingUrlHint:
      'Ссылка https:// на комнату в Телемосте, Zoom, Google Meet или другом сервисе. Её увидит только записавшийся кандидат.',
    description: 'Темы',
    descriptionHint: 'Что будете спрашивать: алгоритмы, System Design, поведенческие вопросы…',
    publish: 'Опубликовать',
    publishing: 'Публикуем…',
    save: 'Сохранить',
    saving: 'Сохраняем…',
    backToSlot: 'Вернуться к слоту',
    bookedNote:
      'На этот слот уже записались, поэтому менять можно только ссылку и темы. Кандидат получит уведомление.',
    runningNote:
      'Собеседование идёт: до его конца можно сменить только ссылку на встречу. Кандидат сразу получит уведомление.',
    changeLink: 'Сменить ссылку',
    notEditable: 'Этот слот больше нельзя изменить.',
    published: 'Слот опубликован и уже виден на бирже.',
    saved: 'Изменения сохранены.',
  },
  slotPage: {
    title: 'Собеседование: {{profession}}',
    notFoundTitle: 'Слот не найден',
    notFoundText: 'Возможно, ссылка устарела или слот удалён.',
    toExchange: 'На биржу',
    edit: 'Изменить',
    meeting: 'Встреча',
    loadFailed: 'Не удалось загрузить слот.',
  },
  cancel: {
    candidate: {
      action: 'Отменить запись',
      title: 'Отменить запись?',
      text: 'Балл вернётся на ваш счёт, а слот снова появится на бирже.',
    },
    interviewer: {
      action: 'Отменить собеседование',
      title: 'Отменить собеседование?',
      text: 'Кандидату вернётся балл, и он получит уведомление об отмене.',
    },
    withdraw: {
      action: 'Снять с биржи',
      title: 'Снять слот с биржи?',
      text: 'На него ещё никто не записался, так что это никого не затронет.',
    },
    working: 'Отменяем…',
    closed: 'Отменить уже нельзя: отмена закрылась {{time}}, за 2 часа до начала.',
    started: 'Собеседование уже началось, отменить его нельзя.',
    until: 'Отменить можно до {{time}}',
    interviewerUntil: 'Без последствий — до {{time}}, позже — с нарушением за позднюю отмену',
    lateUntil: 'Поздняя отмена (засчитается нарушение) — до начала, {{time}}',
    late: 'Отмена менее чем за 2 часа: кандидату вернётся балл, а вам засчитается нарушение — поздняя отмена.',
    withdrawUntil: 'Снять с биржи можно до начала: {{time}}',
    notes: {
      candidate: {
        candidate: 'Вы отменили запись, балл вернулся на счёт.',
        interviewer: 'Интервьюер отменил собеседование. Балл вернулся на ваш счёт.',
        admin: 'Собеседование отменил администратор. Балл вернулся на ваш счёт.',
        withdrawn: 'Слот снят с биржи.',
      },
      interviewer: {
        candidate: 'Кандидат отменил запись.',
        interviewer: 'Собеседование отменено. Кандидату вернулся балл.',
        admin: 'Собеседование отменил администратор.',
        withdrawn: 'Слот снят с биржи.',
      },
    },
    similar: 'Похожие открытые слоты',
  },
};

const en: Catalog<typeof ru> = {
  slotForm: {
    newTitle: 'New slot',
    newLead: 'Choose a time when you can run an interview. Each interview you run earns 1 point.',
    editTitle: 'Edit slot',
    profession: 'Profession',
    start: 'Start',
    date: 'Date',
    time: 'Time',
    startHint: 'In your time zone: {{zone}}. At most 60 days ahead.',
    duration: 'Duration',
    level: 'Candidate level',
    anyLevel: 'Any',
    language: 'Interview language',
    meetingUrl: 'Meeting link',
    meetingUrlHint:
      'An https:// link to a room in Zoom, Google Meet, Telemost or another service. Only the candidate who books sees it.',
    description: 'Topics',
    descriptionHint: 'What you will ask about: algorithms, system design, behavioural questions…',
    publish: 'Publish',
    publishing: 'Publishing…',
    save: 'Save',
    saving: 'Saving…',
    backToSlot: 'Back to the slot',
    bookedNote:
      'Someone has booked this slot, so only the link and the topics can change. The candidate will be notified.',
    runningNote:
      'The interview is under way: until it ends only the meeting link can change. The candidate is notified at once.',
    changeLink: 'Change the link',
    notEditable: 'This slot can no longer be edited.',
    published: 'The slot is published and already on the exchange.',
    saved: 'Changes saved.',
  },
  slotPage: {
    title: 'Interview: {{profession}}',
    notFoundTitle: 'Slot not found',
    notFoundText: 'The link may be outdated, or the slot was removed.',
    toExchange: 'To the exchange',
    edit: 'Edit',
    meeting: 'Meeting',
    loadFailed: 'Could not load the slot.',
  },
  cancel: {
    candidate: {
      action: 'Cancel booking',
      title: 'Cancel your booking?',
      text: 'Your point comes back and the slot returns to the exchange.',
    },
    interviewer: {
      action: 'Cancel interview',
      title: 'Cancel the interview?',
      text: 'The candidate gets their point back and is notified.',
    },
    withdraw: {
      action: 'Withdraw',
      title: 'Withdraw the slot from the exchange?',
      text: 'Nobody has booked it yet, so nobody is affected.',
    },
    working: 'Cancelling…',
    closed: 'It can no longer be cancelled: cancellation closed at {{time}}, 2 hours before the start.',
    started: 'The interview has started and can no longer be cancelled.',
    until: 'You can cancel until {{time}}',
    interviewerUntil: 'Without a penalty until {{time}}; later with a late-cancellation strike',
    lateUntil: 'Late cancellation, with a strike: until the start, {{time}}',
    late: 'Less than 2 hours before the start: the candidate gets the point back, and you get a late-cancellation strike.',
    withdrawUntil: 'You can withdraw it until it starts: {{time}}',
    notes: {
      candidate: {
        candidate: 'You cancelled your booking; the point is back on your balance.',
        interviewer: 'The interviewer cancelled the interview. The point is back on your balance.',
        admin: 'An administrator cancelled the interview. The point is back on your balance.',
        withdrawn: 'The slot was withdrawn from the exchange.',
      },
      interviewer: {
        candidate: 'The candidate cancelled the booking.',
        interviewer: 'Interview cancelled. The candidate got their point back.',
        admin: 'An administrator cancelled the interview.',
        withdrawn: 'The slot was withdrawn from the exchange.',
      },
    },
    similar: 'Similar open slots',
  },
};

export const slotPageWords = { ru, en };
