// The one SQL statement that writes an article and everything extracted from it. A single statement
// is atomic on its own: the article lands whole or not at all, with no transaction round trips.
// Its input is the article's payload (`articlePayload` in payload.ts): the article's row as a JSON
// parameter, then each column of the other parts as an array parameter (`payloadParameters`).
// Entities are named by (type, key), their identity across articles, and get their ids inside the
// statement; the other rows refer to them by their number in the payload (`e`).
//
// Concurrency: entities and aliases are upserted (INSERT ... ON CONFLICT), sorted by their unique
// keys, so parallel importers never create one twice and take row locks in one order. Names are
// chosen by `better` below, a total order on names, so the result does not depend on import order.
// The entity's counts (mentions, speech given) grow in the same upsert, on the row version the
// conflict locked, so parallel importers add up exactly; every path that removes facts takes its
// entity locks in the same (type, key) order (delete.ts).

import { preparedStatement } from '../db/prepared.js';
import { PAYLOAD_COLUMNS, PAYLOAD_PARAMETERS, type RowPart } from './payload.js';

/** SQL sort keys of a name, best first: mixed case before capitals, fewer capitals inside words
 *  ("Hillary" before "HIllary"), the longer, then code-point order. `regexp_count` (PostgreSQL 15)
 *  counts the matches as a `count(*)` over `regexp_matches(..., 'g')` would, without a subquery and a
 *  set-returning call per name. */
function nameRank(name: string): string[] {
  return [`(${name} !~ '[[:lower:]]')::int`, `regexp_count(${name}, '[[:alpha:]][[:upper:]]')`, `-length(${name})`, `${name} COLLATE "C"`];
}

/** True when name `a` is better than name `b` by `nameRank`. A name met again as stored (most of an
 *  article's entities and aliases) is told by one comparison, without ranking both: equal names rank
 *  equal, so neither is better. */
const better = (a: string, b: string) => `(${a} <> ${b} AND (${nameRank(a).join(', ')}) < (${nameRank(b).join(', ')}))`;

/** The first parameter: the article's row, as JSON. */
const ARTICLE_RECORD = `json_populate_record(NULL::"Article", $1::json) AS a`;

/** The parameter number of each column of each part of rows (payload.ts `payloadParameters`), after the article's. */
const firstParameter = new Map<RowPart, number>();
let nextParameter = 2;
for (const [part, columns] of Object.entries(PAYLOAD_COLUMNS)) {
  firstParameter.set(part as RowPart, nextParameter);
  nextParameter += Object.keys(columns).length;
}

/** The rows of a part, as `alias`: one array parameter per column, unnested side by side. */
function input(part: RowPart, alias: string): string {
  const columns = Object.entries(PAYLOAD_COLUMNS[part]);
  const first = firstParameter.get(part)!;
  const arrays = columns.map(([, type], i) => `$${first + i}::${type}[]`).join(', ');
  return `unnest(${arrays}) AS ${alias}(${columns.map(([name]) => `"${name}"`).join(', ')})`;
}

/** A new article: written unless its content is stored already. */
const NEW_ARTICLE = `
  INSERT INTO "Article" ("contentHash", title, publication, credit, text, "bodyStart", "bodyEnd", url, "publishedAt", language, "sourceName", "extractorVersion")
  SELECT a."contentHash", a.title, a.publication, a.credit, a.text, a."bodyStart", a."bodyEnd", a.url, a."publishedAt", a.language, a."sourceName", a."extractorVersion"
  FROM ${ARTICLE_RECORD}
  ON CONFLICT ("contentHash") DO NOTHING
  RETURNING id`;

/** A stored article (the parameter after the payload's) extracted anew from its own text (reextract.ts, once its old facts are gone):
 *  what the layout and the extractor read from the text changes, the metadata given at import stays. */
const RENEWED_ARTICLE = `
  UPDATE "Article" AS stored SET title = a.title, publication = a.publication, credit = a.credit,
    "bodyStart" = a."bodyStart", "bodyEnd" = a."bodyEnd", "extractorVersion" = a."extractorVersion"
  FROM ${ARTICLE_RECORD}
  WHERE stored.id = $${PAYLOAD_PARAMETERS + 1} AND stored."contentHash" = a."contentHash"
  RETURNING stored.id`;

/** The payload's entities upserted, each with the better of its names, and `entity`: each entity's
 *  number in the payload (`n`) and its id. */
const ENTITIES = `named AS (
  SELECT DISTINCT ON (e.n) e.n, e.type, e.key, e.name, e.mentions, e.speech
  FROM ${input('entities', 'e')}
  WHERE EXISTS (SELECT FROM article)
  ORDER BY e.n, ${nameRank('e.name').join(', ')}
), written AS (
  INSERT INTO "Entity" (type, key, "canonicalName", "mentionCount", "speechCount")
  SELECT type, key, name, mentions, speech FROM named ORDER BY type, key
  -- The better name wins whichever importer came first; a row updated only to return its id keeps its name.
  ON CONFLICT (type, key) DO UPDATE SET "canonicalName" =
    CASE WHEN ${better('EXCLUDED."canonicalName"', '"Entity"."canonicalName"')} THEN EXCLUDED."canonicalName" ELSE "Entity"."canonicalName" END,
    "mentionCount" = "Entity"."mentionCount" + EXCLUDED."mentionCount",
    "speechCount" = "Entity"."speechCount" + EXCLUDED."speechCount"
    WHERE EXCLUDED."mentionCount" <> 0 OR EXCLUDED."speechCount" <> 0
    OR ${better('EXCLUDED."canonicalName"', '"Entity"."canonicalName"')}
    -- A row this statement cannot see (committed by another importer since it began) is updated too,
    -- to return its id: the lookup below only finds the rows it sees.
    OR (SELECT seen.id FROM "Entity" AS seen WHERE seen.id = "Entity".id) IS NULL
  RETURNING id, type, key
), entity AS (
  -- An entity already known under a name as good, and given nothing to count, is left alone (an
  -- update would write a new row version and index entries for nothing); its id comes from the table. Each row: the entity's
  -- number in the payload and its id.
  SELECT named.n, written.id FROM written JOIN named ON named.type = written.type AND named.key = written.key
  UNION ALL
  SELECT n, (SELECT known.id FROM "Entity" AS known WHERE known.type = named.type AND known.key = named.key) FROM named
  WHERE NOT EXISTS (SELECT FROM written WHERE written.type = named.type AND written.key = named.key)
)`;

/** Each entity's aliases upserted, the better name kept for a key already stored. */
const ALIASES = `alias AS (
  INSERT INTO "EntityAlias" ("entityId", name, key)
  SELECT DISTINCT ON (entity.id, a."aliasKey") entity.id, a.name, a."aliasKey"
  FROM ${input('aliases', 'a')}
  JOIN entity ON entity.n = a.e
  ORDER BY entity.id, a."aliasKey", ${nameRank('a.name').join(', ')}
  ON CONFLICT ("entityId", key) DO UPDATE SET name = EXCLUDED.name WHERE ${better('EXCLUDED.name', '"EntityAlias".name')}
)`;

const MENTIONS = `mention AS (
  INSERT INTO "Mention" ("articleId", "entityId", kind, start, "end", text)
  SELECT article.id, entity.id, m.kind, m.start, m."end", m.text
  FROM article CROSS JOIN ${input('mentions', 'm')}
  JOIN entity ON entity.n = m.e
  -- No ON CONFLICT: the article is new and its payload holds each span once (store.ts), and a
  -- speculative insertion costs an index probe and a WAL record more per row.
  RETURNING id, start, "end"
)`;

const STATEMENTS = `statement AS (
  INSERT INTO "Statement" ("articleId", position, start, "end", text)
  SELECT article.id, s.position, s.start, s."end", s.text
  FROM article CROSS JOIN ${input('statements', 's')}
  RETURNING id, position
)`;

const QUOTES = `quote AS (
  INSERT INTO "Quote" ("articleId", position, kind, act, "speakerId", "speakerMentionId", cue, "cueStart", "cueEnd", start, "end", text, quoted, parts, confidence)
  SELECT article.id, q.position, q.kind, q.act, speaker.id, mention.id, q.cue, q."cueStart", q."cueEnd", q.start, q."end", q.text, q.quoted, q.parts, q.confidence
  FROM article CROSS JOIN ${input('quotes', 'q')}
  LEFT JOIN entity AS speaker ON speaker.n = q.speaker
  LEFT JOIN mention ON mention.start = q."mentionStart" AND mention."end" = q."mentionEnd"
  -- Ids in document order, whichever way the joins run.
  ORDER BY q.position
  RETURNING id, position
)`;

/** The links of the written statements or quotes (by their position) to the entities they are about. */
const aboutLinks = (rows: 'statement' | 'quote', table: string, part: RowPart) => `${rows}_about AS (
  INSERT INTO "${table}" ("A", "B")
  SELECT DISTINCT entity.id, ${rows}.id
  FROM ${input(part, 'l')}
  JOIN ${rows} ON ${rows}.position = l.position
  JOIN entity ON entity.n = l.e
)`;

const QUOTE_STATEMENTS = `quote_statement AS (
  INSERT INTO "_QuoteStatements" ("A", "B")
  SELECT DISTINCT quote.id, statement.id
  FROM ${input('quoteStatements', 'l')}
  JOIN quote ON quote.position = l.quote
  JOIN statement ON statement.position = l.statement
)`;

/** The statement writing an article's facts, for the article row that `article` returns. */
const writeFactsSql = (article: string) => `
WITH article AS (${article}
), ${[ENTITIES, ALIASES, MENTIONS, STATEMENTS, aboutLinks('statement', '_StatementAbout', 'statementAbout'), QUOTES, aboutLinks('quote', '_QuoteAbout', 'quoteAbout'), QUOTE_STATEMENTS].join(', ')}
-- Asynchronous commit for this statement's own transaction: no waiting for the WAL flush.
SELECT id FROM article WHERE set_config('synchronous_commit', 'off', true) = 'off'`;

// Prepared on each connection (db/client.ts): this long statement costs PostgreSQL more to parse and plan
// than most articles cost to write.
export const WRITE_ARTICLE_SQL = preparedStatement('newskb_write_article', writeFactsSql(NEW_ARTICLE));

export const RENEW_ARTICLE_SQL = writeFactsSql(RENEWED_ARTICLE);
