// The GraphQL HTTP application: graphql-yoga serving the Pothos schema, with GraphiQL.
import { createYoga } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Logger } from './logger.js';
import { schema } from './schema/index.js';

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
}

export function createApp({ db, config, log }: AppDeps) {
  return createYoga({
    schema,
    context: () => ({ db, config }),
    graphiql: { title: 'News knowledge base' },
    logging: log,
  });
}
