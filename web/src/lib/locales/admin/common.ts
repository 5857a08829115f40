import type { Catalog } from '../catalog.ts';

const ru = {
  panel: 'Панель администратора',
  sections: 'Разделы панели администратора',
  reason: 'Причина',
  reasonHint: 'Причину увидят в журнале действий.',
  note: 'Комментарий',
  save: 'Сохранить',
  cancel: 'Отмена',
  confirm: 'Подтвердить',
  search: 'Найти',
  empty: 'Ничего не найдено.',
  failed: 'Не удалось загрузить данные.',
  from: 'С',
  to: 'По',
  all: 'Все',
  never: '—',
};

const en: Catalog<typeof ru> = {
  panel: 'Admin panel',
  sections: 'Admin panel sections',
  reason: 'Reason',
  reasonHint: 'The reason goes into the audit log.',
  note: 'Note',
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'Confirm',
  search: 'Search',
  empty: 'Nothing found.',
  failed: 'Could not load the data.',
  from: 'From',
  to: 'To',
  all: 'All',
  never: '—',
};

export const common = { ru, en };
