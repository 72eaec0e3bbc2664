import { describe, expect, inject, it } from 'vitest';
import { schemaDrift } from '../../src/db/drift.js';

describe('migrations', () => {
  it('build exactly the schema that schema.prisma describes', async () => {
    expect(await schemaDrift(inject('databaseServerUrl'))).toEqual([]);
  });
});
