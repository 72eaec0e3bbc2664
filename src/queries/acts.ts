// The acts a listing or count of quotes answers. The `acts` argument is resolved once, by `actsOf`,
// and every condition on a quote's act is built from that answer: `actWhere` for Prisma, `actSql`
// for SQL, so that "not given" means speech everywhere and "every act" means no condition at all.
import { GraphQLError } from 'graphql';
import { Prisma, type QuoteAct } from '../generated/prisma/client.js';

/** Every act a quote can have. */
const QUOTE_ACTS: readonly QuoteAct[] = ['SPEECH', 'BELIEF'];

/** The acts asked for, each once in the order of QUOTE_ACTS; 'ALL' when every act is (no condition). */
export type Acts = readonly QuoteAct[] | 'ALL';

/** Speech alone: what is answered unless beliefs are asked for. */
export const SPEECH: Acts = ['SPEECH'];

/**
 * The acts an `acts` argument asks for: speech unless asked, since beliefs held ("Police believe …")
 * are a separate kind of attribution, never mixed into speech by default. An empty list is an error,
 * not an empty answer.
 */
export function actsOf(acts: readonly QuoteAct[] | null | undefined): Acts {
  if (acts == null) return SPEECH;
  if (acts.length === 0) {
    throw new GraphQLError('acts: name at least one act (SPEECH, BELIEF)', { extensions: { code: 'BAD_USER_INPUT', argument: 'acts' } });
  }
  const asked = QUOTE_ACTS.filter((a) => acts.includes(a));
  return asked.length === QUOTE_ACTS.length ? 'ALL' : asked;
}

/** The acts as a key part: 'SPEECH', 'BELIEF' or 'ALL' (acts joined by '+' were there more). */
export function actsKey(acts: Acts): string {
  return acts === 'ALL' ? acts : acts.join('+');
}

/** The Prisma condition on the act of a quote (an empty object for every act). */
export function actWhere(acts: Acts): Prisma.QuoteWhereInput {
  if (acts === 'ALL') return {};
  return { act: acts.length === 1 ? acts[0] : { in: [...acts] } };
}

/** The SQL conditions on the act of quote `q` (none for every act). */
export function actSql(acts: Acts, q: Prisma.Sql): Prisma.Sql[] {
  if (acts === 'ALL') return [];
  return [acts.length === 1 ? Prisma.sql`${q}."act" = ${acts[0]}::"QuoteAct"` : Prisma.sql`${q}."act" = ANY(${acts}::"QuoteAct"[])`];
}
