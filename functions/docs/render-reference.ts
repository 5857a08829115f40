import type { OpenApiDocument } from './openapi-document.ts';

const escapeHtml = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

const accessLabel: Record<string, string> = {
  public: 'anyone',
  user: 'signed-in user',
  'optional-user': 'anyone; more for a signed-in user',
  'feed-token': 'holder of the feed URL',
};

function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  const base = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  return schema.format ? `${base} (${schema.format})` : base;
}

function limits(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined) parts.push(`≥ ${schema.minLength} chars`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(', ');
}

function fields(schema: Schema | undefined): string {
  const properties = Object.entries(schema?.properties ?? {});
  if (properties.length === 0) return '';
  const rows = properties
    .map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${schema?.required?.includes(name) ? ' <span class="req">required</span>' : ''}</td>` +
        `<td><code>${escapeHtml(typeOf(property))}</code></td><td>${escapeHtml(limits(property))}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>field</th><th>type</th><th>rules</th></tr></thead><tbody>${rows}</tbody></table>`;
}

type Operation = {
  summary: string;
  tags: string[];
  'x-access': string;
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

/**
 * The API reference as one server-rendered page: readable without JavaScript (the CSP allows no inline
 * script, and nothing may be loaded from elsewhere).
 */
export function renderReference(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags[0] ?? ''))];
  const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  const sections = tags
    .map((tag) => {
      const items = operations
        .filter((o) => o.op.tags[0] === tag)
        .map(({ path, method, op }) => {
          const parameters = op.parameters ?? [];
          const params = parameters.length
            ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th></tr></thead><tbody>${parameters
                .map(
                  (p) =>
                    `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${escapeHtml(p.in)}</td><td><code>${escapeHtml(typeOf(p.schema))}</code></td></tr>`,
                )
                .join('')}</tbody></table>`
            : '';
          const body = op.requestBody
            ? `<h4>Body (application/json)</h4>${fields(op.requestBody.content['application/json']?.schema)}`
            : '';
          const responses = Object.entries(op.responses)
            .map(
              ([status, response]) =>
                `<li><b>${escapeHtml(status)}</b> ${escapeHtml(response.description).replace(/`([^`]+)`/g, '<code>$1</code>')}</li>`,
            )
            .join('');
          return `<section class="op" id="${anchor(method, path)}"><h3><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)} <span class="access">${escapeHtml(accessLabel[op['x-access']] ?? op['x-access'])}</span></p>${params}${body}<h4>Responses</h4><ul>${responses}</ul></section>`;
        })
        .join('\n');
      return `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>\n${items}`;
    })
    .join('\n');
  const toc = operations
    .map(
      ({ path, method, op }) =>
        `<li><a href="#${anchor(method, path)}"><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> ${escapeHtml(path)}</a> <span class="muted">${escapeHtml(op.summary)}</span></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<style>
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#f5f6fa;margin:0}
main{max-width:960px;margin:0 auto;padding:24px 16px 64px}
h1{font-size:28px;margin:8px 0}h2{margin-top:40px;border-bottom:1px solid #d9dce6;padding-bottom:6px}
h3{font-size:17px;margin:0 0 6px;word-break:break-all}h4{margin:14px 0 6px;font-size:14px;color:#374151}
.op{background:#fff;border:1px solid #e3e6ee;border-radius:12px;padding:16px 18px;margin:14px 0}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f0f2f7;padding:1px 4px;border-radius:4px}
table{border-collapse:collapse;width:100%;font-size:14px;display:block;overflow-x:auto}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eef0f5;vertical-align:top}
.m{display:inline-block;min-width:54px;text-align:center;font:600 12px/20px ui-monospace,monospace;border-radius:6px;color:#fff;background:#4b5563}
.m-get{background:#1d4ed8}.m-post{background:#047857}.m-patch{background:#b45309}.m-delete{background:#b91c1c}
.req{font-size:11px;color:#b91c1c}.access{font-size:12px;color:#4b5563;background:#eef2ff;border-radius:10px;padding:1px 8px;white-space:nowrap}
.muted{color:#6b7280;font-size:13px}ul.toc{list-style:none;padding:0}ul.toc li{margin:4px 0}a{color:#1d4ed8;text-decoration:none}
</style></head>
<body><main>
<h1>${escapeHtml(document.info.title)}</h1>
<p>${escapeHtml(document.info.description).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<ul class="toc">${toc}</ul>
${sections}
</main></body></html>`;
}
