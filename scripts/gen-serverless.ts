import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from '#functions/kernel/context.ts';
import { deployedName, httpFunctions, scheduledJobs } from '#functions/registry.ts';

const target = fileURLToPath(new URL('../serverless.yml', import.meta.url));

/** The one route a function serves, in API Gateway's terms (`:id` is `{id}` there). */
export function routeOf(folder: string, app: Hono<AppEnv>): { method: string; path: string } {
  const routes = new Set(
    app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
  );
  const [route, ...more] = routes;
  if (!route || more.length > 0)
    throw new Error(`${folder} must serve exactly one route, not ${routes.size}`);
  const [method = '', path = ''] = route.split(' ');
  return { method, path };
}

const deployment = (name: string, event: string) =>
  [
    `  ${name}:`,
    `    handler: dist/functions/${name}/index.handler`,
    '    package:',
    `      patterns: ["!**", "dist/functions/${name}/**"]`,
    '    events:',
    `      - ${event}`,
  ].join('\n');

/** serverless.yml as the registry implies it: every HTTP function and scheduled job, each its own Lambda. */
export function serverlessYaml(): string {
  const http = Object.entries(httpFunctions).map(([folder, app]) => {
    const { method, path } = routeOf(folder, app);
    return deployment(deployedName(folder), `httpApi: { method: ${method}, path: "${path}" }`);
  });
  const scheduled = Object.keys(scheduledJobs).map((folder) =>
    deployment(deployedName(folder), 'schedule: rate(1 minute)'),
  );
  return `# Generated from functions/registry.ts by \`npm run gen:serverless\`; do not edit by hand (CI checks it).
# Each HTTP function as its own Lambda behind one HTTP API, and each scheduled function on its schedule.
# The bundles come from \`npm run build:functions\`.
service: mockstock
# osls, the open-source fork of Serverless Framework v3 (devDependency); no account or dashboard.
frameworkVersion: "4"

provider:
  name: aws
  runtime: nodejs20.x
  architecture: arm64
  region: \${opt:region, env:AWS_REGION, 'eu-central-1'}
  stage: \${opt:stage, 'dev'}
  memorySize: 512
  timeout: 10
  logRetentionInDays: 30
  environment:
    # Resolved by CloudFormation at deploy time from SSM parameters under /mockstock/<stage>/, so packaging
    # needs no AWS access and no secret passes through the machine that packages.
    DATABASE_URL: "{{resolve:ssm:/mockstock/\${sls:stage}/database-url}}"
    REDIS_URL: "{{resolve:ssm:/mockstock/\${sls:stage}/redis-url}}"
    JWT_SECRET: "{{resolve:ssm:/mockstock/\${sls:stage}/jwt-secret}}"
    APP_ORIGIN: "{{resolve:ssm:/mockstock/\${sls:stage}/app-origin}}"
    # API Gateway sets X-Forwarded-Proto itself; the client address comes from its request context.
    TRUST_PROXY: "true"

package:
  individually: true

functions:
${http.join('\n')}

  # The scheduled functions (scheduledJobs in functions/registry.ts), each every minute. They are idempotent,
  # so EventBridge's at-least-once delivery and overlapping runs are harmless.
${scheduled.join('\n')}
`;
}

/** `npm run gen:serverless` writes the file; with `--check` it only says whether the committed one is current. */
async function main() {
  const generated = serverlessYaml();
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8');
    if (committed !== generated) {
      console.error('serverless.yml differs from the registry: run `npm run gen:serverless` and commit it.');
      process.exit(1);
    }
    return;
  }
  await writeFile(target, generated);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
