// One validation path for every argument a client sends: before anything executes, each string
// (inline or in variables, at any depth of an input object or list) is checked for control
// characters and length, and each list for size. The error names the argument and the limit, so
// no resolver, SQL, trigram or tsquery function ever sees an unbounded or binary value.
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';
import { badInput } from './errors.js';
import { MAX_ARTICLE_CHARS } from './import/article-input.js';

/** Longest string per argument path ("input.text" is a field of the `input` argument). */
const STRING_LIMITS: Record<string, number> = {
  'input.text': MAX_ARTICLE_CHARS,
  'input.title': 1_000,
  'input.url': 2_000,
  query: 500,
  text: 500,
};
const DEFAULT_STRING_LIMIT = 200;
const DEFAULT_LIST_LIMIT = 20;

// Tab, line feed and carriage return are ordinary white space; every other C0 control and DEL is not text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

interface Bounds {
  maxListItems: (path: string) => number;
}

function boundsFor(config: Pick<Config, 'MAX_PAGE_SIZE'>): Bounds {
  return { maxListItems: (path) => (path === 'ids' ? config.MAX_PAGE_SIZE : DEFAULT_LIST_LIMIT) };
}

/** No argument's type nests lists or input objects more than a few levels; a variable's JSON may nest
 *  without end, and is refused here before anything walks it recursively. */
const MAX_VALUE_NESTING = 16;

/** Throws BAD_USER_INPUT for the first value at `path` that is out of bounds. */
function checkValue(value: unknown, path: string, bounds: Bounds, nesting = 0): void {
  if (nesting > MAX_VALUE_NESTING) {
    throw badInput(path, `${path} nests lists or objects more than ${MAX_VALUE_NESTING} deep, the limit`, { limit: MAX_VALUE_NESTING });
  }
  if (typeof value === 'string') {
    const limit = STRING_LIMITS[path] ?? DEFAULT_STRING_LIMIT;
    if (value.length > limit) throw badInput(path, `${path} is ${value.length} characters long, more than the limit of ${limit}`, { limit });
    if (CONTROL.test(value)) throw badInput(path, `${path} contains a control character (such as NUL), which no text here may hold`);
  } else if (Array.isArray(value)) {
    const limit = bounds.maxListItems(path);
    if (value.length > limit) throw badInput(path, `${path} has ${value.length} items, more than the limit of ${limit}`, { limit });
    for (const item of value) checkValue(item, path, bounds, nesting + 1);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkValue(item, `${path}.${key}`, bounds, nesting + 1);
  }
}

/** The value an argument's AST stands for, variables substituted (enough for bounds, not coercion). */
function literal(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.STRING:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    default:
      return null; // numbers, booleans, enums and null are bounded by their types
  }
}

/** Every argument of a document, in document order. */
function argumentsOf(document: DocumentNode): ArgumentNode[] {
  const found: ArgumentNode[] = [];
  visit(document, {
    Argument(node: ArgumentNode) {
      found.push(node);
    },
  });
  return found;
}

export function useInputBounds(config: Pick<Config, 'MAX_PAGE_SIZE'>): Plugin {
  const bounds = boundsFor(config);
  // Yoga's parse cache hands out the same DocumentNode for the same query text: walk it once.
  const argumentCache = new WeakMap<DocumentNode, ArgumentNode[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let argumentNodes = argumentCache.get(args.document);
      if (!argumentNodes) argumentCache.set(args.document, (argumentNodes = argumentsOf(args.document)));
      try {
        for (const node of argumentNodes) checkValue(literal(node.value, variables), node.name.value, bounds);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error; // a bug: masked like any other
        setResultAndStopExecution({ errors: [error] } as never);
      }
    },
  };
}
