import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Собеседования',
};

const en: Catalog<typeof ru> = {
  title: 'Interviews',
};

export const interviews = { ru, en };
