// The peer: PostGraphile 5 (amber preset, postgraphile-plugin-connection-filter with relation filters)
// on a bench database, alone in its process. Installed in bench/node_modules by `npm run bench:api`.
//   node bench/api-postgraphile.mjs <database url> <port>
import { createServer } from 'node:http';

// PostGraphile 5 uses Promise.withResolvers (Node 22); without it on Node 20 every connection comes back empty.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');

const [url, port] = process.argv.slice(2);
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: url, schemas: ['public'], poolConfig: { max: 10 }, pubsub: false })],
  schema: { connectionFilterRelations: true },
  grafserv: { graphqlPath: '/graphql', graphiql: false },
};
const serv = postgraphile(preset).createServ(grafserv);
const server = createServer();
serv.addTo(server);
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
