import type { Catalog } from './catalog.ts';

/** The anti-farming notes of the booking and slot pages, loaded with their code. */
const ru = {
  label: 'Награда',
  earns: '+1 балл после отзыва кандидата или через 24 ч после окончания',
  noPoint_one:
    'Балл за это собеседование не начислится: вы уже получали балл за собеседование с этим кандидатом за последний {{count}} день.',
  noPoint_few:
    'Балл за это собеседование не начислится: вы уже получали балл за собеседование с этим кандидатом за последние {{count}} дня.',
  noPoint_many:
    'Балл за это собеседование не начислится: вы уже получали балл за собеседование с этим кандидатом за последние {{count}} дней.',
  noPoint_other:
    'Балл за это собеседование не начислится: вы уже получали балл за собеседование с этим кандидатом за последние {{count}} дня.',
  noReward_one:
    'Интервьюер уже получал балл за собеседование с вами за последний {{count}} день — за это собеседование он балл не получит. Записаться можно.',
  noReward_few:
    'Интервьюер уже получал балл за собеседование с вами за последние {{count}} дня — за это собеседование он балл не получит. Записаться можно.',
  noReward_many:
    'Интервьюер уже получал балл за собеседование с вами за последние {{count}} дней — за это собеседование он балл не получит. Записаться можно.',
  noReward_other:
    'Интервьюер уже получал балл за собеседование с вами за последние {{count}} дня — за это собеседование он балл не получит. Записаться можно.',
};

const en: Catalog<typeof ru> = {
  label: 'Reward',
  earns: '+1 point after the candidate’s review or 24 h after the end',
  noPoint_one:
    'This interview earns you no point: you already earned one for an interview with this candidate within the last day.',
  noPoint_other:
    'This interview earns you no point: you already earned one for an interview with this candidate within the last {{count}} days.',
  noReward_one:
    'The interviewer already earned a point for an interview with you within the last day, so this one earns them nothing. You can still book it.',
  noReward_other:
    'The interviewer already earned a point for an interview with you within the last {{count}} days, so this one earns them nothing. You can still book it.',
};

export const antiFarming = { ru, en };
