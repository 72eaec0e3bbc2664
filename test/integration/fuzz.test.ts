// Property-based fuzzing of the real endpoint: random operations built from the introspected
// schema, with the arguments an attacker would try. Whatever arrives, the service answers within
// 2 s, never with a 5xx or a masked "Unexpected error.", never with internals, and every error
// carries a code. FUZZ_RUNS sets the number of operations (default 2,000 with a fixed seed, then
// a quarter as many with a random seed that fast-check prints on failure).
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const TOKEN = 'fuzz-token-0123456789abcdef';
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const t = useTestApp({ API_TOKEN: TOKEN, MAX_COMPLEXITY: '20000' });
let schema: GraphQLSchema;
let knownIds: string[] = [];

const b64 = (s: string) => Buffer.from(s).toString('base64');
const INTERNALS = /\bat \S+ \(|\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|\/tmp\/|prisma|SELECT |INSERT |\bFROM "|tsquery|invocation|stack trace/iu;

const strings = fc.oneof(
  fc.constantFrom('', ' ', 'Shamkhani', 'Syria', 'Iran Daily', 'terrorism borders', 'a\u0000b', '\u0007', 'x'.repeat(201), 'word '.repeat(120)),
  fc.constantFrom(
    '\'; DROP TABLE "Article"; --',
    '%_\\',
    '!(a & b) | c:*',
    '"unclosed',
    '<->',
    '&&&',
    '(((',
    'a:*',
    '\\x00',
    ['$', '{x}'].join(''),
    '😀'.repeat(50),
    '\u202E\uFEFF',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const ints = fc.oneof(fc.constantFrom(-1, 0, 1, 2, 20, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)), fc.integer({ min: -5, max: 150 }));
const ids = () =>
  fc.oneof(
    fc.constantFrom(...knownIds),
    fc.constantFrom(
      'zzz',
      '',
      b64('Article:0'),
      b64('Article:-1'),
      b64(`Quote:${2 ** 31}`),
      b64('Quote:99999999999999999999'),
      b64('Nope:1'),
      b64('Entity:1.5'),
      b64('Article:1:2'),
      b64('Statement:abc'),
    ),
    fc.integer({ min: 1, max: 3000 }).map((n) => b64(`${['Article', 'Entity', 'Quote', 'Statement', 'Mention'][n % 5]}:${n}`)),
  );
const dates = fc.constantFrom('2017-01-01T00:00:00Z', '1900-01-01', 'not a date', '2017-13-45T99:99:99Z', '', '9999-12-31T23:59:59Z');

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  const nullable = fc.constant(null);
  if (isListType(type))
    return fc.oneof(
      fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 3 }),
      fc.array(arbitraryFor(type.ofType, depth + 1), { minLength: 19, maxLength: 25 }),
      nullable,
    );
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    if (depth > 2) return nullable;
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  switch ((type as GraphQLNamedType).name) {
    case 'ID':
      return ids();
    case 'Int':
      return ints;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constant(0.5));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dates;
    default:
      return strings;
  }
}

/** A selection of the type's fields: every leaf without required arguments, objects two levels deep. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) || depth > 2) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 2)
      parts.push(
        `${field.name}(first: 2) ${selectionOf(named, depth + 1)}`.replace('(first: 2)', field.args.some((a) => a.name === 'first') ? '(first: 2)' : ''),
      );
  }
  return `{ ${parts.join(' ')} }`;
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.map((arg: GraphQLArgument) =>
    (isNonNullType(arg.type) ? arbitraryFor(arg.type) : fc.option(arbitraryFor(arg.type), { nil: undefined, freq: 2 })).map((value) => ({ arg, value })),
  );
  return fc.tuple(...args, fc.boolean()).map((tuple) => {
    const authorized = tuple.pop() as boolean;
    const given = (tuple as Array<{ arg: GraphQLArgument; value: unknown }>).filter((a) => a.value !== undefined);
    const declarations = given.map((a, i) => `$v${i}: ${a.arg.type.toString()}`).join(', ');
    const passed = given.map((a, i) => `${a.arg.name}: $v${i}`).join(', ');
    const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(getNamedType(field.type), 0)} }`;
    return { query, variables: Object.fromEntries(given.map((a, i) => [`v${i}`, a.value])), authorized };
  });
}

async function send(op: { query: string; variables: Record<string, unknown>; authorized: boolean }) {
  const started = performance.now();
  const res = await t.app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(op.authorized ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

function check(op: { query: string; variables: Record<string, unknown> }, answer: { status: number; text: string; ms: number }) {
  const where = `\n${op.query}\n${JSON.stringify(op.variables).slice(0, 500)}\n→ ${answer.status} ${answer.text.slice(0, 500)}`;
  expect(answer.status, where).toBeLessThan(500);
  expect(answer.ms, where).toBeLessThan(2_000);
  expect(answer.text, where).not.toContain('Unexpected error');
  const body = JSON.parse(answer.text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  for (const error of body.errors ?? []) {
    expect(error.extensions?.code, where).toBeTruthy();
    expect(error.message, where).not.toMatch(INTERNALS);
  }
}

beforeAll(async () => {
  await t.importSeed();
  // The first import starts the extraction threads (seconds of module loading): not a request's time.
  const warm = await t.gql(
    'mutation { importArticle(input: { text: "Warm up\\n\\nThe pool starts." }) { __typename } }',
    {},
    { authorization: `Bearer ${TOKEN}` },
  );
  expect(warm.errors).toBeUndefined();
  const introspection = JSON.parse((await send({ query: getIntrospectionQuery(), variables: {}, authorized: false })).text);
  schema = buildClientSchema(introspection.data);
  const found = await t.gql(
    '{ articles { nodes { id } } quotes(first: 3) { nodes { id } } entities(first: 3) { nodes { id } } statements(first: 2) { nodes { id } } }',
  );
  knownIds = Object.values(found.data as Record<string, { nodes: Array<{ id: string }> }>).flatMap((c) => c.nodes.map((n) => n.id));
});

describe('fuzzing the GraphQL endpoint', () => {
  const operations = () => {
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => operationOf('query', f)),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => operationOf('mutation', f)),
    ];
    return fc.oneof(...roots);
  };
  const property = () => fc.asyncProperty(operations(), async (op) => check(op, await send(op)));

  it(`answers ${RUNS} random operations (fixed seed) with data or coded client errors`, async () => {
    await fc.assert(property(), { seed: 20261128, numRuns: RUNS, endOnFailure: true });
  }, 600_000);

  it('and as many again with a random seed (printed on failure)', async () => {
    await fc.assert(property(), { numRuns: Math.ceil(RUNS / 4), endOnFailure: true });
  }, 600_000);
});
