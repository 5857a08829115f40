import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFunctions } from '#functions/registry.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

type LintReport = {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[];
};

/** The pinned Redocly CLI on a file, offline: no telemetry, no update check. */
function redoclyLint(file: string): Promise<LintReport> {
  const args = ['lint', file, '--config', join(root, 'functions/docs/redocly.yaml'), '--format=json'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' };
  return new Promise((resolve, reject) => {
    // It exits 1 when it finds an error; the JSON report on stdout says which.
    execFile(join(root, 'node_modules/.bin/redocly'), args, { cwd: root, env }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`redocly lint gave no report: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}

type Operation = { responses: object; parameters?: unknown[]; requestBody?: unknown; 'x-access'?: string };

let document: Awaited<ReturnType<typeof buildOpenApiDocument>>;
let dir: string;
beforeAll(async () => {
  document = await buildOpenApiDocument(httpFunctions);
  dir = await mkdtemp(join(tmpdir(), 'mockstock-openapi-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the OpenAPI document', () => {
  it('passes redocly lint with its recommended rules: no error, no warning', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const report = await redoclyLint(file);
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  // redocly.yaml spares GETs from `operation-4xx-response` for these alone.
  it('declares a 4xx response on every operation but a public GET that takes no input', () => {
    const paths = document.paths as Record<string, Record<string, Operation>>;
    const without4xx = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => !Object.keys(operation.responses).some((status) => status.startsWith('4')))
        .map(([method, operation]) => ({
          operation: `${method} ${path}`,
          method,
          access: operation['x-access'],
          input: Boolean(operation.parameters?.length || operation.requestBody),
        })),
    );
    for (const { operation, ...facts } of without4xx)
      expect(facts, operation).toEqual({ method: 'get', access: 'public', input: false });
  });
});
