import { GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { actSql, actsKey, actsOf, actWhere, SPEECH } from '../../src/queries/acts.js';
import { Prisma } from '../../src/generated/prisma/client.js';

const q = Prisma.raw('q');

it('resolves the acts argument once: speech when not given, each act once, every act as ALL', () => {
  expect(actsOf(undefined)).toEqual(['SPEECH']);
  expect(actsOf(null)).toBe(SPEECH);
  expect(actsOf(['BELIEF', 'BELIEF'])).toEqual(['BELIEF']);
  expect(actsOf(['BELIEF', 'SPEECH'])).toBe('ALL');
  expect(actsOf(['SPEECH', 'BELIEF', 'SPEECH'])).toBe('ALL');
  expect(() => actsOf([])).toThrow(GraphQLError);
  try {
    actsOf([]);
  } catch (e) {
    expect((e as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'acts' });
  }
});

it('builds every act condition from the resolved acts: none for every act', () => {
  expect(actWhere(SPEECH)).toEqual({ act: 'SPEECH' });
  expect(actWhere(['SPEECH', 'BELIEF'])).toEqual({ act: { in: ['SPEECH', 'BELIEF'] } });
  expect(actWhere('ALL')).toEqual({});
  expect(actSql('ALL', q)).toEqual([]);
  const [speech] = actSql(SPEECH, q);
  expect([speech?.text, speech?.values]).toEqual(['q."act" = $1::"QuoteAct"', ['SPEECH']]);
  expect(actSql(['SPEECH', 'BELIEF'], q)[0]?.text).toBe('q."act" = ANY($1::"QuoteAct"[])');
  expect([actsKey(SPEECH), actsKey(['BELIEF']), actsKey('ALL')]).toEqual(['SPEECH', 'BELIEF', 'ALL']);
});
