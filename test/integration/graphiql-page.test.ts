// The GraphiQL page: served from the package (no CDN), compressed, cached by ETag; and every tour
// operation it opens with runs on the seed article.
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOUR_OPERATIONS } from '../../src/graphiql.js';
import { pickEncoding } from '../../src/graphiql-page.js';
import { useTestApp } from './harness.js';

const TOKEN = 'a-token-of-sixteen-plus-chars';
const t = useTestApp({ API_TOKEN: TOKEN });

beforeAll(async () => {
  await t.importSeed();
});

const getPage = (headers: Record<string, string>) => t.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html', ...headers } });

describe('the GraphiQL page', () => {
  it('is self-contained, brotli or gzip compressed, and revalidated by ETag', async () => {
    const br = await getPage({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toMatch(/max-age=\d+/u);
    const compressed = Buffer.from(await br.arrayBuffer());
    const html = brotliDecompressSync(compressed).toString('utf8');
    expect(compressed.length).toBeLessThan(html.length / 3);
    expect(html).toContain('<title>News knowledge base</title>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/u); // nothing loaded from elsewhere
    expect(html).toContain('QuotesByShamkhaniAboutAstana');

    const gz = await getPage({ 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(html);

    const again = await getPage({ 'accept-encoding': 'br', 'if-none-match': br.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('picks the encoding the client accepts', () => {
    expect(pickEncoding('gzip;q=1, br;q=0')).toBe('gzip');
    expect(pickEncoding(null)).toBe('identity');
    expect(pickEncoding('*')).toBe('br');
  });

  it('opens with tour operations that all run on the seed article', async () => {
    for (const op of TOUR_OPERATIONS) {
      const res = await t.gql(op.document, undefined, { authorization: `Bearer ${TOKEN}` });
      expect(res.errors, op.name).toBeUndefined();
      expect(res.data, op.name).toBeTruthy();
      expect(JSON.stringify(res.data), op.name).not.toContain('"totalCount":0');
    }
  });
});
