// The benchmark's queries, each as our service, the raw-SQL floor (bench/api-floor.ts) and
// PostGraphile 5 (bench/api-postgraphile.mjs) ask it. PostGraphile's answer is mapped to our
// shape so the three can be compared row for row; `postgraphile` is absent where its schema cannot
// express the query (full-text ranking, our derived counts).
import type { FloorQuery } from './api-floor.js';

/** What the queries are asked about, picked from the database of each scale. */
export interface BenchInputs {
  /** A frequent speaker, and the entity their quotes are most about */
  speaker: string;
  about: string;
  /** A lexeme in many quotes, and one in a single quote of the first 5,000 */
  commonWord: string;
  rareWord: string;
  /** The end cursors of the 50th page of 20 quotes, for each server */
  deepCursor: { ours: string; postgraphile: string; floor: { articleId: number; position: number } };
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  ours: GraphqlRequest;
  floor: { query: FloorQuery; params: Record<string, unknown> };
  postgraphile?: GraphqlRequest & { toOurs(data: any): unknown };
  /** Asked of graphql-yoga alone (bench/api-bare-yoga.mjs) too */
  bare?: GraphqlRequest;
}

type PglEntity = { canonicalName: string } | null;
const aboutNames = (links: { nodes: Array<{ entityByA: PglEntity }> }) =>
  links.nodes.map((l) => ({ canonicalName: l.entityByA!.canonicalName })).sort((a, b) => (a.canonicalName < b.canonicalName ? -1 : 1));
const QUOTE_ORDER = ['ARTICLE_ID_ASC', 'POSITION_ASC'];

/** A word searched for: in the quotes' text, and across quotes, statements and articles ranked. */
function fullText(name: string, word: string): BenchQuery[] {
  return [
    {
      name: `quotesText${name}`,
      ours: { query: 'query($w: String!) { quotes(text: $w, first: 20) { nodes { text } } }', variables: { w: word } },
      floor: { query: 'quotesText', params: { text: word } },
    },
    {
      name: `search${name}`,
      ours: {
        query:
          'query($w: String!) { search(query: $w, first: 20) { edges { rank node { __typename ... on Article { title } ... on Quote { text } ... on Statement { text } } } } }',
        variables: { w: word },
      },
      floor: { query: 'search', params: { text: word } },
    },
  ];
}

/** No database work at all: what each server costs per request before it reads a row. */
function ping(): BenchQuery {
  return {
    name: 'ping',
    ours: { query: '{ __typename }' },
    floor: { query: 'ping', params: {} },
    postgraphile: { query: '{ __typename }', toOurs: (d) => d },
    bare: { query: '{ __typename }' },
  };
}

/** Quotes by the frequent speaker about the entity they speak most of, with who said them and what they are about. */
function speakerAbout(i: BenchInputs): BenchQuery {
  return {
    name: 'speakerAbout',
    ours: {
      query:
        'query($s: String!, $a: String!) { quotes(speaker: $s, about: [$a], first: 20) { nodes { text kind speaker { canonicalName } about { canonicalName } } } }',
      variables: { s: i.speaker, a: i.about },
    },
    floor: { query: 'speakerAbout', params: { speaker: i.speaker, about: i.about } },
    postgraphile: {
      query: `query($s: String!, $a: String!) {
          allQuotes(first: 20, orderBy: [${QUOTE_ORDER}], condition: { act: SPEECH }, filter: { entityBySpeakerId: { canonicalName: { equalTo: $s } }, _quoteAboutsByB: { some: { entityByA: { canonicalName: { equalTo: $a } } } } }) {
            nodes { text kind entityBySpeakerId { canonicalName } _quoteAboutsByB { nodes { entityByA { canonicalName } } } } } }`,
      variables: { s: i.speaker, a: i.about },
      toOurs: (d) => ({
        quotes: {
          nodes: d.allQuotes.nodes.map((q: any) => ({ text: q.text, kind: q.kind, speaker: q.entityBySpeakerId, about: aboutNames(q._quoteAboutsByB) })),
        },
      }),
    },
  };
}

/** The newest articles, each with its first quotes. */
function articlesQuotes(): BenchQuery {
  return {
    name: 'articlesQuotes',
    ours: { query: '{ articles(first: 20) { nodes { title quotes(first: 10) { nodes { text speaker { canonicalName } about { canonicalName } } } } } }' },
    floor: { query: 'articlesQuotes', params: {} },
    postgraphile: {
      // PUBLISHED_AT_DESC puts undated articles first where ours puts them last: the bench articles are all undated.
      query: `{ allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { title
          quotesByArticleId(first: 10, orderBy: POSITION_ASC, condition: { act: SPEECH }) { nodes { text entityBySpeakerId { canonicalName } _quoteAboutsByB { nodes { entityByA { canonicalName } } } } } } } }`,
      toOurs: (d) => ({
        articles: {
          nodes: d.allArticles.nodes.map((a: any) => ({
            title: a.title,
            quotes: {
              nodes: a.quotesByArticleId.nodes.map((q: any) => ({ text: q.text, speaker: q.entityBySpeakerId, about: aboutNames(q._quoteAboutsByB) })),
            },
          })),
        },
      }),
    },
  };
}

/** How many quotes are about an entity. */
function entityCount(i: BenchInputs): BenchQuery {
  return {
    name: 'entityCount',
    ours: { query: 'query($a: String!) { entity(name: $a) { canonicalName quotedAboutCount } }', variables: { a: i.about } },
    floor: { query: 'entityCount', params: { entity: i.about } },
    postgraphile: {
      query:
        'query($a: String!) { allEntities(first: 1, filter: { canonicalName: { equalTo: $a } }) { nodes { canonicalName _quoteAboutsByA(filter: { quoteByB: { act: { equalTo: SPEECH } } }) { totalCount } } } }',
      variables: { a: i.about },
      toOurs: (d) => {
        const e = d.allEntities.nodes[0];
        return { entity: e ? { canonicalName: e.canonicalName, quotedAboutCount: e._quoteAboutsByA.totalCount } : null };
      },
    },
  };
}

/** Statements about an entity. */
function statementsAbout(i: BenchInputs): BenchQuery {
  return {
    name: 'statementsAbout',
    ours: { query: 'query($a: String!) { statements(about: [$a], first: 20) { nodes { text } } }', variables: { a: i.about } },
    floor: { query: 'statementsAbout', params: { about: i.about } },
    postgraphile: {
      query: `query($a: String!) { allStatements(first: 20, orderBy: [ARTICLE_ID_ASC, POSITION_ASC], filter: { _statementAboutsByB: { some: { entityByA: { canonicalName: { equalTo: $a } } } } }) { nodes { text } } }`,
      variables: { a: i.about },
      toOurs: (d) => ({ statements: { nodes: d.allStatements.nodes } }),
    },
  };
}

/** Who talks about an entity, and who appears with it. */
function entityRelations(i: BenchInputs): BenchQuery {
  return {
    name: 'entityRelations',
    ours: {
      query:
        'query($a: String!) { entity(name: $a) { speakersAbout(first: 10) { count entity { canonicalName } } appearsWith(first: 10) { count entity { canonicalName } } } }',
      variables: { a: i.about },
    },
    floor: { query: 'entityRelations', params: { entity: i.about } },
  };
}

/** The 51st page of 20 quotes, after a cursor. */
function deepPage(i: BenchInputs): BenchQuery {
  return {
    name: 'deepPage',
    ours: { query: 'query($after: String!) { quotes(first: 20, after: $after) { nodes { text } } }', variables: { after: i.deepCursor.ours } },
    floor: { query: 'deepPage', params: i.deepCursor.floor },
    postgraphile: {
      query: `query($after: Cursor!) { allQuotes(first: 20, after: $after, orderBy: [${QUOTE_ORDER}], condition: { act: SPEECH }) { nodes { text } } }`,
      variables: { after: i.deepCursor.postgraphile },
      toOurs: (d) => ({ quotes: { nodes: d.allQuotes.nodes } }),
    },
  };
}

/** The queries, in the order they are run and reported. */
export function benchQueries(i: BenchInputs): BenchQuery[] {
  return [
    ping(),
    speakerAbout(i),
    articlesQuotes(),
    entityCount(i),
    ...fullText('Common', i.commonWord),
    ...fullText('Rare', i.rareWord),
    statementsAbout(i),
    entityRelations(i),
    deepPage(i),
  ];
}

/** The page walks that give `deepCursor`: a query for the end cursor after `after`, and where it sits in the answer. */
export const PAGE_WALKS = {
  ours: {
    query: 'query($after: String) { quotes(first: 20, after: $after) { pageInfo { endCursor } } }',
    cursor: (d: any) => d.quotes.pageInfo.endCursor as string,
  },
  postgraphile: {
    query: `query($after: Cursor) { allQuotes(first: 20, after: $after, orderBy: [${QUOTE_ORDER}], condition: { act: SPEECH }) { pageInfo { endCursor } } }`,
    cursor: (d: any) => d.allQuotes.pageInfo.endCursor as string,
  },
};
