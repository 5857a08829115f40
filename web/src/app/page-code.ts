import type { ComponentType } from 'react';

/**
 * A page's code, loaded when the page is first shown, or before that: before the app's first render when the
 * tab opens on the page, and when the reader points at a link to it (router.tsx). Loaded once. A failed load
 * that a render has shown stays failed, as with `React.lazy`, and shows the error page; a failed load nobody
 * has shown yet (a preload on a flaky connection) is forgotten, so the click that follows tries again.
 */
export class PageCode {
  readonly #importer: () => Promise<ComponentType>;
  #loading: Promise<ComponentType> | undefined;
  #shown = false;
  /** The page's component, once its code has loaded. */
  loaded: ComponentType | undefined;

  constructor(importer: () => Promise<ComponentType>) {
    this.#importer = importer;
  }

  /** Starts loading the code, or joins the load under way. */
  load(): Promise<ComponentType> {
    if (this.#loading) return this.#loading;
    const loading = this.#importer().then((Component) => {
      this.loaded = Component;
      return Component;
    });
    loading.catch(() => {
      if (this.#loading === loading && !this.#shown) this.#loading = undefined;
    });
    this.#loading = loading;
    return loading;
  }

  /**
   * The load a render waits for (with `use`). From now on its outcome stays: React must see the same promise
   * each time it renders the page again, and its error once it fails.
   */
  show(): Promise<ComponentType> {
    this.#shown = true;
    return this.load();
  }
}
