// graphql-yoga alone: a one-field schema, no plugins, on node:http. The benchmark's ping row asks it
// `{ __typename }` too, to show what the GraphQL server stack costs per request before any of our code.
//   node bench/api-bare-yoga.mjs <database url (unused)> <port>
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ping: String }' }), logging: false, graphiql: false });
createServer(yoga).listen(Number(process.argv[3]), '127.0.0.1', () => console.log('ready'));
