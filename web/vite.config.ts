import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readWebEnv } from './build/env.ts';
import { pageManifest } from './build/page-manifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://127.0.0.1:3000';

/**
 * React Router's package names only its development build (upstream issues 12532, 14753), so a production
 * bundle would carry its warnings, which build their messages on every render, and its checks. The app's
 * builds take its production build, with the same API; the dev server and the tests keep the warnings.
 */
const reactRouterProduction = [
  { find: /^react-router$/, replacement: 'react-router/dist/production/index.mjs' },
  { find: /^react-router\/dom$/, replacement: 'react-router/dist/production/dom-export.mjs' },
].map(({ find, replacement }) => ({
  find,
  replacement: fileURLToPath(new URL(`../node_modules/${replacement}`, import.meta.url)),
}));

export default defineConfig(({ mode, command }) => {
  const env = readWebEnv(mode, root);
  return {
    root,
    resolve: { alias: command === 'build' ? reactRouterProduction : [] },
    plugins: [react(), pageManifest(fileURLToPath(new URL('./src/app/routes', import.meta.url)))],
    define: {
      'import.meta.env.VITE_API_BASE_URL': JSON.stringify(env.VITE_API_BASE_URL),
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        // For inlining common chunks (below): the entry's exports are nobody's API.
        preserveEntrySignatures: false,
        output: {
          // Libraries change less often than our code: chunks of their own stay cached across releases.
          // Only what the app runs before any page ('$initial'): the rest (the live connection, zod) goes
          // with the pages that use it, and the app's own first code is one chunk.
          codeSplitting: {
            // Code shared by a few pages would otherwise come as dozens of tiny files, which a phone on
            // HTTP/1.1 fetches six at a time: small shared pieces are copied into each page that uses them
            // (the exchange: 10 files instead of 26, for the same bytes). Experimental in rolldown, it needs
            // `preserveEntrySignatures: false` (above); e2e/web-budget.test.ts and the browser tests cover it.
            experimentalInlineCommonChunks: { maxSize: 12 * 1024 },
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
              { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 2 },
              { name: 'app', tags: ['$initial'], priority: 1 },
            ],
          },
        },
      },
    },
    server: {
      proxy: {
        '/api': { target: backend },
        '/socket.io': { target: backend, ws: true },
      },
    },
  };
});
