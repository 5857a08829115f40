import type { Catalog } from '../catalog.ts';

const ru = {
  title: 'Журнал действий',
};

const en: Catalog<typeof ru> = {
  title: 'Audit log',
};

export const audit = { ru, en };
