import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Пользователи',
};

const en: Catalog<typeof ru> = {
  title: 'Users',
};

export const users = { ru, en };
