// "Voting rights advocates have expressed concern. They cite …": "they" with no plural speaker
// before refers to the plural noun phrase a clause opened with, in its sentence or the one before.
import { isLeadingWord, tagsOf, isFiniteAuxiliary, isPluralAuxiliary } from './lexicon.js';
import { ATTACHING, namesPeople } from './phrase-heads.js';
import { SPEAKER_NOUNS } from './speaker-words.js';
import type { TextSpan } from './types.js';
import { namesPartyMembers } from './entities/party-names.js';
import { demonyms } from './gazetteer.js';
import { isDeterminer, SPELT_COUNT_ALTERNATIVES } from './word-classes.js';
import { isTitleCasePlural } from './tokens.js';

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);
// Besides the auxiliaries, words that come right after a noun phrase, never inside one: "Residents also …", "Residents say …".
const AFTER_PHRASE = /^(also|still|now|often|say|said)$/u;
const afterPhrase = (word: string) => isFiniteAuxiliary(word) || AFTER_PHRASE.test(word);
const PRONOUN_OR_DETERMINER = (word: string) => tagsOf(word).some((t) => t === 'Pronoun' || t === 'Determiner');
const MAX_WORDS = 6;
/** How long a phrase placing people may run before their verb. */
const PLACED_MAX_WORDS = 12;

// A capitalised word counts only when the lexicon knows it as a plural ("Residents", not "Harris"),
// or before a verb that only a plural takes ("Unions were", "Lawmakers have").
const pluralShape = (word: string) => tagsOf(word).length === 0 && /\p{Ll}{2}[^s'u]s$/u.test(word);
// "The team tested … They found": a body of people in lower case is a "they" as often as an "it".
const COLLECTIVES = /^(team|group|panel|family|couple|crew|duo|trio)$/u;
// "Democrats also …", "Americans now …": a party's members or a people in the plural are people
// before any verb, where another capitalised word in -s may be a surname ("Harris also …").
const namesPeopleInPlural = (word: string) => namesPartyMembers(word) || (isTitleCasePlural(word) && demonyms.has(word.slice(0, -1).toLowerCase()));
const looksPlural = (word: string, verb: string) =>
  tagsOf(word.toLowerCase()).includes('Plural') ||
  COLLECTIVES.test(word) ||
  namesPeopleInPlural(word) ||
  (pluralShape(word) && (/^\p{Ll}/u.test(word) || isPluralAuxiliary(verb)));
/** "Unions reacted", "Nurses protested", "Fishermen gathered": a capitalised word opening its clause
 *  in the shape of a plural ("-s", not "-ss", "-us", "-is" nor "-'s"; or "-men") that no name covers, which
 *  the lexicon knows as nothing or only as a verb in "-s" (a clause opens with no such verb), is a
 *  plural noun before any verb; a surname there ("Harris reacted") is a name the entity stage read. */
const unnamedCapitalisedPlural = (word: string) =>
  /^\p{Lu}\p{Ll}+(?:\p{Ll}[^s'ui\p{Lu}]s|men)$/u.test(word) && tagsOf(word.toLowerCase()).every((t) => t === 'PresentTense');
const looksVerb = (word: string) =>
  /^\p{Ll}/u.test(word) && !tagsOf(word).includes('Plural') && (afterPhrase(word) || /ed$/u.test(word) || tagsOf(word).some((t) => VERB_TAGS.has(t)));

// Words that end a noun phrase for certain ("rights" may be a noun, "have" may not).
const endsPhrase = (word: string) => afterPhrase(word) || /^\p{Ll}+ed$/u.test(word) || tagsOf(word).some((t) => t === 'Copula' || t === 'Modal');

/** "Researchers at the University of Cambridge", "Officials in the capital": people, then the phrase
 *  that places them, before the verb. */
function peopleBeforePhrase(words: string[]): boolean {
  const head = words[0]!.toLowerCase();
  return words.length > 2 && ATTACHING.test(words[1]!) && looksPlural(words[0]!, '') && (namesPeople(head) || SPEAKER_NOUNS.has(head));
}

// "Dozens of states", "Twenty-seven states", "several firms": a word in -s after a count is a plural
// noun, whatever verb it may also spell ("states", "groups").
const COUNT = new RegExp(
  `^(?:${SPELT_COUNT_ALTERNATIVES}|fifteen|hundred|dozens|hundreds|thousands|millions|scores|many|several|some|most|other|both|few|numerous|various)(?:-\\p{L}+)?$`,
  'iu',
);
const counted = (count: string, word: string) => /\p{Ll}s$/u.test(word) && (COUNT.test(count) || count === 'of');
/** "Several Holt associates", "Many Velmora traders": a count, up to two capitalised words naming
 *  whose or where they are, then a word in -s ending before `i`. */
function countedAfterNames(words: string[], first: number, i: number): boolean {
  for (let k = i - 3; k >= first && k >= i - 4; k--)
    if (COUNT.test(words[k]!) && words.slice(k + 1, i - 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return counted(words[k]!, words[i - 1]!);
  return false;
}
/** "Those surveyed say …", "those polled": the people a poll asked. */
const POLLED = /^(surveyed|polled|asked|questioned|interviewed|sampled)$/u;

/** The plural noun phrase opening a clause of `text` within [from, to), the last such before `to`. */
export function pluralSubject(text: string, from: number, to: number, named: (start: number) => boolean = () => true): TextSpan | null {
  let found: TextSpan | null = null;
  // "The researchers, led by Ann Holt, followed …": a plural common noun set off by a comma, whose verb
  // opens a clause after the aside (a name there is an organization's, found as one).
  let setOff: { span: TextSpan; clauses: number } | null = null;
  let offset = from;
  // Clauses open at `from` and after each comma or semicolon.
  for (const clause of text.slice(from, to).split(/(?<=[,;])/u)) {
    const read = readClause(clause, offset);
    offset += clause.length;
    if (setOff && read.words[0] && looksVerb(read.words[0].text)) {
      found = setOff.span;
      setOff = null;
    } else if (setOff && ++setOff.clauses > 3) setOff = null;
    const subject = subjectOpening(text, read, named);
    if (subject?.setOff) setOff = { span: subject.span, clauses: 0 };
    else if (subject) found = subject.span;
  }
  return found;
}

/** A word of a clause and where it starts in the text. */
interface ClauseWord {
  text: string;
  start: number;
}

/** The words a clause opens with (up to PLACED_MAX_WORDS + 2), whether they are all its words, and
 *  whether a comma closes it. */
interface ClauseRead {
  words: ClauseWord[];
  whole: boolean;
  closedByComma: boolean;
}

/** The words of a clause starting at `offset` in the text. */
function readClause(clause: string, offset: number): ClauseRead {
  const all = [...clause.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const words = all.slice(0, PLACED_MAX_WORDS + 2).map((m) => ({ text: m[0], start: offset + m.index! }));
  return { words, whole: all.length === words.length, closedByComma: clause.trimEnd().endsWith(',') };
}

/** The plural noun phrase opening a clause, past its leading words: before its verb, or set off by
 *  the comma closing the clause (`setOff`). */
function subjectOpening(
  text: string,
  { words, whole, closedByComma }: ClauseRead,
  named: (start: number) => boolean,
): { span: TextSpan; setOff: boolean } | null {
  const texts = words.map((w) => w.text);
  let first = 0;
  while (first < texts.length && isLeadingWord(texts[first]!)) first++;
  const opener = texts[first];
  if (/^those$/iu.test(opener ?? '') && POLLED.test(texts[first + 1] ?? '')) {
    const start = words[first]!.start;
    const end = words[first + 1]!.start + words[first + 1]!.text.length;
    return { span: { start, end, text: text.slice(start, end) }, setOff: false };
  }
  // (A clause opening with a verb has no subject: ", tested the compound on mice infected".)
  if (!(opener && (!PRONOUN_OR_DETERMINER(opener) || /^the$/iu.test(opener) || COUNT.test(opener)) && !looksVerb(opener))) return null;
  const span = (i: number): TextSpan => {
    const start = words[first]!.start;
    const end = words[i - 1]!.start + words[i - 1]!.text.length;
    return { start, end, text: text.slice(start, end) };
  };
  // ("Researchers at the Medical University of Lodz in Poland analysed …": people placed by a long phrase.)
  const limit = peopleBeforePhrase(texts.slice(first, first + 3)) ? PLACED_MAX_WORDS : MAX_WORDS;
  for (let i = first + 1; i <= texts.length && i - first <= limit; i++) {
    if (i === texts.length) return whole && closedByComma && pluralSetOff(texts, first) ? { span: span(i), setOff: true } : null;
    const unnamedPlural = i === first + 1 && !named(words[first]!.start) && unnamedCapitalisedPlural(texts[first]!);
    if (pluralBeforeVerb(texts, first, i, unnamedPlural)) return { span: span(i), setOff: false };
    if (endsPhrase(texts[i]!)) return null;
  }
  return null;
}

/** Whether the words from `first` to the clause's closing comma are plural people, with no verb
 *  among them (but a word after a determiner). */
function pluralSetOff(words: string[], first: number): boolean {
  const last = words[words.length - 1]!;
  return (
    // ("Critics of the plan, like Tom Pike, were …": people placed by a phrase after them.)
    ((/^\p{Ll}/u.test(last) && looksPlural(last, '')) || peopleBeforePhrase(words.slice(first))) &&
    !words.slice(first).some((w, k) => looksVerb(w) && !isDeterminer(words[first + k - 1] ?? ''))
  );
}

/** Whether the words from `first` up to `i` are a plural noun phrase and the word at `i` its verb. */
function pluralBeforeVerb(words: string[], first: number, i: number, unnamedPlural = false): boolean {
  const word = (k: number) => words[k] ?? '';
  return (
    looksVerb(word(i)) &&
    !counted(word(i - 1), word(i)) &&
    // ("Critics of the plan were …": a word after a determiner is a noun, whatever verb it spells.)
    !isDeterminer(word(i - 1)) &&
    (unnamedPlural ||
      looksPlural(word(i - 1), word(i)) ||
      counted(word(i - 2), word(i - 1)) ||
      countedAfterNames(words, first, i) ||
      peopleBeforePhrase(words.slice(first, i)))
  );
}
