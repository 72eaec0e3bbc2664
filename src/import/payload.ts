// The JSON texts the write statement reads (article-sql.ts), built from a prepared article. Apart
// from the store so that the extraction threads, which build it, load no database client.
import type { Extraction } from '../extract/types.js';
import { entityKey, nameKey, withoutPossessive } from '../names.js';
import type { PreparedArticle } from './document.js';

// Rows are built field by field, without object spread (`{ ...row, name }`): spreading made building
// and serializing the payload cost twice as much (about 0.33 against 0.15 ms per article).

/** The JSON document the write statement reads. Entities are named by (type, key), their identity
 *  across articles, and numbered, one number per identity: the other rows refer to them by that
 *  number (`e`), which is shorter to send and cheaper for PostgreSQL to join on than the key. */
export function articlePayload(prepared: PreparedArticle) {
  const { extraction, ...article } = prepared;
  const { numbers, keys, identities } = entityNumbers(extraction.entities);
  const { aliases, mentions } = aliasAndMentionRows(extraction.entities, numbers);
  const links = (about: string[], position: number) => [...new Set(about)].map((id) => ({ position, e: numbers.get(id)! }));
  // Speech and beliefs held ("Police believe …") alike, each with its act: the API answers speech unless asked.
  const quotes = extraction.quotes.map((q, position) => quoteRow(q, position, numbers));
  const counts = countsByEntity(identities, mentions, quotes);
  const entities = extraction.entities.map((e, i) => {
    const n = numbers.get(e.id)!;
    return { n, type: e.type, key: keys[i]!, name: withoutPossessive(e.name), mentions: counts.mentions[n]!, speech: counts.speech[n]! };
  });
  return {
    article,
    entities,
    aliases,
    mentions,
    statements: extraction.statements.map((s) => ({ position: s.index, start: s.start, end: s.end, text: s.text })),
    statementAbout: extraction.statements.flatMap((s) => links(s.about, s.index)),
    quotes,
    quoteAbout: extraction.quotes.flatMap((q, position) => links(q.about, position)),
    quoteStatements: extraction.quotes.flatMap((q, quote) => [...new Set(q.statements)].map((statement) => ({ quote, statement }))),
  };
}

/** Each entity's number (by its id), one per identity (type, key); each entity's key, in the
 *  extraction's order; and how many identities there are. */
function entityNumbers(entities: Extraction['entities']) {
  const numbers = new Map<string, number>();
  const byIdentity = new Map<string, number>();
  const keys: string[] = [];
  for (const e of entities) {
    const key = entityKey(e.type, e.name);
    const identity = `${e.type} ${key}`;
    let n = byIdentity.get(identity);
    if (n === undefined) byIdentity.set(identity, (n = byIdentity.size));
    numbers.set(e.id, n);
    keys.push(key);
  }
  return { numbers, keys, identities: byIdentity.size };
}

/** Each entity's names (its name and aliases) as alias rows, and its mentions as mention rows, a span
 *  written once whichever entities share it. */
function aliasAndMentionRows(entities: Extraction['entities'], numbers: Map<string, number>) {
  const aliases = [];
  const mentions = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const n = numbers.get(e.id)!;
    for (const name of [e.name, ...e.aliases]) aliases.push({ e: n, name, aliasKey: nameKey(name) });
    for (const m of e.mentions) {
      const span = `${m.start}:${m.end}`;
      if (seen.has(span)) continue;
      seen.add(span);
      mentions.push({ e: n, kind: m.kind, start: m.start, end: m.end, text: m.text });
    }
  }
  return { aliases, mentions };
}

/** What the article adds to each entity's counts (by its number): the mention rows written, and the
 *  quotes it gave as speech, as the API's QUOTES_GIVEN and MENTIONS orders count them. */
function countsByEntity(entities: number, mentions: Array<{ e: number }>, quotes: Array<{ act: string; speaker: number | null }>) {
  const counts = { mentions: new Array<number>(entities).fill(0), speech: new Array<number>(entities).fill(0) };
  for (const m of mentions) counts.mentions[m.e]!++;
  for (const q of quotes) if (q.speaker !== null && q.act === 'SPEECH') counts.speech[q.speaker]!++;
  return counts;
}

function quoteRow(q: Extraction['quotes'][number], position: number, numbers: Map<string, number>) {
  return {
    position,
    kind: q.kind,
    act: q.act,
    speaker: q.speaker.entityId ? (numbers.get(q.speaker.entityId) ?? null) : null,
    mentionStart: q.speaker.mention?.start ?? null,
    mentionEnd: q.speaker.mention?.end ?? null,
    cue: q.cue?.text ?? null,
    cueStart: q.cue?.start ?? null,
    cueEnd: q.cue?.end ?? null,
    start: q.start,
    end: q.end,
    text: q.text,
    quoted: q.quoted.map(({ start, end, text }) => ({ start, end, text })),
    parts: q.parts.map(({ start, end, text }) => ({ start, end, text })),
    confidence: q.confidence,
  };
}

/** The parts of the payload, in the order the write statement takes them. */
const PAYLOAD_PARTS = ['article', 'entities', 'aliases', 'mentions', 'statements', 'statementAbout', 'quotes', 'quoteAbout', 'quoteStatements'] as const;

type Row = Record<string, unknown>;

/**
 * The columns of each part of rows, with their SQL types: each column goes to the write statement as
 * an array parameter of its own (article-sql.ts unnests them), where a part was one JSON parameter.
 * PostgreSQL reads an array of integers or texts for less than a JSON text of objects: no lexing of
 * JSON, no table of field names per object.
 */
export const PAYLOAD_COLUMNS = {
  entities: { n: 'int', type: '"EntityType"', key: 'text', name: 'text', mentions: 'int', speech: 'int' },
  aliases: { e: 'int', name: 'text', aliasKey: 'text' },
  mentions: { e: 'int', kind: '"MentionKind"', start: 'int', end: 'int', text: 'text' },
  statements: { position: 'int', start: 'int', end: 'int', text: 'text' },
  statementAbout: { position: 'int', e: 'int' },
  quotes: {
    position: 'int',
    kind: '"QuoteKind"',
    act: '"QuoteAct"',
    speaker: 'int',
    mentionStart: 'int',
    mentionEnd: 'int',
    cue: 'text',
    cueStart: 'int',
    cueEnd: 'int',
    start: 'int',
    end: 'int',
    text: 'text',
    quoted: 'jsonb',
    parts: 'jsonb',
    confidence: 'float8',
  },
  quoteAbout: { position: 'int', e: 'int' },
  quoteStatements: { quote: 'int', statement: 'int' },
} as const satisfies Record<Exclude<(typeof PAYLOAD_PARTS)[number], 'article'>, Record<string, string>>;

export type RowPart = keyof typeof PAYLOAD_COLUMNS;

/** The parameters of the write statement: the article as JSON, then one array per column of each part of rows. */
export const PAYLOAD_PARAMETERS = 1 + Object.values(PAYLOAD_COLUMNS).reduce((n, columns) => n + Object.keys(columns).length, 0);

const ESCAPED = /["\\]/g;

/** A text as an element of an array literal: in double quotes, its double quotes and backslashes escaped. */
function quoted(text: string): string {
  return text.includes('"') || text.includes('\\') ? `"${text.replace(ESCAPED, '\\$&')}"` : `"${text}"`;
}

type Element = (value: unknown) => string;

/** An element of an array literal by its column's SQL type: null unquoted, a number as written, a
 *  text quoted, a jsonb value as its JSON quoted. */
const numberElement: Element = (value) => (value == null ? 'NULL' : `${value as number}`);
const textElement: Element = (value) => (value == null ? 'NULL' : quoted(value as string));
const jsonElement: Element = (value) => (value == null ? 'NULL' : quoted(JSON.stringify(value)));
const ELEMENT: Record<string, Element> = { int: numberElement, float8: numberElement, jsonb: jsonElement };

const COLUMNS = Object.entries(PAYLOAD_COLUMNS).map(([part, columns]) => ({
  part: part as RowPart,
  names: Object.keys(columns),
  elements: Object.values(columns).map((type: string) => ELEMENT[type] ?? textElement),
}));

/** The write statement's parameters for a payload: the article as JSON, then each column of each
 *  part of rows (in the order of `PAYLOAD_COLUMNS`) as PostgreSQL's text form of an array. */
function payloadParameters(payload: ReturnType<typeof articlePayload>): string[] {
  const parameters = [JSON.stringify(payload.article)];
  for (const { part, names, elements } of COLUMNS) {
    const rows = payload[part] as Row[];
    const arrays = names.map(() => '');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (let j = 0; j < names.length; j++) arrays[j] += (i ? ',' : '') + elements[j]!(row[names[j]!]);
    }
    for (const array of arrays) parameters.push(`{${array}}`);
  }
  return parameters;
}

/**
 * An article ready for the write statement: its content hash and its parameters (`payloadParameters`).
 * The extraction pool builds it in a worker thread, so a large article costs the event loop a copy of
 * its strings only.
 */
export interface SerializedArticle {
  contentHash: string;
  parameters: string[];
}

export function serializeArticle(prepared: PreparedArticle): SerializedArticle {
  return { contentHash: prepared.contentHash, parameters: payloadParameters(articlePayload(prepared)) };
}
