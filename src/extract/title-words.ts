// A person's title words read as roles ("director") and the words that qualify them ("IAEA", "Iran").
import { demonyms, lookupLocation } from './gazetteer.js';
import { isClosedClassWord, tagsOf } from './lexicon.js';
import { RANK_WORD, roleOf, withRank } from './roles.js';
import { COURTESY_TITLES } from './speaker-words.js';

/** A person's title words: the roles ("director") and the words that qualify them ("IAEA", "Iran"). */
export interface Title {
  roles: string[];
  qualifiers: string[];
  /** the roles given as past ones: "former mayor", "ex-minister" */
  former?: string[];
}

/** A word that makes the role after it a past one: "former mayor", "ex minister". */
const FORMER = /^(former|ex)$/iu;

// Words that may stand in a title run before a name besides role words: capitalised words,
// numbers and ages ("34-year-old"), possessives, and a few modifiers.
export const MODIFIER =
  /^(former|current|then|acting|retired|deputy|vice|assistant|associate|senior|chief|state|federal|campaign|foreign|interim|longtime|fellow|top)$/iu;
const ARTICLE_OR_COURTESY = new RegExp(String.raw`^(the|a|an|${COURTESY_TITLES})\.?$`, 'iu');
/** Roles and qualifiers among title words: a capitalised word that names no role qualifies it ("U.N.", "Iran's"). */
export function titleOf(titleWords: string[]): Title {
  const roles: string[] = [];
  const qualifiers: string[] = [];
  const former: string[] = [];
  // ("Former Democratic Sen. Ann Holt": a past role, however many words stand between.)
  let past = false;
  const give = (role: string) => {
    roles.push(role);
    if (past) former.push(role);
    past = false;
  };
  for (const [i, w] of titleWords.entries()) {
    const role = roleOf(w);
    const next = titleWords[i + 1] ?? '';
    if (FORMER.test(w)) past = true;
    // "Deputy leader Ann Holt" is "the deputy leader", not "the leader": the rank goes with the role after it.
    if (RANK_WORD.test(w) && (roleOf(next) || /^prime$/iu.test(next))) continue;
    if (role) give(withRank(titleWords[i - 1], role));
    // "Prime Minister Karl Dahl" is "the premier".
    else if (/^prime$/iu.test(w) && roleOf(next) === 'minister') give(withRank(titleWords[i - 1], 'premier'));
    else if (/^\p{Lu}/u.test(w) && !MODIFIER.test(w) && !ARTICLE_OR_COURTESY.test(w)) qualifiers.push(qualifierKey(w));
    // "the finance minister", "the agriculture minister": a noun before the role says which office.
    else if (roleOf(titleWords[i + 1] ?? '') && isOfficeDomain(w)) qualifiers.push(w);
  }
  return former.length ? { roles, qualifiers, former } : { roles, qualifiers };
}

/** A lower-case noun naming what an office deals with ("finance", "health", "police"); no
 *  adjective ("new", "conservative", "embattled") and no word of rank or time. */
function isOfficeDomain(word: string): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(word) &&
    !MODIFIER.test(word) &&
    !isClosedClassWord(word) &&
    !tagsOf(word).includes('Adjective') &&
    !/(al|ic|ed|ive|ous|ing|ful|ary|ian|ish|less|est|er)$/u.test(word)
  );
}

/** "U.N." = "UN", "Iran's" = "Iranian" = "Iran". */
export function qualifierKey(word: string): string {
  const bare = word.replace(/['’]s?$/u, '');
  const place = demonyms.get(bare.toLowerCase()) ?? lookupLocation(bare) ?? bare;
  return place.replace(/\./gu, '').toLowerCase();
}

/** The words qualifying a description's role: "The IAEA chief" → ["iaea"]. */
export const descriptionQualifiers = (description: string): string[] => titleOf(words(description)).qualifiers;

export const words = (s: string) => s.split(/[\s/]+/u).filter((w) => /\p{L}/u.test(w));
