// Cross-site request forgery guard. A browser sends a "simple" request (a form post, text/plain)
// cross-site without asking the server first, so such a POST must carry a custom header, which a
// browser only sends after a CORS preflight. GET needs no header: Yoga runs only queries over GET,
// and a query changes nothing (frontend clients such as urql send queries as GET).
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const CSRF_HEADER = 'x-graphql-yoga-csrf';
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isSimplePost(request: Request): boolean {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  return request.method === 'POST' && (!contentType || SIMPLE_CONTENT_TYPES.some((t) => contentType.startsWith(t)));
}

export function useCsrfGuard(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!isSimplePost(request) || request.headers.has(CSRF_HEADER)) return;
      throw createGraphQLError(
        `A POST without a JSON content type needs the "${CSRF_HEADER}" header (any value): send "content-type: application/json", or that header`,
        { extensions: { code: 'CSRF_HEADER_REQUIRED', header: CSRF_HEADER, http: { status: 403 } } },
      );
    },
  };
}
