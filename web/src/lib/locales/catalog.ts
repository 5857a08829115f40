/** English has the keys of Russian, less the plural forms only Russian grammar needs. */
export type Catalog<T> = {
  [K in keyof T as K extends `${string}_${'few' | 'many'}` ? never : K]: T[K] extends string
    ? string
    : Catalog<T[K]>;
};
