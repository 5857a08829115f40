/**
 * The ceiling for bench/exchange-list.ts: Hono on @hono/node-server answering every GET with the body in the
 * file BODY_FILE, from memory, as JSON. No database, no validation, no security headers.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = readFileSync(process.env.BODY_FILE ?? '', 'utf8');
const app = new Hono().get('*', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, port: 0 }, (info) => console.log(`bare http listening on ${info.port}`));
