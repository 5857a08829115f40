import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Модерация',
};

const en: Catalog<typeof ru> = {
  title: 'Moderation',
};

export const moderation = { ru, en };
