// Bounds on the query document itself, checked before it is parsed or run: its length in tokens, how
// deeply its braces, brackets and parentheses nest, and how many aliased fields it asks for. Depth and
// complexity (MAX_DEPTH, MAX_COMPLEXITY) are counted on a parsed, valid document; these come first,
// so that no document costs more to read than to refuse. graphql-js parses nesting recursively: a
// few thousand nested `{` or `[` overflowed its stack ("Unexpected error."), and each alias repeats a
// field, a query of its own when the field is a root field (1,000 aliased `articles` ran 1,000 counts).
import { Kind, Lexer, Source, TokenKind, parse, visit, type DocumentNode, type ParseOptions, type Token } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { clientError, ErrorCode } from './errors.js';

/** Far above any query a client writes (GraphiQL's schema query has under 200 tokens). */
const MAX_TOKENS = 5_000;
/** Selections nest at most MAX_DEPTH deep; inline fragments, arguments and input objects add a few levels. */
const MAX_NESTING = 64;
/** As many things at once as a list argument may name. */
const MAX_ALIASES = 20;

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

function tooComplex(message: string, limit: string) {
  return clientError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit });
}

/** The lexer's next token, or null where it cannot read one: parsing then reports the syntax error. */
function nextToken(lexer: Lexer): Token | null {
  try {
    return lexer.advance();
  } catch {
    return null;
  }
}

/** Walks the tokens once, without recursion, refusing too many or too deeply nested. */
function checkTokens(source: Source): void {
  const lexer = new Lexer(source);
  let tokens = 0;
  let nesting = 0;
  for (let token = nextToken(lexer); token && token.kind !== TokenKind.EOF; token = nextToken(lexer)) {
    if (++tokens > MAX_TOKENS) throw tooComplex(`Query has more than ${MAX_TOKENS} tokens, the limit`, 'tokens');
    if (OPENING.has(token.kind) && ++nesting > MAX_NESTING) throw tooComplex(`Query nests brackets more than ${MAX_NESTING} deep, the limit`, 'nesting');
    if (CLOSING.has(token.kind)) nesting--;
  }
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.alias) aliases++;
    },
  });
  return aliases;
}

/** Parses a query within the bounds above; each refusal is QUERY_TOO_COMPLEX naming its limit. */
function boundedParse(source: string | Source, options?: ParseOptions): DocumentNode {
  const src = typeof source === 'string' ? new Source(source) : source;
  checkTokens(src);
  const document = parse(src, options);
  const aliases = countAliases(document);
  if (aliases > MAX_ALIASES) throw tooComplex(`Query has ${aliases} aliased fields, more than the limit of ${MAX_ALIASES}`, 'aliases');
  return document;
}

export function useDocumentLimits(): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn(boundedParse);
    },
  };
}
