// "One man in the crowd interrupted the mayor: “…,” the man shouted": a speaker described by no
// more than sex or age ("the man", "the woman", "the person") is the person an indefinite
// description just brought into the story, not the person it is about. News calls a person it has
// named by name, pronoun or role; a plain "the man" goes back to someone it never named.
import { isCopula, isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { Antecedents } from './antecedents.js';
import { type HeadTest, openingDescription } from './opening-descriptions.js';
import { namesPersons } from './phrase-heads.js';
import { roleOf } from './roles.js';
import { BYSTANDERS } from './speaker-phrases.js';
import { genderOfHead } from './speaker-words.js';
import type { SpeakerSurface } from './name-index.js';
import { isLowerCaseWord } from './tokens.js';

/** A person described by no more than sex or age: "the man", "the woman", "the teenager". */
export const PLAIN_PERSON = /^the (man|woman|boy|girl|teenager|person)$/u;
/** Nouns of a person by sex or age alone, which head an indefinite description as a role does. */
const PLAIN_NOUNS = /^(man|woman|boy|girl|teenager|person|child|guy|lady)$/u;
/** The determiners that bring someone new into a story. */
const INDEFINITE = /^(a|an|one|another)$/iu;
const INDEFINITE_AT = /\b(?:an?|one|another)\s/giu;

/** Whether a lower-case noun names one person: by sex or age, as a bystander, by role or by what they do. */
const namesOnePerson = (word: string) => PLAIN_NOUNS.test(word) || BYSTANDERS.has(word) || roleOf(word) === word || namesPersons(word);

/** The head of "a retired ferry pilot", "One man", "a middle-aged cashier": up to three modifiers,
 *  then a noun naming one person that no capitalised word follows ("a spokeswoman Ann Holt" is a title). */
const personHead: HeadTest = (words, i, first) => {
  const word = words[i]!.replace(/[,;:.]$/u, '');
  if (isLowerCaseWord(word) && namesOnePerson(word)) return /^\p{Lu}/u.test(words[i + 1] ?? '') ? 'stop' : 'head';
  // (Right after the determiner a participle qualifies: "a retired pilot".)
  if (i === first + 1 && /^\p{Ll}+ed$/u.test(word)) return 'modifier';
  return /[,;:.]$/u.test(words[i]!) || isFunctionWord(word.toLowerCase()) || isFiniteVerb(word) ? 'stop' : 'modifier';
};

/** The person a plain description at `surface` stands for: the last one an indefinite description
 *  brought in, outside quotation marks, in the speaker's sentence before it or the sentence before,
 *  of no other sex; null when there is none, or the description says whom it means ("the man who …"). */
export function plainPersonIntroduced(a: Antecedents, surface: SpeakerSurface, phrase: string): string | null {
  if (!PLAIN_PERSON.test(phrase) || /^\s+who\b/u.test(a.text.slice(surface.end, surface.end + 5))) return null;
  const { sentences } = a.layout;
  const here = a.salience.sentenceOf(surface.start);
  const from = sentences[Math.max(0, here - 1)]?.start ?? 0;
  const gender = sexOf(phrase);
  let found: string | null = null;
  INDEFINITE_AT.lastIndex = from;
  for (let m = INDEFINITE_AT.exec(a.text); m && m.index < surface.start; m = INDEFINITE_AT.exec(a.text)) {
    const described = openingDescription(a.text.slice(m.index, surface.start), m.index, INDEFINITE, personHead);
    if (!described || a.quoted.some(described, () => true) || predicative(a.text, m.index)) continue;
    const told = sexOf(described.text.toLowerCase()) ?? sexToldAfter(a.text, described.end);
    if (!gender || !told || told === gender) found = described.text;
  }
  return found;
}

/** The sex a description tells, by its head ("a young woman", "the boy") or a modifier ("a female teacher"). */
function sexOf(description: string): 'MALE' | 'FEMALE' | null {
  const told = /\b(female|girl|male|boy)\b/u.exec(description)?.[1];
  return genderOfHead(description) ?? (told ? (/^(female|girl)$/u.test(told) ? 'FEMALE' : 'MALE') : null);
}

/** The sex a relative clause after a description tells by a pronoun ("a pensioner who has lived
 *  here all her life", "A pensioner, who gave her name only as Margaret,"). */
function sexToldAfter(text: string, end: number): 'MALE' | 'FEMALE' | null {
  const clause = /^,?\s+who\b[^.;“”"]{0,80}/u.exec(text.slice(end, end + 100))?.[0] ?? '';
  const pronoun = /\b(she|her|he|his|him)\b/iu.exec(clause)?.[1]?.toLowerCase();
  return pronoun ? (pronoun === 'she' || pronoun === 'her' ? 'FEMALE' : 'MALE') : null;
}

/** Whether an indefinite description at `start` says what someone named is: after a copula or "as"
 *  ("Tom Pike is a retired pilot"), or set off after a name ("Tom Pike, a retired pilot,"). */
function predicative(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const word = /([\p{L}'’]+)\s+$/u.exec(before)?.[1] ?? '';
  return isCopula(word.toLowerCase()) || /^(as|became|becomes|become)$/iu.test(word) || /\p{Lu}[\p{L}.'’-]*,\s+$/u.test(before);
}
