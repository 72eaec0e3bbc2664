// Resolves every entity name an operation passes (`speaker`, `about`, `mentions`, `appearsWith`,
// `entity(name:)`) in one batch before execution, literal or variable, in any nested field.
import { getNamedType, isInputType, TypeInfo, visit, visitWithTypeInfo, type ValueNode } from 'graphql';
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

export function useEntityNamePrefetch(): Plugin<Context> {
  return {
    async onExecute({ args }) {
      const typeInfo = new TypeInfo(args.schema);
      const names = new Set<string>();
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      visit(
        args.document,
        visitWithTypeInfo(typeInfo, {
          Argument(node) {
            const argument = typeInfo.getArgument();
            const field = typeInfo.getFieldDef();
            if (!argument || !field || !isInputType(argument.type) || getNamedType(argument.type).name !== 'String') return;
            const typed = argument.name === 'name' && NAME_FIELDS.has(field.name) && typeInfo.getParentType()?.name === 'Query';
            if (NAME_ARGUMENTS.has(argument.name) || typed) for (const s of strings(node.value, variables)) names.add(s);
          },
        }),
      );
      // A type-restricted `entity(name:, type:)` resolves in its resolver; the rest here, in one batch.
      if (names.size) await (args.contextValue as Context).names.load([...names]);
    },
  };
}
