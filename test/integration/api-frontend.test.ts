// What a frontend does: a urql client sending queries as GET, one fragment reused on every quote
// connection, normalised-cache keys on keyed results.
import { Client, fetchExchange, gql } from '@urql/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const t = useTestApp();
let client: Client;

beforeAll(async () => {
  await t.importSeed();
  const requests: Request[] = [];
  client = new Client({
    url: 'http://localhost/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: 'force',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      expect(request.method).toBe('GET');
      return t.app.fetch(request);
    },
  });
});

const QUOTE_PAGE = gql`
  fragment QuotePage on QuoteConnection {
    totalCount
    edges { cursor node { id kind text speaker { id canonicalName } } }
    pageInfo { hasNextPage endCursor }
  }
`;

describe('a urql client', () => {
  it('runs queries as GET, reusing one fragment on every quote connection', async () => {
    const query = gql`
      query SpeakerQuotes {
        quotes(speaker: "Shamkhani") { ...QuotePage }
        entity(name: "Shamkhani") { quotesBy { ...QuotePage } quotes { ...QuotePage } }
        articles(first: 1) { nodes { quotes(first: 2) { ...QuotePage } } }
      }
      ${QUOTE_PAGE}
    `;
    const result = await client.query(query, {}).toPromise();
    expect(result.error).toBeUndefined();
    const { quotes, entity, articles } = result.data;
    expect(quotes.totalCount).toBe(4);
    expect(entity.quotesBy.edges.map((e: any) => e.node.id)).toEqual(quotes.edges.map((e: any) => e.node.id));
    expect(entity.quotes.totalCount).toBeGreaterThanOrEqual(4);
    expect(articles.nodes[0].quotes.edges).toHaveLength(2);
  });

  it('gets an id on every counted entity, distinct per parent and relation', async () => {
    const result = await client
      .query(gql`{ entity(name: "Syria") { speakersAbout { id count entity { id } } appearsWith(first: 3) { id count entity { id } } } }`, {})
      .toPromise();
    expect(result.error).toBeUndefined();
    const { speakersAbout, appearsWith } = result.data.entity;
    const ids = [...speakersAbout, ...appearsWith].map((c: any) => c.id);
    expect(speakersAbout.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id: string) => typeof id === 'string' && id.length > 0)).toBe(true);
  });
});
