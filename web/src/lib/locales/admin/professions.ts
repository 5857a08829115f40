import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Профессии',
};

const en: Catalog<typeof ru> = {
  title: 'Professions',
};

export const professions = { ru, en };
