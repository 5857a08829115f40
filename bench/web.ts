/**
 * The first load on a mid-range phone: builds the web app, serves it with the API over a fresh PostgreSQL
 * database holding a few open slots, runs Lighthouse (its default mobile profile: a throttled mid-range
 * phone on slow 4G) three times on each page as a guest, and prints the medians and the initial JavaScript
 * of each page (bytes: raw, gzip, and brotli as sent to browsers that accept it). `npm run bench:web`;
 * figures and goals in bench/README.md.
 */
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LEVELS } from '#contract/enums.ts';
import type { TProfessionList } from '#contract/professions.ts';
import { signUp } from '#e2e/support/api-client.ts';
import { startApp } from '#e2e/support/app.ts';
import { pageInitialJs } from '#e2e/support/initial-js.ts';

const PAGES = ['/exchange', '/login'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const webRoot = fileURLToPath(new URL('../web/dist', import.meta.url));
const LIGHTHOUSE = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/** What the seeded slots have in common. */
const SLOT = {
  durationMinutes: 60,
  meetingUrl: 'https://meet.example.com/bench',
  description: 'Алгоритмы, SQL и системный дизайн: разбор задач.',
};

/** Two interviewers publish a dozen slots over the next days, as people do: a first page of the exchange. */
async function seed(base: string) {
  const { items: professions } = (await (await fetch(`${base}/api/professions`)).json()) as TProfessionList;
  const interviewers = [await signUp(base), await signUp(base)];
  const start = Date.now() + 3 * 3600_000;
  for (let i = 0; i < 12; i += 1) {
    const res = await interviewers[i % 2]?.post('/api/slots', {
      ...SLOT,
      professionId: professions[i % professions.length]?.id,
      startsAt: new Date(start + i * 5 * 3600_000).toISOString(),
      level: LEVELS[i % 3],
      language: i % 4 ? 'ru' : 'en',
    });
    if (res?.status !== 201) throw new Error(`publishing a slot answered ${res?.status}`);
  }
}

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

/** One Lighthouse run in a fresh Chromium (Debian's): the mobile defaults, simulated throttling. */
async function lighthouse(url: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    LIGHTHOUSE,
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });
if (build.status !== 0) throw new Error('npm run build failed');

const server = await startApp();

const results: Record<string, unknown> = {};
try {
  await seed(server.url);
  for (const page of PAGES) {
    const runs: Report[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await lighthouse(`${server.url}${page}`));
      process.stderr.write(`${page}: run ${run + 1} of ${RUNS}\n`);
    }
    const score = (category: string) =>
      median(runs.map((report) => Math.round((report.categories[category]?.score ?? 0) * 100)));
    const audit = (id: string) => median(runs.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
    const js = await pageInitialJs(webRoot, page);
    results[page] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      initialJs: { files: js.files.length, rawBytes: js.raw, gzipBytes: js.gzip, brotliBytes: js.brotli },
    };
  }
} finally {
  await server.close();
}

console.log(JSON.stringify({ runs: RUNS, pages: results }, null, 2));
