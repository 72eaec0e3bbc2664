// The GraphQL schema: each file beside this one declares its type, with its root fields, on the builder;
// importing them all builds the schema.
import { builder } from './builder.js';
import { describeGeneratedFields } from './descriptions.js';
import './scalars.js';
import './query.js';
import './article.js';
import './entity.js';
import './entity-lookup.js';
import './mention.js';
import './quote.js';
import './statement.js';
import './search.js';
import './import.js';

export const schema = describeGeneratedFields(builder.toSchema({ sortSchema: true }));
