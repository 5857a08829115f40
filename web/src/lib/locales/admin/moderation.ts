import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Модерация',
  lead: 'Ожидающие жалобы — от самой давней, рассмотренные — от последнего решения. Время — {{zone}}.',
  reports: 'Жалобы на неявку',
  tabs: 'Жалобы по статусу',
  status: {
    pending: 'Ожидают',
    upheld: 'Подтверждены',
    rejected: 'Отклонены',
  },
  statusBadge: {
    pending: 'Ожидает решения',
    upheld: 'Неявка подтверждена',
    rejected: 'Жалоба отклонена',
  },
  pendingCount: 'Ожидают ({{n}})',
  empty: {
    pending: 'Жалоб нет',
    upheld: 'Подтверждённых жалоб нет',
    rejected: 'Отклонённых жалоб нет',
  },
  emptyText: {
    pending: 'Когда участник сообщит, что другая сторона не пришла, жалоба появится здесь.',
    resolved: 'Здесь появятся жалобы, по которым принято такое решение.',
  },
  failed: 'Не удалось загрузить жалобы.',
  filed: 'Жалоба подана {{time}}',
  interview: 'Интервью',
  reporter: 'Автор жалобы',
  accused: 'На кого жалоба',
  side: {
    interviewer: 'интервьюер',
    candidate: 'кандидат',
  },
  blocked: 'заблокирован',
  checkedIn: 'отметка в {{time}}',
  notCheckedIn: 'нет отметки',
  checkIn: 'Отметка «Я на месте»',
  comment: 'Комментарий автора жалобы',
  noComment: 'Без комментария.',
  review: {
    given: 'Кандидат оставил отзыв об интервью.',
    none: 'Кандидат не оставлял отзыва.',
  },
  history: {
    title: 'История',
    interviews: 'Интервью',
    interviewsValue: 'проведено {{conducted}}, пройдено {{taken}}',
    strikes: 'Нарушения',
    strikesValue: 'всего {{total}}, за 90 дней {{recent}}',
    against: 'Другие жалобы на участника',
    againstValue: 'ожидают {{pending}} · подтверждено {{upheld}} · отклонено {{rejected}}',
    filed: 'Другие поданные жалобы',
  },
  suggestBlock: 'предлагается блокировка',
  suggestBlockHint: 'Нарушений за 90 дней: {{count}}. Блокировать ли — решает администратор.',
  resolution: {
    upheld: 'Подтвердил {{name}}, {{time}}',
    rejected: 'Отклонил {{name}}, {{time}}',
  },
  actions: {
    uphold: 'Подтвердить неявку',
    reject: 'Отклонить',
  },
  dialog: {
    upheld: 'Подтвердить неявку',
    rejected: 'Отклонить жалобу',
    effects: {
      upheldInterviewer:
        'Кандидату вернётся балл. Интервьюеру засчитается нарушение, балл за это интервью он не получит.',
      upheldCandidate:
        'Интервьюер получит балл, кандидату засчитается нарушение. Балл кандидата не вернётся.',
      rejectedInterviewer:
        'Интервьюер получит балл за это интервью: сразу, если кандидат оставил отзыв или прошли сутки после конца, иначе — как обычно.',
      rejectedCandidate: 'Баллы не меняются, нарушения никому не засчитается.',
    },
    note: 'Комментарий к решению',
    noteHint: 'Его увидят оба участника; он попадёт в журнал действий.',
    working: 'Сохраняем…',
    close: 'Закрыть',
  },
  resolvedElsewhere:
    'Эту жалобу уже рассмотрели — возможно, другой администратор. Список обновится, когда вы закроете окно.',
  done: {
    upheld: 'Неявка подтверждена. Участники получили уведомление.',
    rejected: 'Жалоба отклонена. Участники получили уведомление.',
  },
  pairs: {
    title: 'Подозрительные пары',
    lead: 'Кто с кем провёл {{n}} и больше интервью за последние {{days}} дней (включая назначенные) или записывался друг к другу в обе стороны.',
    empty: 'Подозрительных пар нет',
    emptyText: 'Пары появятся здесь, если двое начнут часто проводить интервью друг другу.',
    failed: 'Не удалось загрузить пары.',
    interviews_one: '{{count}} интервью вместе',
    interviews_few: '{{count}} интервью вместе',
    interviews_many: '{{count}} интервью вместе',
    interviews_other: '{{count}} интервью вместе',
    bothWays: 'в обе стороны',
    last: 'последнее {{time}}',
    member: 'интервьюером: {{interviewed}}, заработано баллов: {{earned}}',
  },
};

const en: Catalog<typeof ru> = {
  title: 'Moderation',
  lead: 'Pending reports oldest first, resolved ones by the latest decision. Times are in {{zone}}.',
  reports: 'No-show reports',
  tabs: 'Reports by status',
  status: {
    pending: 'Pending',
    upheld: 'Upheld',
    rejected: 'Rejected',
  },
  statusBadge: {
    pending: 'Awaiting a decision',
    upheld: 'No-show upheld',
    rejected: 'Report rejected',
  },
  pendingCount: 'Pending ({{n}})',
  empty: {
    pending: 'No reports',
    upheld: 'No upheld reports',
    rejected: 'No rejected reports',
  },
  emptyText: {
    pending: 'When a participant reports that the other side did not come, the report appears here.',
    resolved: 'Reports resolved this way will appear here.',
  },
  failed: 'Could not load the reports.',
  filed: 'Reported {{time}}',
  interview: 'Interview',
  reporter: 'Reported by',
  accused: 'Reported',
  side: {
    interviewer: 'interviewer',
    candidate: 'candidate',
  },
  blocked: 'blocked',
  checkedIn: 'checked in at {{time}}',
  notCheckedIn: 'did not check in',
  checkIn: '“I am here”',
  comment: 'The reporter’s comment',
  noComment: 'No comment.',
  review: {
    given: 'The candidate reviewed the interview.',
    none: 'The candidate left no review.',
  },
  history: {
    title: 'Record',
    interviews: 'Interviews',
    interviewsValue: '{{conducted}} conducted, {{taken}} taken',
    strikes: 'Strikes',
    strikesValue: '{{total}} in all, {{recent}} in 90 days',
    against: 'Other reports against them',
    againstValue: '{{pending}} pending · {{upheld}} upheld · {{rejected}} rejected',
    filed: 'Other reports filed',
  },
  suggestBlock: 'block suggested',
  suggestBlockHint: 'Strikes in 90 days: {{count}}. Whether to block is the admin’s decision.',
  resolution: {
    upheld: 'Upheld by {{name}}, {{time}}',
    rejected: 'Rejected by {{name}}, {{time}}',
  },
  actions: {
    uphold: 'Uphold the no-show',
    reject: 'Reject',
  },
  dialog: {
    upheld: 'Uphold the no-show',
    rejected: 'Reject the report',
    effects: {
      upheldInterviewer:
        'The candidate gets the point back. The interviewer gets a strike and no point for this interview.',
      upheldCandidate:
        'The interviewer gets the point, the candidate a strike. The candidate’s point is not returned.',
      rejectedInterviewer:
        'The interviewer earns the point for this interview: at once if the candidate reviewed it or a day has passed since the end, otherwise as usual.',
      rejectedCandidate: 'No points move and nobody gets a strike.',
    },
    note: 'Note on the decision',
    noteHint: 'Both participants will see it; it goes into the audit log.',
    working: 'Saving…',
    close: 'Close',
  },
  resolvedElsewhere:
    'This report has already been resolved, perhaps by another admin. The list refreshes when you close this window.',
  done: {
    upheld: 'No-show upheld. Both participants have been notified.',
    rejected: 'Report rejected. Both participants have been notified.',
  },
  pairs: {
    title: 'Suspicious pairs',
    lead: 'People with {{n}} or more interviews together in the last {{days}} days (booked ones included), or who booked each other both ways.',
    empty: 'No suspicious pairs',
    emptyText: 'Pairs appear here when two people start interviewing each other often.',
    failed: 'Could not load the pairs.',
    interviews_one: '{{count}} interview together',
    interviews_other: '{{count}} interviews together',
    bothWays: 'both ways',
    last: 'latest {{time}}',
    member: 'as interviewer: {{interviewed}}, points earned: {{earned}}',
  },
};

export const moderation = { ru, en };
