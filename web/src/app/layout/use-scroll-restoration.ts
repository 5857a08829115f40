import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Location, useLocation, useNavigationType } from 'react-router-dom';

const STORAGE_KEY = 'mockstock.scroll';

function storedPositions(): Record<string, number> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
  } catch {
    // Storage can be disabled (privacy modes): positions then last until the tab reloads.
    return {};
  }
}

/**
 * The history entry a position belongs to. Entries the app pushed carry the router's key; the entry a document
 * was opened on has none (every one is 'default'), so its address stands in for it. Otherwise an address typed
 * into the tab would open where the tab's previous page was left.
 */
const entryKey = ({ key, pathname, search }: Location) => (key === 'default' ? `${pathname}${search}` : key);

/** Whether this document was opened anew (a link from elsewhere, a typed address), not reloaded or returned to. */
function openedAnew(): boolean {
  const [entry] = performance.getEntriesByType('navigation');
  return entry instanceof PerformanceNavigationTiming && entry.type === 'navigate';
}

/** How long a page may take to grow tall enough (its code and data arriving) for a saved position. */
const RESTORE_WAIT_MS = 5000;
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls to a saved position. A page whose data is still on the way (after a reload, say) is shorter than
 * that: the position is tried again as the page grows, until it is reached, the reader moves first, or the
 * wait is over. Returns what stops trying.
 */
function restore(position: number): (() => void) | undefined {
  window.scrollTo(0, position);
  if (Math.round(window.scrollY) === position) return undefined;
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, position);
    if (Math.round(window.scrollY) === position) stop();
  });
  const timer = window.setTimeout(() => stop(), RESTORE_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop);
  }
  observer.observe(document.body);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { passive: true });
  return stop;
}

/**
 * What React Router's <ScrollRestoration> does for its data router: a page opened by a link starts at its
 * top, or at the element its hash names; Back, Forward and a reload return to where the reader was on that
 * entry of the history, once the page is tall enough again. Positions are kept per history entry for the
 * tab's life (sessionStorage).
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  // Read from storage once, on the first render; kept up to date in place and stored when the page goes. A
  // page opened anew starts at its top, even where this tab once left the same address.
  const [positions] = useState(() => {
    const stored = storedPositions();
    if (openedAnew()) delete stored[entryKey(location)];
    return stored;
  });
  const current = useRef(entryKey(location));

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        positions[current.current] = window.scrollY;
      });
    };
    const persist = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
      } catch {
        // Full or disabled: a reload then starts at the top.
      }
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', persist);
      window.history.scrollRestoration = 'auto';
    };
  }, [positions]);

  // Before paint, so the new page never shows at the old one's offset.
  useLayoutEffect(() => {
    current.current = entryKey(location);
    const saved = positions[current.current];
    if (navigationType === 'POP' && saved !== undefined) return restore(saved);
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [location, navigationType, positions]);
}
