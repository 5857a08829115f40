import { stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { deployedName, httpFunctions, scheduledJobs } from '#functions/registry.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export type Bundle = { file: string; bytes: number };

const handlerPath = (folder: string) => `./functions/${folder}/handler.ts`;

/** Bundles generated source (never written to the tree) into one minified file. */
async function bundle(
  name: string,
  contents: string,
  outfile: string,
  options: BuildOptions,
): Promise<Bundle> {
  await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.entry.ts`, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  return { file: outfile, bytes: (await stat(outfile)).size };
}

/** A scheduled job lives in `functions/scheduled/<job>/<job>.ts` as the camel-cased export of its name. */
function scheduledEntry(folder: string): string {
  const job = folder.split('/').at(-1) ?? '';
  const exported = job.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return [
    `import { createScheduledHandler } from './functions/platform/lambda.ts';`,
    `import { ${exported} } from './functions/${folder}/${job}.ts';`,
    `export const handler = createScheduledHandler(${exported});`,
  ].join('\n');
}

/**
 * A use case's bundle holds its own handler only. The documentation functions have no folder of their own:
 * they describe every route, so their bundle takes them from the registry, with every declaration.
 */
const httpEntry = (folder: string) =>
  [
    `import { createLambdaHandler } from './functions/platform/lambda.ts';`,
    folder.startsWith('docs/')
      ? `import { httpFunctions } from './functions/registry.ts'; const app = httpFunctions['${folder}'];`
      : `import app from '${handlerPath(folder)}';`,
    'export const handler = createLambdaHandler(app);',
  ].join('\n');

/**
 * One Lambda bundle per function of the registry, HTTP and scheduled: `<outDir>/<deployed name>/index.mjs`
 * exporting `handler`.
 */
export function buildLambdaFunctions(outDir = join(root, 'dist/functions')): Promise<Bundle[]> {
  const entries = [
    ...Object.keys(httpFunctions).map((folder) => [folder, httpEntry(folder)] as const),
    ...Object.keys(scheduledJobs).map((folder) => [folder, scheduledEntry(folder)] as const),
  ];
  return Promise.all(
    entries.map(([folder, entry]) =>
      bundle(deployedName(folder), entry, join(outDir, deployedName(folder), 'index.mjs'), {
        platform: 'node',
        target: 'node20',
        // CommonJS dependencies bundled into an ES module still call require() for Node built-ins.
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
        // Only `npm start` embeds PGlite; a deployed function reaches PostgreSQL and never loads it.
        external: ['@electric-sql/pglite'],
      }),
    ),
  );
}

/** The account functions (sign-up, sessions, profile) as one Worker. */
const workerFolders = Object.keys(httpFunctions).filter(
  (folder) => folder.startsWith('auth/') || folder.startsWith('me/'),
);

const builtins = new Set(builtinModules);
// workerd's nodejs_compat lacks these; only code we never call needs them (rate-limiter-flexible's index
// loads its cluster limiter, which requires node:cluster, whatever limiter one uses).
const absentInWorkerd = new Set(['cluster']);

/**
 * A require() of a Node built-in inside bundled CommonJS cannot run in a Worker (there is no require): it
 * becomes an import of the module workerd provides, as wrangler does it.
 */
const workerdRequires: Plugin = {
  name: 'workerd-requires',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z0-9_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (args.kind !== 'require-call' || !builtins.has(name)) return undefined;
      return { path: name, namespace: 'workerd-require' };
    });
    build.onLoad({ filter: /.*/, namespace: 'workerd-require' }, (args) => ({
      contents: absentInWorkerd.has(args.path)
        ? 'module.exports = {};'
        : `import lib from 'node:${args.path}'; module.exports = lib;`,
      loader: 'js',
    }));
  },
};

/** The Workers script `<outFile>` (default dist/worker/accounts.mjs), for workerd with nodejs_compat. */
export function buildWorker(outFile = join(root, 'dist/worker/accounts.mjs')): Promise<Bundle> {
  const imports = workerFolders.map((folder, index) => `import app${index} from '${handlerPath(folder)}';`);
  return bundle(
    'worker',
    [
      `import { createWorker } from './functions/platform/worker.ts';`,
      ...imports,
      `export default createWorker([${workerFolders.map((_, index) => `app${index}`).join(', ')}]);`,
    ].join('\n'),
    outFile,
    {
      platform: 'neutral',
      target: 'es2022',
      // postgres.js ships a build over `cloudflare:sockets` under these conditions.
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      // Node built-ins come from workerd's nodejs_compat at run time.
      external: ['cloudflare:*', 'node:*', ...builtinModules],
      plugins: [workerdRequires],
    },
  );
}

const formatSize = ({ file, bytes }: Bundle) =>
  `${relative(root, file).padEnd(56)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`;

async function main() {
  const { values } = parseArgs({ options: { target: { type: 'string', default: 'lambda' } } });
  if (values.target !== 'lambda' && values.target !== 'worker')
    throw new Error(`--target must be lambda or worker, not ${values.target}`);
  const bundles = values.target === 'worker' ? [await buildWorker()] : await buildLambdaFunctions();
  for (const built of bundles) console.log(formatSize(built));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
