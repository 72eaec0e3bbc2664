// The Query root. Its fields are declared with the type they answer (article.ts, entity.ts, …).
import { builder } from './builder.js';

builder.queryType({ description: 'Read the knowledge base: articles, entities, quotes, statements, search.' });
