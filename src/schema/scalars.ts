import { DateTimeResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time in ISO 8601, e.g. "2017-03-02T00:00:00.000Z".',
});

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'What kind of thing an entity is.',
  values: {
    PERSON: { description: 'A person' },
    ORGANIZATION: { description: 'An organization: government body, company, party, news outlet, team' },
    LOCATION: { description: 'A country, city, region or other place' },
  } as const,
});

export const QuoteKindEnum = builder.enumType('QuoteKind', {
  description: 'How speech is reported.',
  values: {
    DIRECT: { description: 'Verbatim: the content is wholly inside quote marks' },
    INDIRECT: { description: 'Reported speech without quote marks ("X said the talks would resume")' },
    MIXED: { description: 'Reported speech carrying quoted words' },
  } as const,
});

export const QuoteActEnum = builder.enumType('QuoteAct', {
  description: 'What a quote attributes: speech, or a belief held. Beliefs are listed and counted only when `acts` asks for them.',
  values: {
    SPEECH: { description: 'Something said ("the talks would resume, she said")' },
    BELIEF: { description: 'A belief, fear or hope held ("Police believe the fire was started deliberately")' },
  } as const,
});

export const MentionKindEnum = builder.enumType('MentionKind', {
  description: 'How an entity is referred to.',
  values: {
    NAME: { description: 'By a proper name ("Ali Shamkhani", "SNSC")' },
    PRONOUN: { description: 'By a pronoun resolved to it ("he")' },
    NOMINAL: { description: 'By a noun phrase resolved to it ("the minister", "the two")' },
    DEMONYM: { description: 'By a demonym ("Russian" for Russia)' },
  } as const,
});
