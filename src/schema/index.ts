import { builder } from './builder.js';
import { describeGeneratedFields } from './descriptions.js';
import './scalars.js';
import './article.js';
import './entity.js';
import './entity-lookup.js';
import './mention.js';
import './quote.js';
import './statement.js';
import './search.js';
import './import.js';

builder.queryType({ description: 'Read the knowledge base: articles, entities, quotes, statements, search.' });

export const schema = describeGeneratedFields(builder.toSchema({ sortSchema: true }));
