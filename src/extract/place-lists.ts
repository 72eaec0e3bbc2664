// Places named in a list: "in Britain and France", "of Texas, Ohio and Florida". The list reads as one
// place for what stands before it ("Officials in Britain and France, which …, said": the officials).
import type { NameIndex } from './name-index.js';
import type { Token } from './tokens.js';

/** The index of the first place of a list whose last place opens at token `at`, or `at` itself. */
export function placeListStart(names: NameIndex, tokens: Token[], at: number): number {
  let first = at;
  while (first > 1 && /^(and|or|,)$/iu.test(tokens[first - 1]!.text)) {
    const previous = names.nameAt.get(tokens[first - 2]!.start);
    if (previous?.entity.type !== 'LOCATION') break;
    first = names.indexAt(tokens, previous.start);
  }
  return first;
}
