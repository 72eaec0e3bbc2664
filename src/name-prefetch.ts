// Resolves every entity name an operation passes (`speaker`, `about`, `mentions`, `appearsWith`,
// `entity(name:)`) in one batch before execution, literal or variable, in any nested field.
import { type DocumentNode, getNamedType, type GraphQLSchema, isInputType, TypeInfo, type ValueNode, visit, visitWithTypeInfo } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './schema/builder.js';

const NAME_ARGUMENTS = new Set(['speaker', 'about', 'mentions', 'appearsWith']);
const NAME_FIELDS = new Set(['entity', 'entityLookup']);

function strings(node: ValueNode, variables: Record<string, unknown>): string[] {
  if (node.kind === 'StringValue') return [node.value];
  if (node.kind === 'ListValue') return node.values.flatMap((v) => strings(v, variables));
  if (node.kind === 'Variable') {
    const value = variables[node.name.value];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  }
  return [];
}

/** The argument values that name entities, found once per parsed document: Yoga's parse cache hands
 *  the same document to every request with the same text, so the walk with type info is not repeated. */
const nameValuesOf = new WeakMap<DocumentNode, ValueNode[]>();

function nameValues(schema: GraphQLSchema, document: DocumentNode): ValueNode[] {
  const cached = nameValuesOf.get(document);
  if (cached) return cached;
  const typeInfo = new TypeInfo(schema);
  const values: ValueNode[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (!argument || !field || !isInputType(argument.type) || getNamedType(argument.type).name !== 'String') return;
        const typed = argument.name === 'name' && NAME_FIELDS.has(field.name) && typeInfo.getParentType()?.name === 'Query';
        if (NAME_ARGUMENTS.has(argument.name) || typed) values.push(node.value);
      },
    }),
  );
  nameValuesOf.set(document, values);
  return values;
}

export function useEntityNamePrefetch(): Plugin<Context> {
  return {
    async onExecute({ args }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const names = new Set(nameValues(args.schema, args.document).flatMap((v) => strings(v, variables)));
      // A type-restricted `entity(name:, type:)` resolves in its resolver; the rest here, in one batch.
      if (names.size) await (args.contextValue as Context).names.load([...names]);
    },
  };
}
