import { builder } from './builder.js';
import { connectionOf } from './pagination.js';
import { MentionKindEnum } from './scalars.js';

const Mention = builder.prismaNode('Mention', {
  nullable: true, // a deleted or never-existing row is null in node(id:), not an error
  id: { field: 'id' },
  select: { id: true }, // only the columns a query asks for
  description: 'A reference to an entity in an article: its words and offsets into `Article.text`.',
  fields: (t) => ({
    kind: t.expose('kind', { type: MentionKindEnum, description: 'Name, pronoun, noun phrase or demonym' }),
    text: t.exposeString('text', { description: 'The words as written' }),
    start: t.exposeInt('start', { description: 'Where they start in the article text' }),
    end: t.exposeInt('end', { description: 'Where they end (exclusive)' }),
    entity: t.relation('entity', { description: 'The entity referred to' }),
    article: t.relation('article', { description: 'The article' }),
  }),
});

export const MentionConnection = connectionOf(Mention, 'Mention', 'mentions');
