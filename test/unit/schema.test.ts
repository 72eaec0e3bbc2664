// The committed schema.graphql is what clients generate types from: it must match the code, and
// every type, field, argument and enum value in it must say what it is.
import { readFileSync } from 'node:fs';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../../src/cli/print-schema.js';
import { schema } from '../../src/schema/index.js';

describe('schema.graphql', () => {
  it('is up to date (npm run schema:print)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has one connection and one edge type per node type, shared by every field that pages through it', () => {
    const connections = new Map<string, string[]>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNamedType(field.type);
        if (!isObjectType(returned) || !returned.name.endsWith('Connection')) continue;
        const edge = getNamedType(returned.getFields().edges!.type);
        const node = getNamedType(isObjectType(edge) ? edge.getFields().node!.type : edge);
        if (!isObjectType(node)) continue; // search pages through a union of node types: SearchConnection
        expect(returned.name, `${type.name}.${field.name}`).toBe(`${node.name}Connection`);
        expect(edge.name, `${type.name}.${field.name}`).toBe(`${node.name}Edge`);
        connections.set(returned.name, [...(connections.get(returned.name) ?? []), `${type.name}.${field.name}`]);
      }
    }
    expect(connections.get('QuoteConnection')).toEqual(
      expect.arrayContaining(['Query.quotes', 'Entity.quotesBy', 'Entity.quotesAbout', 'Entity.quotes', 'Article.quotes']),
    );
    expect(connections.get('StatementConnection')).toEqual(expect.arrayContaining(['Query.statements', 'Entity.statementsAbout', 'Article.statements']));
  });
});
