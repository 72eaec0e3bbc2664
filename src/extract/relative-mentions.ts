// "Barkley, who said he votes Democratic": the speaker's words in the passage are the relative
// pronoun opening the cue's clause, as they are "he" in "he said"; the pronoun stands for the
// name before it, which stays the speaker's name. Only a pronoun the cue's own clause opens with:
// set off after the name ("Harvey, who acknowledged"), past a role ("Akiko Mori, chief economist
// at Daiwa, who predicted") or right after it ("64 percent who say", "leaders that said"). Set off,
// the clause runs on to the cue past an aside ("Lind, who, after a day at the docks, said") and
// verbs joined to its own ("Marsh, who came out and endorsed"). A clause not set off that has a verb
// of its own before the cue has ended there: the phrase it hangs from is the cue's subject
// ("Fishermen who lost their boats said").
import { PERSON_TITLES } from './entities/person-vocabulary.js';
import { isPreposition, isVerbForm } from './lexicon.js';
import { isAuxiliary } from './word-classes.js';
import type { Span } from './types.js';

/** The end of the gap between the speaker's phrase and the cue: ", who ", ", a banker, who has
 *  also ", " who’d previously ", " that ", ", who, after a long day, ", ", who came out and ". */
const RELATIVE_END = /(?:^|[\s,])(who|which|that)(?:['’](?:d|ve|s))?(?:,[^,;:]{2,90},)?\s+((?:[\p{L}’'-]+\.?\s+){0,8})$/du;
/** Words after the pronoun that open a clause of their own ("those who left but said"). */
const CLAUSE_LINK = /\b(?:and|but|or|by|then|to)\s/u;

/** The relative pronoun standing for `surface` as the subject of `cue`, else null. */
export function relativeMention(text: string, surface: Span, cue: Span | null): Span | null {
  if (!cue || cue.start <= surface.end || cue.start - surface.end > 120) return null;
  const gap = text.slice(surface.end, cue.start);
  // (Quoted words or a sentence's end between: the pronoun is no part of the speaker's phrase.)
  if (/[“”"]/u.test(gap) || endsSentence(gap)) return null;
  const m = RELATIVE_END.exec(gap);
  // (", that is, …": "that" set off is no relative pronoun.)
  if (!m || (m[1] === 'that' && /,\s*that\b/u.test(gap))) return null;
  const [start, end] = m.indices![1]!;
  // ("He praised those who left but said": the pronoun stands for no speaker when a verb comes
  // before it, or, not set off, its own clause ends before the cue.)
  const wordsBefore = gap.slice(0, start).split(/[\s,]+/u);
  const setOff = /,\s*$/u.test(gap.slice(0, start));
  const own = m[2]!;
  const restrictiveEnded = !setOff && (CLAUSE_LINK.test(gap.slice(end)) || own.split(/\s+/u).length > 5 || hasVerbOfItsOwn(own));
  if (restrictiveEnded || wordsBefore.some(isVerbForm)) return null;
  return { start: surface.end + start, end: surface.end + end };
}

/** Words that open a noun phrase: after a word, they make it a verb with its object ("lost their boats"). */
const OBJECT_OPENING = /^(the|a|an|his|her|their|its|this|these|those)$/iu;

/** Whether the words after a relative pronoun hold a verb of their own, not just an auxiliary or an
 *  adverb before the cue: "who lost their boats", "that have backed the mayor", "who favour the
 *  levy" (a word before a determiner), not "who have long", "that have in the past". */
function hasVerbOfItsOwn(own: string): boolean {
  const words = own.split(/\s+/u).filter(Boolean);
  return words.some((w, n) => !isAuxiliary(w) && (isVerbForm(w) || (OBJECT_OPENING.test(words[n + 1] ?? '') && /^\p{Ll}/u.test(w) && !isPreposition(w))));
}

/** Whether a sentence ends inside `gap`: a stop and a space, but not a title's or an initial's
 *  ("Mr. Reyes", "John F. Kerry"). */
function endsSentence(gap: string): boolean {
  for (const m of gap.matchAll(/(\S*)[.!?]\s/gu)) if (!PERSON_TITLES.has(m[1]!.toLowerCase()) && !/^\p{Lu}$/u.test(m[1]!)) return true;
  return false;
}
