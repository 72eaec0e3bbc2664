// Descriptions for fields that plugins generate without one, so every field of the printed schema
// says what it is.
import { isObjectType, type GraphQLSchema } from 'graphql';

const GENERATED: Record<string, string> = {
  totalCount: 'How many items match, over all pages (the filters apply)',
};

export function describeGeneratedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) field.description ??= GENERATED[field.name] ?? null;
  }
  return schema;
}
