import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** How long a page whose code or data is still loading may take to show its heading. */
const HEADING_WAIT_MS = 5000;

/**
 * After a route change (not the first load, nor a change of the query alone), keyboard and screen reader
 * users start at the new page's main heading, not where the link they followed was. A page still loading
 * gets its heading focused when it appears; until then the main region holds the focus.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  // The page the focus was last placed for: the first load keeps the browser's own start.
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const region = main.current;
    if (!region) return;
    const focusHeading = (): boolean => {
      const heading = region.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    region.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      // A user who has moved on (typed in a field, tabbed to a link) keeps their place.
      if (document.activeElement !== region && document.activeElement !== document.body) {
        observer.disconnect();
      } else if (focusHeading()) {
        observer.disconnect();
      }
    });
    observer.observe(region, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, main]);
}
