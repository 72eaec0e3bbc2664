// GraphiQL served from the package itself, so it works with no internet (Yoga's default page loads
// it from a CDN). The page is ~9 MB: it is rendered and compressed once, then served with an ETag.
// Its package is imported on the first request for the page: loaded, it holds ~30 MB of heap that an
// API-only process never needs.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { shouldRenderGraphiQL, type GraphiQLOptions, type Plugin } from 'graphql-yoga';

type Bytes = Uint8Array<ArrayBuffer>;

interface Page {
  etag: string;
  identity: Bytes;
  gzip: Bytes;
  br: Bytes;
}

async function buildPage(options: GraphiQLOptions): Promise<Page> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const identity = new TextEncoder().encode(renderGraphiQL(options));
  const [gz, br] = await Promise.all([
    promisify(gzip)(identity, { level: 9 }),
    // Quality 9 compresses about as well as 11 here, in a fraction of the time.
    promisify(brotliCompress)(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  const bytes = (b: Buffer) => new Uint8Array(b) as Bytes;
  return { etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`, identity, gzip: bytes(gz), br: bytes(br) };
}

/** The encoding to send: brotli, then gzip, when the client accepts them (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | 'identity' {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/u.exec(p)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

/** Answers a browser's GET of the GraphQL endpoint with the offline GraphiQL page. */
export function useOfflineGraphiQL(endpoint: string, options: GraphiQLOptions): Plugin {
  let page: Promise<Page> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || !shouldRenderGraphiQL(request)) return;
      page ??= buildPage(options);
      const { etag, ...bodies } = await page;
      const headers: Record<string, string> = {
        etag,
        'cache-control': 'public, max-age=600, must-revalidate',
        vary: 'accept-encoding',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const encoding = pickEncoding(request.headers.get('accept-encoding'));
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      headers['content-type'] = 'text/html; charset=utf-8';
      endResponse(new fetchAPI.Response(bodies[encoding], { status: 200, headers }));
    },
  };
}
