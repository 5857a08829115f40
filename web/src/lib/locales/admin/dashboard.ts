import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Сводка',
};

const en: Catalog<typeof ru> = {
  title: 'Overview',
};

export const dashboard = { ru, en };
