import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadLinkTarget, preloadPage } from './app/router.tsx';
import { languageReady } from './lib/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render shows the page itself, in the visitor's language: no loader, no words swapped after.
await Promise.all([languageReady, preloadPage(window.location.pathname, { opening: true })]);
// The first render as a transition: React renders it in slices of a few milliseconds and lets the browser
// answer between them, rather than in one long task that a phone cannot interrupt (issue 11).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

for (const intent of ['pointerover', 'focusin', 'touchstart'] as const)
  document.addEventListener(intent, preloadLinkTarget, { passive: true });
