// The apposition after a name that gives a role: "Ann Roe, the foreign minister of France, said".
import { isFiniteVerb } from './lexicon.js';
import { relativeRoleWords } from './relative-roles.js';
import { type Title, titleOf, words } from './title-words.js';

/** The apposition after a name, past a parenthesis or an age ("Ann Roe, 52, a retired nurse,"): an age
 *  set off by commas stands between a name and its role as often as not in news of ordinary people. */
const APPOSITION = /^\s*(?:\([^)]{0,30}\))?(?:\s*,\s+(?:aged\s+)?\d{1,3})?\s*,\s+(?:the |a |an |his |her |their |its )?([^,.;:“”"]{1,70})[,.;:]/u;

/** `read` remembered per position of the last text it read: the words after a name are read by
 *  several stages (titles, trades, coreference, attributions), each position once. */
function perPosition<V>(read: (text: string, at: number) => V): (text: string, at: number) => V {
  let known = { text: '', at: new Map<number, V>() };
  return (text, at) => {
    if (text !== known.text) known = { text, at: new Map() };
    if (!known.at.has(at)) known.at.set(at, read(text, at));
    return known.at.get(at)!;
  };
}

/** The apposition right after `end`: "Ann Roe, the foreign minister of France, said". */
export const titleAfter = perPosition((text: string, end: number): Title => {
  const apposition = appositionAfter(text, end);
  if (apposition) return apposition.title;
  // ("Petra Novak, who has been foreign minister since 2021,": a relative clause gives a role too.)
  const relative = relativeRoleWords(text, end);
  return relative ? titleOf(words(relative)) : { roles: [], qualifiers: [] };
});

/** Where a role given in apposition after `end` ends, past its closing comma ("Ann Roe, an economist
 *  at the bank, sales will fall"), or null where the words after the comma name no role or make a
 *  clause ("police, officers found the car,"). */
export function roleAppositionEnd(text: string, end: number): number | null {
  const found = appositionAfter(text, end);
  if (!found?.title.roles.length || !found.match.endsWith(',') || words(found.match).some(isFiniteVerb)) return null;
  return end + found.match.length;
}

const appositionAfter = perPosition((text: string, end: number): { match: string; head: string; title: Title } | null => {
  const m = APPOSITION.exec(text.slice(end, end + 110));
  // ("Ana Ruiz, and the finance minister, Pedro Salas": what follows "and" is someone else.)
  if (!m || /^(who|whom|whose|which|that|where|when|said|says|and|or|but)\b/iu.test(m[1]!)) return null;
  const head = m[1]!.split(/\s+(?:of|for|at|in|from|with|who|and)\s+/u)[0]!;
  // "the head of the IAEA": the words after the role qualify it too.
  return { match: m[0], head, title: { ...titleOf(words(head)), qualifiers: titleOf(words(m[1]!)).qualifiers } };
});

/** The last word of an apposition's head right after `end` ("Ann Roe, India's fast bowler, said" →
 *  "bowler"); none where the words make a clause ("Ann Roe, told Reuters that a draft constitution,"). */
export function appositionHeadWord(text: string, end: number): string | undefined {
  const headWords = words(appositionAfter(text, end)?.head ?? '');
  return headWords.length <= 4 && !headWords.some(isFiniteVerb) ? headWords.pop() : undefined;
}
