// A company named by an ordinary word ("Apple", "Shell") or by what looks like a person's name ("Eli
// Lilly", "Morgan Stanley") reads as a person where it is fined, sued or speaks. What a story says a
// company has settles it wherever the story names it: "Apple's shares", "Eli Lilly's chief executive",
// "Shell's quarterly profit", "shares in Eli Lilly", "Morgan Stanley stock", "drugmaker Eli Lilly". Only a few words next to
// each name are read, so the work stays linear in the text's length.
import { namesIndex, namesNoEntity } from './no-entity-names.js';
import { heldAsShares, kindBeforeName } from './organization-context.js';
import { isCommonWord, isFirstName, isKnownPerson, isVerbForm } from '../lexicon.js';
import { cueLemma } from '../cues.js';
import type { TypedCandidate } from './typed-candidates.js';
import { fullNameWords, nameKey, retypeAsOrganizations, titledNames } from './retype.js';
import type { NameMemory } from './typer-model.js';

/** What only a company has, after its possessive ("Musk's shares in Tesla" are a person's holding;
 *  "Adele's album sales" a singer's: no free word before the noun). */
const OWNED_BY_COMPANY =
  /^['’]s?\s+(?:(?:quarterly|annual|net|operating|pre-?tax|full-year|first-half|\p{Ll}+-quarter)\s+)?(?:(?:shares|stock)(?!\s+in\b)|share\s+price|market\s+(?:value|capitali[sz]ation)|chief\s+(?:executive|(?:\p{Ll}+\s+){1,2}officer)|general\s+counsel|ceo|cfo|board(?:\s+of\s+directors)?|shareholders|stockholders|subsidiary|subsidiaries|profits?|revenues?|stores|factories)\b/iu;

/** Officers a firm has, and a president or candidate may have too ("Donald Trump's finance chief"): of
 *  a name with no given name first only. */
const OFFICERS = /^['’]s?\s+(?:(?:finance|financial|technology|operating)\s+chief|chairman|chairwoman)\b/iu;

/** Whether the words right around this mention say its name is a company's. */
function usedAsCompany(t: TypedCandidate, text: string, memory: NameMemory): boolean {
  if (t.headline) return false;
  // "Total shares to be offered", "Bank shares fell": an ordinary word before "shares" is a heading or a sector.
  const shares = heldAsShares(t.c) && !(t.c.words.length === 1 && isCommonWord(t.c.text) && HELD_AFTER.test(t.c.next));
  const after = text.slice(t.c.end, t.c.end + 60);
  return (
    shares ||
    kindBeforeName(t.c) ||
    OWNED_BY_COMPANY.test(after) ||
    (!isFirstName(t.c.words[0]!) && OFFICERS.test(after)) ||
    unitOfFirm(t, after) ||
    spokespersonFor(t, memory) ||
    dealTarget(t)
  );
}

/** "agreed to buy Velmora", "its merger with Velmora", "the deal values Velmora at …": what is
 *  bought, taken over or merged with is a firm; of a name of no given name only, not a player bought "from" his club. */
const dealTarget = ({ c }: TypedCandidate) =>
  (DEAL_VERB.test(c.prev) || (DEAL_NOUN.test(`${c.prevBefore} ${c.prev}`) && c.words.length === 1) || (VALUES.test(c.prev) && c.next === 'at')) &&
  !isFirstName(c.words[0]!) &&
  !isKnownPerson(c.text) &&
  !/^(?:from|['’]s?)$/u.test(c.next);
const DEAL_VERB = /^(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)$/u;
const DEAL_NOUN = /^(?:(?:takeover|acquisition|buyout|purchase)\s+of|(?:merger|merge|merges|merged|merging)\s+with|(?:bid|offer)\s+for)$/u;
const VALUES = /^(?:values|valued|valuing)$/u;

/** "a spokeswoman for Tessaro said", "officials of Tessaro": a word of no known person (no given name, no
 *  person the lexicon or the training data know) that a spokesperson or an official speaks for, ending the
 *  phrase, is a firm's or a body's, whatever the typer made of it ("a spokesman for Yeltsin" stays a person;
 *  "a spokesman for Democratic candidate …" names the candidate). */
const spokespersonFor = ({ c, type }: TypedCandidate, memory: NameMemory) =>
  (type === null || (type === 'PERSON' && memory[c.text.toLowerCase()] !== 'PERSON')) &&
  (SPOKESPERSON.test(c.prevBefore) ? c.prev === 'for' : OFFICIALS.test(c.prevBefore) && (c.prev === 'for' || c.prev === 'of')) &&
  c.words.length === 1 &&
  !isFirstName(c.text) &&
  !isKnownPerson(c.text) &&
  (!/^\p{Ll}/u.test(c.next) || isVerbForm(c.next) || !!cueLemma(c.next));
const OFFICIALS = /^officials?$/u;
const SPOKESPERSON = /^spokes(?:man|woman|person)$/u;

/** "its Mead Johnson infant formula business", "its Halden unit": a name between a firm's "its" and the
 *  word for a part of a firm names that part, a company or a brand. */
const unitOfFirm = (t: TypedCandidate, after: string) => t.c.prev === 'its' && FIRM_PART_AFTER.test(after);
const FIRM_PART_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:business|unit|division|subsidiary|arm|brand|operations)\b/u;
const HELD_AFTER = /^(?:shares|stock)$/u;

/** Retypes as organizations (in place) the names of one to four words that some mention shows to be
 *  a company, where the story types them a person or nothing; not a name a title or honorific gives a
 *  person anywhere ("Mr Lilly"), nor one word of a person's full name ("Tim Cook … Cook's shares"). */
export function companiesByUse(text: string, typed: TypedCandidate[], memory: NameMemory): void {
  const personal = titledNames(typed);
  const personWords = fullNameWords(typed);
  const companies = new Set<string>();
  for (const t of typed) {
    if (t.type === 'LOCATION' || t.c.words.length > 4 || personal.has(nameKey(t)) || (t.c.words.length === 1 && personWords.has(nameKey(t)))) continue;
    if (usedAsCompany(t, text, memory)) companies.add(nameKey(t));
  }
  retypeAsOrganizations(
    typed,
    companies,
    (t) => !t.c.titles.length && !t.c.honorific && (t.type === 'PERSON' || (t.type === null && !namesIndex(t.c) && !namesNoEntity(t.c))),
  );
}
