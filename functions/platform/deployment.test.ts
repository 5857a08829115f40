import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { deployedName, httpFunctions, scheduledJobs } from '#functions/registry.ts';
import { buildLambdaFunctions } from '#scripts/build-functions.ts';
import { routeOf, serverlessYaml } from '#scripts/gen-serverless.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ZServerless = z.object({
  service: z.string(),
  provider: z.object({ name: z.string(), runtime: z.string() }),
  package: z.object({ individually: z.boolean() }),
  functions: z.record(
    z.string(),
    z.object({
      handler: z.string(),
      package: z.object({ patterns: z.array(z.string()) }),
      events: z.array(
        z.union([
          z.strictObject({ httpApi: z.object({ method: z.string(), path: z.string() }) }),
          z.strictObject({ schedule: z.string() }),
        ]),
      ),
    }),
  ),
});

const readServerless = async () =>
  ZServerless.parse(parse(await readFile(join(root, 'serverless.yml'), 'utf8')));

const deployed = (folder: string) => {
  const name = deployedName(folder);
  return {
    name,
    handler: `dist/functions/${name}/index.handler`,
    bundle: `dist/functions/${name}/index.mjs`,
  };
};
const expected = Object.entries(httpFunctions).map(([folder, app]) => ({
  ...deployed(folder),
  ...routeOf(folder, app),
}));
const expectedScheduled = Object.keys(scheduledJobs).map(deployed);

/** The names of the files in a zip archive, from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const skip = nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + skip;
  }
  return names;
}

describe('serverless.yml', () => {
  it('is the file the registry generates (npm run gen:serverless)', async () => {
    expect(await readFile(join(root, 'serverless.yml'), 'utf8')).toBe(serverlessYaml());
  });

  it('deploys every function of the registry with its bundle, method and path', async () => {
    const { service, provider, package: packaging, functions } = await readServerless();
    expect(service).toMatch(/^[a-zA-Z][0-9a-zA-Z-]+$/);
    expect(provider).toMatchObject({ name: 'aws', runtime: 'nodejs20.x' });
    expect(packaging.individually).toBe(true);
    for (const fn of expected) {
      expect(functions[fn.name], fn.name).toEqual({
        handler: fn.handler,
        package: { patterns: ['!**', `dist/functions/${fn.name}/**`] },
        events: [{ httpApi: { method: fn.method, path: fn.path } }],
      });
    }
    for (const fn of expectedScheduled) {
      expect(functions[fn.name], fn.name).toEqual({
        handler: fn.handler,
        package: { patterns: ['!**', `dist/functions/${fn.name}/**`] },
        events: [{ schedule: 'rate(1 minute)' }],
      });
    }
  });

  it('deploys nothing the registry does not have', async () => {
    const { functions } = await readServerless();
    expect(Object.keys(functions).sort()).toEqual(
      [...expected, ...expectedScheduled].map((fn) => fn.name).sort(),
    );
  });

  it('packages offline with osls: one zip per function holding only its bundle', {
    timeout: 120_000,
  }, async () => {
    await buildLambdaFunctions();
    const outDir = await mkdtemp(join(tmpdir(), 'mockstock-serverless-'));
    try {
      await promisify(execFile)('npx', ['osls', 'package', '--package', outDir], { cwd: root });
      for (const fn of [...expected, ...expectedScheduled]) {
        expect(zipEntries(await readFile(join(outDir, `${fn.name}.zip`))), fn.name).toEqual([fn.bundle]);
      }
      const template = z
        .object({ Resources: z.record(z.string(), z.object({ Type: z.string(), Properties: z.unknown() })) })
        .parse(JSON.parse(await readFile(join(outDir, 'cloudformation-template-update-stack.json'), 'utf8')));
      const routeKeys = Object.values(template.Resources)
        .filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route')
        .map((resource) => z.object({ RouteKey: z.string() }).parse(resource.Properties).RouteKey);
      expect(routeKeys.sort()).toEqual(expected.map((fn) => `${fn.method} ${fn.path}`).sort());
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
