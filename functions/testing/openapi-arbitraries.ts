import fc from 'fast-check';
import type { Access } from '#functions/kernel/route.ts';

/**
 * Requests for property-based fuzzing of the HTTP API, generated from its OpenAPI document (so from the same
 * zod schemas the functions validate with). A little over half are valid as far as the schemas say; each of
 * the others carries one hostile part: a wrong type, a missing or unknown field, NUL or a lone surrogate,
 * a length or number past its bound, a broken UUID, an instant PostgreSQL cannot hold, a crafted cursor, a
 * body that is not JSON or is too large, another site's origin. What exists in the world (ids, logins,
 * cursors handed out) comes from the caller through `Hints`, read when a value is generated.
 */

/** The part of JSON Schema (2020-12, as zod emits it through hono-openapi) the generators understand. */
export type JsonSchema = {
  type?: string | string[];
  enum?: readonly unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

export type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };

/** One operation of the document. */
export type Operation = {
  /** `POST /api/slots/{id}/booking`, as the document names it. */
  key: string;
  method: string;
  /** The document's template, `/api/slots/{id}`. */
  path: string;
  access: Access;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  /** Every status the document gives the operation, and the successful ones. */
  statuses: number[];
  successStatuses: number[];
};

type RawOperation = {
  'x-access'?: Access;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
};

/** The operations of an OpenAPI document (the JSON it serves), in the document's order. */
export function operationsOf(document: { paths?: unknown }): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, RawOperation>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, raw]) => {
      const statuses = Object.keys(raw.responses ?? {}).map(Number);
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        access: raw['x-access'] ?? 'public',
        parameters: raw.parameters ?? [],
        body: raw.requestBody?.content?.['application/json']?.schema,
        statuses,
        successStatuses: statuses.filter((status) => status >= 200 && status < 300),
      };
    }),
  );
}

/** What the world offers the generators; read when a value is generated, so it may change between runs. */
export type Hints = {
  /** The instant the server believes it is: instants are generated around it. */
  now(): Date;
  /**
   * Values that exist for a field or parameter of this name: ids of things, logins, cursors handed out, a
   * whole body that works (name ''). An array's items are asked for under its singular (`ids` → `id`).
   */
  known(name: string): readonly unknown[];
  /** Hostile values that only make sense for this name (crafted cursors, forged feed files). */
  crafted(name: string): readonly string[];
  /** Every id in the world, of any kind: the id of something other than the one a field names. */
  anyId(): readonly string[];
};

/** A value from a list read at generation time, or from `fallback` while the list is empty. */
function fromList<T>(list: () => readonly T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(fc.nat(), fallback).map(([index, other]) => {
    const items = list();
    return items.length > 0 ? (items[index % items.length] as T) : other;
  });
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

const alternativesOf = (schema: JsonSchema) => schema.anyOf ?? schema.oneOf;

/** `ids` → `id`, `professionIds` → `professionId`: an array's items are named as one of them. */
const singular = (name: string) => name.replace(/s$/, '');

/**
 * Instants mostly in the next weeks (where slots are published and filtered), on the quarter hour mostly,
 * sometimes in the past; written as clients write them.
 */
function instants(hints: Hints): fc.Arbitrary<string> {
  return fc
    .record({
      minutes: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 62 * 24 * 60 }) },
        { weight: 1, arbitrary: fc.integer({ min: -120 * 24 * 60, max: 120 * 24 * 60 }) },
        { weight: 1, arbitrary: fc.integer({ min: -120, max: 600 }) },
      ),
      quarter: fc.oneof(
        { weight: 3, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      style: fc.constantFrom('iso', 'iso', 'seconds', 'offset'),
    })
    .map(({ minutes, quarter, style }) => {
      const at = hints.now().getTime() + minutes * MINUTE;
      const date = new Date(quarter ? Math.round(at / (15 * MINUTE)) * 15 * MINUTE : at);
      const iso = date.toISOString();
      if (style === 'seconds') return iso.replace(/\.\d{3}Z$/, 'Z');
      if (style === 'offset') {
        // The same instant in Moscow time: +03:00 all year.
        const moscow = new Date(date.getTime() + 3 * 60 * MINUTE).toISOString();
        return moscow.replace(/\.\d{3}Z$/, '+03:00');
      }
      return iso;
    });
}

const days = (hints: Hints) =>
  fc
    .integer({ min: -400, max: 400 })
    .map((offset) => new Date(hints.now().getTime() + offset * DAY).toISOString().slice(0, 10));

function validString(schema: JsonSchema, hints: Hints): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (schema.format === 'date-time') return instants(hints);
  if (schema.format === 'date') return days(hints);
  if (schema.format === 'uri') return fc.webUrl({ validSchemes: ['https'] });
  if (schema.pattern !== undefined) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= min && (max === undefined || s.length <= max));
  }
  const upTo = Math.min(max ?? 64, Math.max(min, 64));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: upTo }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: upTo }) },
    // At the limit, in a two-byte alphabet: the bound counts characters, storage counts bytes.
    { weight: 1, arbitrary: fc.constant('я'.repeat(Math.max(min, max ?? 100))) },
  );
}

function validInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const min =
    schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1_000_000);
  const max =
    schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? 1_000_000);
  // A wide declared range (any safe integer) is mostly exercised where people live: small numbers.
  const everyday =
    min <= 300 && max >= -10 ? fc.integer({ min: Math.max(min, -10), max: Math.min(max, 300) }) : undefined;
  return fc.oneof(
    { weight: 4, arbitrary: everyday ?? fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

function validBySchema(schema: JsonSchema, name: string, hints: Hints): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = alternativesOf(schema);
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, name, hints)));
  const types = typesOf(schema);
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...schema, type }, name, hints)));
  switch (types[0]) {
    case 'string':
      return validString(schema, hints);
    case 'integer':
      return validInteger(schema);
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      return fc.array(validValue(schema.items ?? {}, singular(name), hints), { minLength, maxLength });
    }
    case 'object':
      return validObject(schema, hints);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A value the schema accepts, as far as its JSON Schema says (a handler's own rules may still refuse it):
 * mostly one the world knows under this name (so that requests get past those rules), else one made from
 * the schema.
 */
function validValue(schema: JsonSchema, name: string, hints: Hints): fc.Arbitrary<unknown> {
  const made = validBySchema(schema, name, hints);
  return fc.oneof(
    { weight: 4, arbitrary: fromList(() => hints.known(name), made) },
    { weight: 1, arbitrary: made },
  );
}

function validObject(schema: JsonSchema, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const shape = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property, key, hints)]),
  );
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

const HOSTILE_TEXT = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '%00',
  '\\u0000',
  '\uFEFF',
  '\u202Eevil',
  '\u2028\u2029',
  '🙂'.repeat(40),
  'e\u0301'.repeat(30),
  "'; drop table users; --",
  '" or 1=1 --',
  '%_\\',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}<%= 7*7 %>',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e999',
  '[]',
  '{}',
  'true',
];

const HOSTILE_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000',
  '000000000000000000000000000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '------------------------------------',
  '12345',
];

// Instants that parse in JavaScript but that PostgreSQL cannot hold, or that sit at the edges of both.
const HOSTILE_INSTANTS = [
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-02-29T00:00:00Z',
  '2026-12-01T25:00:00Z',
  '2026-12-01T09:00:00+14:00',
  '2026-12-01',
  '2026-12-01T09:00:00',
  '1764579600000',
];

const HOSTILE_DAYS = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2026-13-01',
  '2026-02-30',
  '26-12-01',
  '20261201',
];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'http://meet.example.com/room',
  'https://',
  'https://exa mple.com',
  'ftp://meet.example.com/x',
  'https://user:pass@meet.example.com/',
  `https://meet.example.com/${'a'.repeat(3000)}`,
  'data:text/html,<script>alert(1)</script>',
  'https://[::1]/',
];

const WRONG_TYPES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  'x',
  [],
  {},
  [null],
  { a: 1 },
  1e308,
  -1e308,
];

/** Text carrying what PostgreSQL cannot store, or past its declared lengths, or a near miss of a format. */
function hostileString(schema: JsonSchema, name: string, hints: Hints): fc.Arbitrary<unknown> {
  const valid = validValue(schema, name, hints).map((value) => (typeof value === 'string' ? value : ''));
  const max = schema.maxLength;
  const min = schema.minLength ?? 0;
  const lengths: fc.Arbitrary<string>[] = [fc.constant('x'.repeat(70_000))];
  if (max !== undefined) lengths.push(fc.constantFrom('a'.repeat(max + 1), 'я'.repeat(max + 1)));
  if (min > 0) lengths.push(fc.constant('a'.repeat(min - 1)));
  const insertAt = (insert: string) =>
    fc.tuple(valid, fc.nat()).map(([value, at]) => {
      const position = at % (value.length + 1);
      return value.slice(0, position) + insert + value.slice(position);
    });
  const generic: fc.Arbitrary<unknown>[] = [
    insertAt('\u0000'),
    insertAt('\uD800'),
    insertAt('\uDFFF'),
    valid.map((value) => `${value}\uD83D`),
    valid.map((value) => ` ${value} `),
    valid.map((value) => value.toUpperCase()),
    fc.oneof(...lengths),
    fc.constantFrom(...HOSTILE_TEXT),
  ];
  const specific: fc.Arbitrary<unknown>[] = [];
  if (hints.crafted(name).length > 0) specific.push(fromList(() => hints.crafted(name), fc.constant('')));
  if (schema.format === 'uuid') {
    const someId = fromList(hints.anyId, fc.uuid({ version: 4 }));
    specific.push(
      fc.constantFrom(...HOSTILE_UUIDS),
      fc.uuid({ version: 7 }),
      fc.uuid({ version: 1 }),
      someId.map((id) => id.toUpperCase()),
      someId.map((id) => id.replaceAll('-', '')),
      someId.map((id) => `{${id}}`),
      // The id of something other than what the field names: another table's row.
      someId,
    );
  }
  if (schema.format === 'date-time') specific.push(fc.constantFrom(...HOSTILE_INSTANTS));
  if (schema.format === 'date') specific.push(fc.constantFrom(...HOSTILE_DAYS));
  if (schema.format === 'uri' || /url/i.test(name)) specific.push(fc.constantFrom(...HOSTILE_URLS));
  if (schema.enum) specific.push(fc.constantFrom(...schema.enum.map((v) => `${String(v).toUpperCase()} `)));
  // What a format or a name invites is tried as often as everything else together.
  if (specific.length === 0) return fc.oneof(...generic);
  return fc.oneof(
    { weight: 1, arbitrary: fc.oneof(...generic) },
    { weight: 1, arbitrary: fc.oneof(...specific) },
  );
}

function hostileNumber(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = schema.exclusiveMinimum ?? schema.minimum;
  const max = schema.exclusiveMaximum ?? schema.maximum;
  const edges: unknown[] = [
    0.5,
    -0,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '5',
  ];
  if (min !== undefined) edges.push(min - 1, min - 0.5);
  if (max !== undefined) edges.push(max + 1, max + 0.5);
  return fc.oneof(fc.constantFrom(...edges), fc.double());
}

/** A value the schema refuses, or one at its edges, or the id of something other than the field names. */
function hostileValue(schema: JsonSchema, name: string, hints: Hints): fc.Arbitrary<unknown> {
  const wrongType = fc.constantFrom(...WRONG_TYPES);
  const alternatives = alternativesOf(schema);
  if (alternatives) return fc.oneof(wrongType, ...alternatives.map((s) => hostileValue(s, name, hints)));
  const types = typesOf(schema);
  const specific: fc.Arbitrary<unknown>[] = [];
  if (types.includes('string') || schema.enum) specific.push(hostileString(schema, name, hints));
  if (types.includes('integer') || types.includes('number')) specific.push(hostileNumber(schema));
  if (types.includes('array')) {
    const items = schema.items ?? {};
    const item = validValue(items, singular(name), hints);
    const tooMany = (schema.maxItems ?? 20) + 1;
    specific.push(
      fc.array(item, { minLength: tooMany, maxLength: tooMany }),
      fc.array(hostileValue(items, singular(name), hints), { minLength: 1, maxLength: 3 }),
      item.map((value) => [value, value]),
      item.map((value) => [[value]]),
    );
  }
  if (types.includes('object')) specific.push(hostileObject(schema, hints));
  if (specific.length === 0) return wrongType;
  return fc.oneof(
    { weight: 1, arbitrary: wrongType },
    ...specific.map((arbitrary) => ({ weight: 3, arbitrary })),
  );
}

/** An object the schema refuses: one property hostile, a required one missing, or a field it does not know. */
function hostileObject(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const valid = validObject(schema, hints);
  const properties = Object.entries(schema.properties ?? {});
  const unknownKey = fc.constantFrom('__proto__', 'constructor', 'id', 'role', 'balance', 'userId', '');
  const options: { weight: number; arbitrary: fc.Arbitrary<unknown> }[] = [
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, unknownKey, fc.jsonValue({ maxDepth: 1 }))
        .map(([object, key, value]) => ({ ...object, [key]: value })),
    },
  ];
  if (properties.length > 0) {
    const oneHostile = fc.oneof(
      ...properties.map(([key, property]) =>
        hostileValue(property, key, hints).map((value) => [key, value] as const),
      ),
    );
    options.push({
      weight: 4,
      arbitrary: fc.tuple(valid, oneHostile).map(([object, [key, value]]) => ({ ...object, [key]: value })),
    });
  }
  const required = schema.required ?? [];
  if (required.length > 0) {
    options.push({
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom(...required)).map(([object, key]) => {
        const { [key]: _missing, ...rest } = object;
        return rest;
      }),
    });
  }
  return fc.oneof(...options);
}

/**
 * A URI component as a client would write it; text with a lone surrogate (which has no UTF-8 form, so
 * `encodeURIComponent` refuses it) is written as its WTF-8 bytes, as a careless client would.
 */
function encodeComponent(value: string): string {
  let out = '';
  for (const char of value) {
    try {
      out += encodeURIComponent(char);
    } catch {
      const unit = char.charCodeAt(0);
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

/** Already encoded: percent sequences that do not decode, a NUL, a slash, dot segments. */
const RAW_COMPONENTS = [
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  'a%00b',
  '%2F',
  '..',
  '.',
  '%2E%2E',
  '%C0%AF',
  '+',
];

/** As a query or a path carries a value: text as it is, anything else as JavaScript writes it. */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

const encoded = (value: unknown) => encodeComponent(asText(value));

type QueryPair = readonly [string, string];
type Parts = { path: Record<string, string>; query: QueryPair[] };

const pairsOf = (name: string, value: unknown): QueryPair[] =>
  Array.isArray(value) ? value.map((item) => [name, encoded(item)] as const) : [[name, encoded(value)]];

/**
 * Every path parameter valid, each query parameter valid or left out (a required one never); with `bare`,
 * every optional query parameter left out.
 */
function validParts(operation: Operation, hints: Hints, bare = false): fc.Arbitrary<Parts> {
  const inPath = operation.parameters.filter((p) => p.in === 'path');
  const inQuery = operation.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(
    ...inPath.map((p) => validValue(p.schema ?? {}, p.name, hints).map((v) => [p.name, encoded(v)] as const)),
  );
  const query = fc.tuple(
    ...inQuery.map((p) =>
      fc.oneof(
        {
          weight: bare && !p.required ? 0 : 1,
          arbitrary: validValue(p.schema ?? {}, p.name, hints).map((v) => pairsOf(p.name, v)),
        },
        { weight: p.required ? 0 : 1, arbitrary: fc.constant<QueryPair[]>([]) },
      ),
    ),
  );
  return fc.record({ path, query }).map((parts) => ({
    path: Object.fromEntries(parts.path),
    query: parts.query.flat(),
  }));
}

/** One parameter made hostile: a refused value, raw bytes that do not decode, twice, or one nobody declared. */
function hostileParts(operation: Operation, hints: Hints): fc.Arbitrary<Parts> | undefined {
  const params = operation.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const raw = fc.constantFrom(...RAW_COMPONENTS);
  const mutations = params.map((p) => {
    const value = fc.oneof(
      { weight: 3, arbitrary: hostileValue(p.schema ?? {}, p.name, hints).map(encoded) },
      { weight: 1, arbitrary: raw },
    );
    if (p.in === 'path')
      return value.map((v) => (parts: Parts) => ({ ...parts, path: { ...parts.path, [p.name]: v } }));
    const twice = fc
      .tuple(validValue(p.schema ?? {}, p.name, hints), validValue(p.schema ?? {}, p.name, hints))
      .map(([a, b]) => [...pairsOf(p.name, a), ...pairsOf(p.name, b)]);
    return fc
      .oneof(
        { weight: 3, arbitrary: value.map((v): QueryPair[] => [[p.name, v]]) },
        { weight: 1, arbitrary: twice },
      )
      .map((pairs) => (parts: Parts) => ({
        ...parts,
        query: [...parts.query.filter(([name]) => name !== p.name), ...pairs],
      }));
  });
  if (operation.method === 'GET' || params.length > 0) {
    mutations.push(
      fc
        .constantFrom<QueryPair>(['__proto__', 'x'], ['constructor', '1'], ['x', '%00'], ['', ''])
        .map((pair) => (parts: Parts) => ({ ...parts, query: [...parts.query, pair] })),
    );
  }
  if (mutations.length === 0) return undefined;
  return fc
    .tuple(validParts(operation, hints), fc.oneof(...mutations))
    .map(([parts, mutate]) => mutate(parts));
}

function urlOf(operation: Operation, parts: Parts): string {
  const path = Object.entries(parts.path).reduce(
    (template, [name, value]) => template.replace(`{${name}}`, value),
    operation.path,
  );
  const query = parts.query.map(([name, value]) => `${name}=${value}`).join('&');
  return query ? `${path}?${query}` : path;
}

export const JSON_TYPE = 'application/json';

/** What a request carries: nothing, JSON (labelled as something, usually JSON), or raw text. */
export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'raw'; text: string; contentType: string };

/** Where the request says it comes from: our origin, nowhere (a client that is not a browser), another site. */
export type FuzzOrigin = 'own' | 'absent' | 'foreign' | 'null';

export type FuzzRequest = { url: string; body: FuzzBody; origin: FuzzOrigin };

const jsonTypes = fc.oneof(
  { weight: 8, arbitrary: fc.constant(JSON_TYPE) },
  { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'Application/JSON') },
);
const otherTypes = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
);

const rawBodies = fc.constantFrom(
  '',
  '{',
  '{"a":',
  'nul',
  '\u0000',
  "{'single': 'quotes'}",
  '\uFEFF{}',
  '{"a":1,"a":2}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `{"a":"${'x'.repeat(70_000)}"}`,
);

const json = (value: fc.Arbitrary<unknown>, types: fc.Arbitrary<string> = jsonTypes) =>
  fc.tuple(value, types).map(([v, contentType]): FuzzBody => ({ kind: 'json', value: v, contentType }));

const NONE: FuzzBody = { kind: 'none' };

/** A body its schema accepts; for an action without one, none (as a generated client sends it) or `{}`. */
function validBody(operation: Operation, hints: Hints): fc.Arbitrary<FuzzBody> {
  if (operation.method === 'GET') return fc.constant(NONE);
  if (!operation.body) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(NONE) },
      { weight: 1, arbitrary: json(fc.constant({})) },
    );
  }
  return json(validValue(operation.body, '', hints));
}

function hostileBody(operation: Operation, hints: Hints): fc.Arbitrary<FuzzBody> | undefined {
  if (operation.method === 'GET') return undefined;
  const notAnObject = fc.constantFrom<unknown>(null, [], 0, 'x', true, [{}]);
  const raw = fc
    .tuple(rawBodies, jsonTypes)
    .map(([text, contentType]): FuzzBody => ({ kind: 'raw', text, contentType }));
  const options = [
    { weight: 1, arbitrary: json(notAnObject) },
    { weight: 1, arbitrary: raw },
    // JSON, but not labelled so: what an HTML form or a careless client sends.
    { weight: 1, arbitrary: json(fc.constant({}), otherTypes) },
  ];
  if (operation.body) {
    options.push({ weight: 6, arbitrary: json(hostileObject(operation.body, hints)) });
    options.push({ weight: 1, arbitrary: fc.constant(NONE) });
  } else {
    options.push({ weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 2 })) });
  }
  return fc.oneof(...options);
}

const friendlyOrigins = fc.oneof(
  { weight: 9, arbitrary: fc.constant<FuzzOrigin>('own') },
  { weight: 1, arbitrary: fc.constant<FuzzOrigin>('absent') },
);

/**
 * Requests for one operation: a little over half valid (as its schemas say) from our origin or none, the
 * rest with one hostile part: a path or query parameter, the body, or the origin it claims.
 */
export function requestsFor(operation: Operation, hints: Hints): fc.Arbitrary<FuzzRequest> {
  const request = (
    parts: fc.Arbitrary<Parts>,
    body: fc.Arbitrary<FuzzBody>,
    origin: fc.Arbitrary<FuzzOrigin>,
  ) =>
    fc
      .record({ parts, body, origin })
      .map((r) => ({ url: urlOf(operation, r.parts), body: r.body, origin: r.origin }));
  const valid = { parts: validParts(operation, hints), body: validBody(operation, hints) };
  const hostile: fc.Arbitrary<FuzzRequest>[] = [];
  const parts = hostileParts(operation, hints);
  if (parts) hostile.push(request(parts, valid.body, friendlyOrigins));
  const body = hostileBody(operation, hints);
  if (body) hostile.push(request(valid.parts, body, friendlyOrigins));
  if (operation.method !== 'GET') {
    hostile.push(request(valid.parts, valid.body, fc.constantFrom<FuzzOrigin>('foreign', 'null')));
  }
  const validRequest = request(valid.parts, valid.body, friendlyOrigins);
  if (hostile.length === 0) return validRequest;
  return fc.oneof({ weight: 11, arbitrary: validRequest }, { weight: 9, arbitrary: fc.oneof(...hostile) });
}

const pick = (properties: Record<string, JsonSchema> = {}, keys: string[]) =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => keys.includes(key)));

/** One of each value that has broken servers before, for one schema: NUL, lone surrogates, bounds, formats. */
function sharpValues(schema: JsonSchema, name: string, hints: Hints): unknown[] {
  const alternatives = alternativesOf(schema);
  const values: unknown[] = alternatives ? alternatives.flatMap((s) => sharpValues(s, name, hints)) : [];
  const types = typesOf(schema);
  if (types.includes('string') || schema.enum) {
    values.push('a\u0000b', 'a\uD800b', '\uDFFF', ...hints.crafted(name));
    if (schema.maxLength !== undefined) values.push('я'.repeat(schema.maxLength + 1));
    if (schema.format === 'date-time') values.push(...HOSTILE_INSTANTS);
    if (schema.format === 'date') values.push(...HOSTILE_DAYS);
    if (schema.format === 'uuid') values.push(...HOSTILE_UUIDS);
    if (schema.format === 'uri' || /url/i.test(name)) values.push(...HOSTILE_URLS);
  }
  if (types.includes('integer') || types.includes('number')) {
    const min = schema.exclusiveMinimum ?? schema.minimum;
    const max = schema.exclusiveMaximum ?? schema.maximum;
    values.push(
      0.5,
      2 ** 53 + 2,
      ...(min === undefined ? [] : [min - 1]),
      ...(max === undefined ? [] : [max + 1]),
    );
  }
  if (types.includes('array')) {
    const items = schema.items ?? {};
    values.push(...sharpValues(items, singular(name), hints).map((value) => [value]));
    if (schema.maxItems !== undefined) values.push(Array.from({ length: schema.maxItems + 1 }, () => 'x'));
  }
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The systematic half of the fuzzing: a request with what is required and valid (so that no other rule
 * refuses it first) and one parameter or top-level body field, which takes each of its sharp values in turn
 * (a random request meets any one of them rarely).
 */
export function edgeCases(operation: Operation, hints: Hints): FuzzRequest[] {
  const required = operation.body?.required ?? [];
  const [base] = fc.sample(
    fc.record({
      parts: validParts(operation, hints, true),
      body: operation.body
        ? validObject({ ...operation.body, properties: pick(operation.body.properties, required) }, hints)
        : fc.constant(undefined),
    }),
    1,
  );
  if (!base) return [];
  const object = typeof base.body === 'object' && base.body !== null ? base.body : {};
  const body = (value: unknown): FuzzBody =>
    operation.body ? { kind: 'json', value, contentType: JSON_TYPE } : NONE;
  const request = (parts: Parts, value: unknown): FuzzRequest => ({
    url: urlOf(operation, parts),
    body: body(value),
    origin: 'own',
  });
  const cases: FuzzRequest[] = [];
  for (const p of operation.parameters) {
    for (const value of sharpValues(p.schema ?? {}, p.name, hints)) {
      const parts =
        p.in === 'path'
          ? { ...base.parts, path: { ...base.parts.path, [p.name]: encoded(value) } }
          : {
              ...base.parts,
              query: [...base.parts.query.filter(([n]) => n !== p.name), ...pairsOf(p.name, value)],
            };
      cases.push(request(parts, object));
    }
  }
  for (const [key, property] of Object.entries(operation.body?.properties ?? {})) {
    for (const value of sharpValues(property, key, hints))
      cases.push(request(base.parts, { ...object, [key]: value }));
  }
  return cases;
}

/** The body's text as it goes on the wire (JSON.stringify escapes lone surrogates as \udXXX). */
export function bodyText(body: FuzzBody): string | undefined {
  if (body.kind === 'none') return undefined;
  return body.kind === 'raw' ? body.text : JSON.stringify(body.value);
}
