// A name that is the whole apposition before the cue speaks: "The state’s campaign chairman, Phil
// Lovas, said", "His barrister, Sarah Quinn KC, told", "the country's largest union, LO, said".
import { isClosedClassWord, isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { personBeforeHonour, phraseEndingAt } from './noun-phrases.js';
import { roleOf } from './roles.js';
import { namesPersons } from './phrase-heads.js';
import { PERSON_TITLES } from './entities/person-vocabulary.js';
import { AGED } from './speaker-words.js';
import { headOf } from './speaker-heads.js';
import { residentBefore } from './home-addresses.js';
import { isPossessiveMark, type Token, lastIndexOfWord, isTitleCaseWord, isLowerCaseWord } from './tokens.js';

/** "The state’s campaign chairman, Phil Lovas, said": a name that is the whole apposition speaks;
 *  in "Ursula von der Leyen, the president of the European Commission, said" the name before it does. */
export function namedApposition(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  // "His barrister, Sarah Quinn KC, told": the name before an honour.
  if (personBeforeHonour(names, tokens, j - 1)) j--;
  // "The group's chair, Cedric Schuster of Samoa, said", "One analyst, Ann Holt of Peel Hunt, said":
  // the person before where they are from or work.
  const from = affiliationBefore(names, tokens, j);
  if (from > 0) j = from;
  const named = names.nameAt.get(tokens[j - 1]?.start ?? -1);
  const opening = lastIndexOfWord(tokens, ',', j);
  let first = pastTitleWords(tokens, opening, j, named?.start);
  // "The state's top election official, Secretary of State Francisco Aguilar, said": an office's
  // domain after "of" titles the person named after it.
  if (named?.entity.type === 'PERSON') first = pastOfficeDomain(tokens, first, named.start);
  const nameOpens = opening >= 0 && tokens[first]?.start === named?.start;
  // "The governor, who spoke through his press secretary, Gboyega Akosile, said": a name in
  // apposition inside a relative clause is no subject; the head before the clause is.
  const relative = nameOpens ? tokens.slice(0, opening).findLastIndex((t, n) => /^(who|which)$/iu.test(t.text) && tokens[n - 1]?.text === ',') : -1;
  const relativeHead = relative > 1 && !tokens.slice(relative, opening).some((t) => t.text === ',') ? phraseEndingAt(names, tokens, relative - 2) : null;
  if (relativeHead) return headOf(names, tokens, relativeHead);
  // "Tom Reyes, 42, of Kingsway, Hull, said": a name after the place a person is of goes on with
  // where they live, whatever the name's type; the person speaks.
  const resident = named && named.entity.type !== 'PERSON' && nameOpens ? residentBefore(names, tokens, opening) : null;
  if (resident) return resident;
  // "Ann Holt, the editor of the town's paper, the Velmora Herald, said": a body's name renaming the
  // thing a person's description ends with is no speaker; the person is.
  // (A name typed a person renames it too when the description ends in no noun for people: "…, the
  // editor of the Vatican's newspaper, L'Osservatore Romano, said".)
  const head = tokens[opening - 1]?.text ?? '';
  const renamesThing = named && (named.entity.type !== 'PERSON' || !(namesPersons(head) || roleOf(head)));
  const described = renamesThing && nameOpens ? personBeforeDescription(names, tokens, opening) : null;
  if (described) return described;
  if (named) return named.entity.type !== 'LOCATION' && nameOpens ? names.surface(named.start, named.end, 'NAME', named.entity.id) : null;
  return acronymApposition(names, tokens, j, opening);
}

/** "Ann Holt, the editor of the town's paper, …": the person named before a description set off by
 *  the comma at `opening`, which opens with a determiner and holds "of" or a possessive; or null. */
function personBeforeDescription(names: NameIndex, tokens: Token[], opening: number): SpeakerSurface | null {
  const before = lastIndexOfWord(tokens, ',', opening);
  if (before < 1 || !DESCRIPTION_OPENING.test(tokens[before + 1]?.text ?? '')) return null;
  const words = tokens.slice(before + 2, opening);
  if (!words.some((t) => t.text === 'of' || isPossessiveMark(t.text)) || words.some((t) => !/^[\p{L}’'-]+$/u.test(t.text) || isFiniteVerb(t.text))) return null;
  const person = names.nameAt.get(tokens[before - 1]!.start);
  return person?.entity.type === 'PERSON' && person.end === tokens[before - 1]!.end ? names.surface(person.start, person.end, 'NAME', person.entity.id) : null;
}
const DESCRIPTION_OPENING = /^(the|a|an|his|her|their|its)$/iu;

/** The first word of the apposition after the comma at `opening` that titles or qualifies no name: past
 *  "Brig. Gen." in "A military spokesman, Brig. Gen. Nabil Abdallah, said"; at the latest the name
 *  starting at `nameStart`, or `j`. */
function pastTitleWords(tokens: Token[], opening: number, j: number, nameStart: number | undefined): number {
  // "His party, the Orange Democratic Movement, said": an article may open the named apposition,
  // and titles a person's name ("A military spokesman, Brig. Gen. Nabil Abdallah, said"), as do
  // words of a trade no role list holds ("Her former boss, chef Laurent Moreau, says"), and an age ("61-year-old").
  // "the Commissioner for Transportation, Mr Oluwaseun Osiyemi, noted": an honorific too.
  const titleWord = (w: string) =>
    roleOf(w) ||
    PERSON_TITLES.has(w.toLowerCase().replace(/\.$/u, '')) ||
    /^(the|\.)$/iu.test(w) ||
    AGED.test(w) ||
    (isLowerCaseWord(w) && !isFunctionWord(w) && !isFiniteVerb(w));
  // "The first witness, IRS special agent Thomas Reyes, testified": a capitalised word qualifies the
  // lower-case title words after it; "The moderator, WTTW's Paris Schutz, asked": a possessor, the name.
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const possessor = (k: number) => capitalised(k) && isPossessiveMark(tokens[k + 1]?.text ?? '');
  // ("The deputy chair, Labour MP Ruth Jones, said": a capitalised role word after it too.)
  const titleAfter = (k: number) => (/^\p{Ll}/u.test(tokens[k]?.text ?? '') && titleWord(tokens[k]!.text)) || (capitalised(k) && !!roleOf(tokens[k]!.text));
  const qualifies = (k: number) =>
    possessor(k) || (isPossessiveMark(tokens[k]!.text) && possessor(k - 1)) || (capitalised(k) && titleAfter(k + 1) && tokens[k + 1]!.start !== nameStart);
  // "A neighbor, retired teacher Walter Gibbs, said": a participle before a lower-case title word qualifies it.
  const participle = (k: number) => /^\p{Ll}+ed$/u.test(tokens[k]!.text) && isLowerCaseWord(tokens[k + 1]?.text ?? '') && titleWord(tokens[k + 1]!.text);
  // "activist fund Harlow Capital", "pension trust": a noun the lexicon knows as a verb too, after a title word.
  const compoundNoun = (k: number) => k > opening + 1 && isLowerCaseWord(tokens[k]!.text) && kindOfBody(tokens[k]!.text) && titleWord(tokens[k - 1]!.text);
  let first = opening + 1;
  while (
    first < j &&
    (titleWord(tokens[first]!.text) || qualifies(first) || participle(first) || styleOpening(tokens, first) || compoundNoun(first)) &&
    tokens[first]!.start !== nameStart
  )
    first++;
  return first;
}

/** "fund", "trust": a word the lexicon knows as a verb's infinitive, no participle, gerund ("including")
 *  nor word of a closed class, which after a title word is a noun of the title ("hedge fund"). */
const kindOfBody = (word: string) => !isClosedClassWord(word) && !/(?:ing|ed)$/u.test(word);

/** Past "of State" in "Secretary of State Francisco Aguilar": from `k`, where "of" follows a capitalised
 *  role, to the name starting at `nameStart` when only capitalised words stand between. */
function pastOfficeDomain(tokens: Token[], k: number, nameStart: number): number {
  if (tokens[k]?.text !== 'of' || !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') || !roleOf(tokens[k - 1]!.text)) return k;
  let at = k + 1;
  while (at < tokens.length && at - k <= 4 && tokens[at]!.start < nameStart && isTitleCaseWord(tokens[at]!.text)) at++;
  return at > k + 1 && tokens[at]?.start === nameStart ? at : k;
}

/** Where "of", "from" or "at" opens the body a person named before it is from, in the words up to
 *  `j`: "Cedric Schuster of Samoa", "Kyle Melinn of the Michigan Research Service" (with the body's
 *  town after "in"), also where the
 *  body's name was not found whole ("Harriet Wynne of the Centre for Women's Justice", "Ann Holt of
 *  Leigh Day" typed a person). -1 where the words before `j` are no such body. */
function affiliationBefore(names: NameIndex, tokens: Token[], j: number): number {
  for (let k = j - 1; k > 1 && j - k <= 8; k--) {
    const word = tokens[k]!.text;
    if (/^(of|from|at)$/iu.test(word) && k < j - 1 && names.nameAt.get(tokens[k - 1]!.start)?.entity.type === 'PERSON') return k;
    // ("Jon Reyes of Harbour Baptist Church in Korvena": the body's town after "in".)
    if (!(/^\p{Lu}/u.test(word) || isPossessiveMark(word) || /^(of|for|and|the|&|in)$/iu.test(word))) return -1;
  }
  return -1;
}

/** "The Dean of York, the Very Rev Dominic Barrington, said", "the Rt Hon Ann Holt": a word of a
 *  cleric's or a privy counsellor's style before "Rev" or "Hon". */
const styleOpening = (tokens: Token[], k: number): boolean =>
  STYLE_WORD.test(tokens[k]!.text) && STYLED.test(tokens[k + (tokens[k + 1]?.text === '.' ? 2 : 1)]?.text ?? '');
const STYLE_WORD = /^(Very|Rt|Right|Most)$/u;
const STYLED = /^(Rev|Revd|Reverend|Hon|Honourable)$/u;

/** "the country's largest union, LO, said": initials no entity stage knew, set alone after a
 *  description, name the speaker. */
function acronymApposition(names: NameIndex, tokens: Token[], j: number, opening: number): SpeakerSurface | null {
  const acronym = tokens[j - 1];
  if (opening !== j - 2 || !acronym || !/^\p{Lu}{2,6}$/u.test(acronym.text)) return null;
  const described = tokens[opening - 1]?.text ?? '';
  return isLowerCaseWord(described) && !isFunctionWord(described) ? names.surface(acronym.start, acronym.end, 'NAME', null) : null;
}
