// Names that end in "'s": "Lloyd's", "Moody's", "Boatmen's", "Sotheby's" (firms named after their
// founder's shop, as in "at Boatmen's"). The tokenizer splits "'s" off every name, reading it as a
// possessive. Where the document writes the name with nothing owned after it ("Boatmen's was the
// prize", "in favour of Lloyd's."), "'s" is part of the name, there and wherever else it stands
// ("Lloyd's chairman").
import type { EntityType } from '../types.js';
import type { Candidate } from './candidates.js';
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName } from '../lexicon.js';
import { isPossessiveMark } from '../tokens.js';
import { extended } from '../extended.js';
import { employerAfterRole } from './organization-context.js';

const POSSESSIVE = /^['’]s/u;
const POSSESSIVE_END = /\p{L}['’]s$/u;
const POSSESSIVE_GAP = /^['’]s $/u;
// What follows a name ending in "'s" and never follows a possessive, which owns a noun after it:
// a clause's punctuation, or a verb or preposition; or a word and "its", a verb and what the firm
// does it to ("Moody's cut its rating", "Sotheby's sold its stake"). Not "and" ("Clinton's and Dole's campaigns").
const NOTHING_OWNED =
  /^['’]s(?:\s*[.,;:!?]|\s*$|\s+(?:was|is|has|had|said|says|will|would|could|did|does|agreed|to|in|at|on|for|from|with|by|as|of|over|after|before)\b|\s+\p{Ll}+\s+its\b)/u;

// ... nor a name joined to another that owns nothing either: "Lowe's and Home Depot have bid" ("Clinton's and
// Dole's campaigns" own one).
const LISTED_OWNING_NOTHING = /^['’]s\s+and\s+(?:\p{Lu}[\p{L}&.-]*\s+){1,3}(?:have|has|are|were|said|say|will|would|also)\b/u;

/** Whether a candidate may be a name in "'s": no person named in full or titled ("Mr. Lloyd's"). */
const mayEndInS = (c: Candidate, type: EntityType | null) =>
  c.titles.length === 0 && !c.honorific && !(type === 'PERSON' && c.words.length > 1 && isFirstName(c.words[0]!));

/** The candidates with "'s" joined to the names the document shows to end in it; such a name
 *  is an organization unless a place preposition stands before it ("at Lord's"). */
export function withPossessiveNames<T extends { c: Candidate; type: EntityType | null }>(text: string, typed: T[]): T[] {
  const endsInS = new Set<string>();
  // ("Mehmet Oz … Oz's TV show": a person's surname owns what follows it.)
  const surnames = new Set(typed.filter(({ type }) => type === 'PERSON').map(({ c }) => c.words[c.words.length - 1]!));
  // "set his plan against Holt's." after "Holt said": a name the document also writes without "'s"
  // owns what "'s" leaves unsaid.
  const bare = new Set(typed.filter(({ c }) => !POSSESSIVE.test(text.slice(c.end, c.end + 2))).map(({ c }) => c.text));
  for (const { c, type } of typed) {
    // "Newell's Old Boys … put Newell's ahead": a longer name opening with a word in "'s" is named by that word.
    if (type === 'ORGANIZATION' && c.words.length > 3 && isPossessiveMark(c.words[1]!) && !surnames.has(c.words[0]!)) endsInS.add(c.words[0]!);
    if (
      mayEndInS(c, type) &&
      !bare.has(c.text) &&
      (NOTHING_OWNED.test(text.slice(c.end, c.end + 12)) || LISTED_OWNING_NOTHING.test(text.slice(c.end, c.end + 60)))
    )
      endsInS.add(c.text);
  }
  return joinOwnedNames(text, endsInS.size ? withNamesInS(text, typed, endsInS) : typed);
}

function withNamesInS<T extends { c: Candidate; type: EntityType | null }>(text: string, typed: T[], endsInS: Set<string>): T[] {
  return typed.map((t) => {
    const { c } = t;
    if (!endsInS.has(c.text) || !POSSESSIVE.test(text.slice(c.end, c.end + 2))) return t;
    const end = c.end + 2;
    const words = c.words.slice();
    words[words.length - 1] += text.slice(c.end, end);
    const [next = '', nextAfter = ''] = text
      .slice(end, end + 60)
      .split(/\s+|(?=[.,;:!?)"”])/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    const named = extended(c, { end, text: text.slice(c.start, end), words, next, nextAfter, itsAfter: false });
    // "at Lord's" is a ground; "analysts at Sotheby's" work for a firm.
    const place = (c.prev === 'at' || c.prev === 'in') && !employerAfterRole(named);
    return extended(t, { c: named, type: place ? ('LOCATION' as const) : ('ORGANIZATION' as const) });
  });
}

/** "Valentine's Day", "St Patrick's Night": a feast, no shop. */
const FEAST = /^(?:Day|Eve|Night|Weekend)$/u;

/** A shop named by its owner's given name ("Harry's Bakes", "Dave's Kitchen": ordinary words after
 *  "'s"), or a name in "'s" running on ("Lloyd's List", "Moody's Investors Service"). */
const ownsShopName = (owner: Candidate, owned: Candidate) =>
  owner.words.length === 1 &&
  isFirstName(owner.text) &&
  !owner.titles.length &&
  owned.words.every((w) => isCommonWord(w.toLowerCase())) &&
  !FEAST.test(owned.words[owned.words.length - 1]!);
const runsOnFromNameInS = (owner: Candidate, owned: Candidate) =>
  POSSESSIVE_END.test(owner.text) && !isFirstName(owned.words[0]!) && !lookupLocation(owned.text) && !owned.words.some(isPossessiveMark);

/** The candidates with a name in "'s" and the capitalised words it runs into made one organization's
 *  name, as above; the tagger's span of such a name ("Harry 's Bakes") is made one as well. */
function joinOwnedNames<T extends { c: Candidate; type: EntityType | null }>(text: string, typed: T[]): T[] {
  const out: T[] = [];
  for (const t of typed) {
    const before = out[out.length - 1];
    const gap = before ? text.slice(before.c.end, t.c.start) : '';
    const owned = !t.c.titles.length && !t.c.honorific;
    const joins = owned && !!before && ((gap === ' ' && runsOnFromNameInS(before.c, t.c)) || (POSSESSIVE_GAP.test(gap) && ownsShopName(before.c, t.c)));
    if (joins) {
      const words = [...before!.c.words.slice(0, -1), before!.c.words.at(-1)! + gap.trim(), ...t.c.words];
      const c = extended(t.c, {
        start: before!.c.start,
        text: text.slice(before!.c.start, t.c.end),
        words,
        prev: before!.c.prev,
        prevBefore: before!.c.prevBefore,
      });
      out[out.length - 1] = extended(t, { c, type: 'ORGANIZATION' as const });
    } else out.push(taggedShopName(t));
  }
  return out;
}

/** The tagger's "Harry 's Bakes": one shop's name, its owner's "'s" on the given name. */
function taggedShopName<T extends { c: Candidate; type: EntityType | null }>(t: T): T {
  const { words } = t.c;
  if (words.length < 3 || !isPossessiveMark(words[1]!)) return t;
  const shop = { ...t.c, words: [words[0]!], text: words[0]! };
  if (!ownsShopName(shop, { ...t.c, words: words.slice(2) })) return t;
  return extended(t, { c: extended(t.c, { words: [words[0]! + words[1]!, ...words.slice(2)] }), type: 'ORGANIZATION' as const });
}

/** "Lloyd's List", "Harry's Bakes", "St Mary's Hospital": a name running on past a word in "'s" is a body's
 *  (a person's "'s" ends the name it owns). */
export const namesOwnedBody = (words: string[]) => words.length >= 2 && words.slice(0, -1).some((w) => POSSESSIVE_END.test(w));
