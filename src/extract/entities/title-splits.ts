// Where a run of capitalised words holds more than one name: at a title or honorific ("Islamic
// Revolution | Ayatollah ..."), at initials ("Opposition M.K. Stalin"), and between an office's body
// and its holder ("(Minister of) Finance | Bill Birch").
import { isMajorPlace, lookupLocation, demonyms } from '../gazetteer.js';
import { isFirstName, isFunctionWord, isVerbForm } from '../lexicon.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isAllCaps, isCapitalized, type Token, wordsOf, isLowerCaseWord } from '../tokens.js';
import { isHonorific, isInitials, isTitle, isTitleAt, lower, looksCommon } from './name-words.js';
import { GENERATION, TITLE_MODIFIERS } from './person-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** "Opposition M.K. Stalin", "Home Affairs G. Kishan Reddy": initials after an ordinary word (no
 *  given name nor title) open a person's name ("George W. Bush", "Vann R. Newkirk" keep theirs). */
function initialsOpenName(run: Token[], i: number): boolean {
  const prev = run[i - 1];
  const next = run[i + 1];
  return !!prev && !!next && isInitials(run[i]!.text) && isOrdinary(prev) && !NAME_CONNECTOR_WORDS.test(prev.text) && isCapitalized(next.text);
}
const NAME_CONNECTOR_WORDS = /^(of|for|and|de|la|del|&)$/u;

/** How many words opening `run` name the domain or body of the office before it, and the
 *  words after them its holder: "(Minister for) Finance Ousmane Kaba", "(Leader of the) Opposition
 *  Rahul Gandhi", "(Chief of) Judicial Police Manuel Alvarado"; 0 for none. Ordinary words, then
 *  at least two more, the first of them none, or one more holding the office alone. */
export function officeDomainLength(tokens: Token[], run: Token[]): number {
  // "(a spokesman for the) Rail Delivery Group": a run ending in a body's head names no holder.
  if (run.length < 2 || !followsOffice(tokens, run[0]!) || ORGANIZATION_HEADS.has(lower(run[run.length - 1]))) return 0;
  let n = 0;
  while (n < run.length - 1 && (isOrdinary(run[n]!) || run[n]!.text === ',')) n++;
  // "(Speaker of the) National Assembly Tumelo": one word may hold the office, a name of no place.
  if (n === run.length - 1 && !holdsAlone(tokens, run)) return 0;
  // "(mayor of) New York City, Eric Adams": words opening a place are its name, not a domain of the office.
  if (n > 0 && opensPlace(run, n)) return 0;
  // "(a spokesperson for the) Police Federation of England and Wales": no holder's name follows "of".
  // "(director of the) Council on Velmoran Relations": nor does one follow "on", which joins a body's words.
  if (n > 0 && (NAME_CONNECTOR_WORDS.test(run[n - 1]!.text) || run[n - 1]!.text === 'on')) return 0;
  return n > 0 && !isOrdinary(run[n]!) && !isAllCaps(run[n]!.text) ? n : 0;
}

/** Whether the last word of `run` is a surname or a name of one word holding the office written as a
 *  title before it: capitalised, no country or big city ("Bank Indonesia"), a verb in lower case after
 *  it ("Minister of Mines Okafor said"; not "chairman of Grey Harrow, died", "Keeper of the Old Mill."). */
function holdsAlone(tokens: Token[], run: Token[]): boolean {
  const last = run[run.length - 1]!;
  const at = firstStartingAtOrAfter(tokens, run[0]!.start);
  const office = tokens[at - (tokens[at - 1]?.text === 'the' ? 3 : 2)];
  const after = tokens[firstStartingAtOrAfter(tokens, last.start) + 1];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(last.text) && !isMajorPlace(last.text) && !!office && isCapitalized(office.text) && isLowerCaseWord(after?.text ?? '');
}

/** Whether the first `n` words of `run` and some after them name a place ("New | York City"). */
const opensPlace = (run: Token[], n: number) => [3, 2].some((k) => k > n && k <= run.length && !!lookupLocation(wordsOf(run, 0, k)));

/** Whether `first` follows an office and "of" or "for": "Minister for (Finance)", "Leader of the (Opposition)". */
export function followsOffice(tokens: Token[], first: Token): boolean {
  let k = firstStartingAtOrAfter(tokens, first.start) - 1;
  if (tokens[k]?.text === 'the') k--;
  return /^(of|for)$/u.test(tokens[k]?.text ?? '') && !!tokens[k - 1] && isTitle(tokens[k - 1]!);
}

/** An ordinary word, or the plural of one, or a title's modifier; no given name. Words that end
 *  names of places and bodies are ordinary nouns too ("Roads", "Ministry"). */
export const isOrdinary = (t: Token) => {
  const one = t.text.toLowerCase().replace(/(?<=[^s])s$/u, '');
  return (
    (looksCommon(t.text) || looksCommon(one) || TITLE_MODIFIERS.has(t.text.toLowerCase()) || LOCATION_HEADS.has(one) || ORGANIZATION_HEADS.has(one)) &&
    !isFirstName(t.text)
  );
};

/** "(Chief of) Judicial Police | Manuel Alvarado", "(President of the) European Commission |
 *  Jacques Santer", "(Minister of) Finance | Bill Birch": a body named after an office, or the
 *  ministry a minister heads, is a name of its own, apart from its holder's; the holder's first
 *  word goes in `holders` with the office's words, which title the holder. */
export function splitOfficeBody(tokens: Token[], run: Token[], holders: Map<Token, string[]>): Token[][] {
  const domain = officeDomainLength(tokens, run);
  // A body's head may open its name too: "Chamber of Deputies".
  const namesBody = run.slice(0, domain).some((t) => ORGANIZATION_HEADS.has(lower(t)));
  const n = domain > 0 && (namesBody || headsMinistry(tokens, run[0]!)) ? domain : officePlaceLength(tokens, run);
  if (n === 0) return [run];
  holders.set(
    run[n]!,
    run
      .slice(0, n)
      .map(lower)
      .filter((w) => w !== ','),
  );
  return [run.slice(0, n), run.slice(n)];
}

/** How many words opening `run` name the place an office is of, the words after them its holder:
 *  "(Mayor of) London | Sadiq Khan", "(Governor of) New York | Kathy Hochul"; 0 for none. The
 *  longest place of up to three words, then two words or more, the first no ordinary word. A run
 *  ending in a body's head is that body, its place the first of its words, and holds nobody:
 *  "(director of the) Ohio Corn Growers Association", "(head of the) Dover Harbour Board". */
function officePlaceLength(tokens: Token[], run: Token[]): number {
  if (run.length < 3 || !followsOffice(tokens, run[0]!) || ORGANIZATION_HEADS.has(lower(run[run.length - 1]))) return 0;
  for (let n = Math.min(3, run.length - 2); n >= 1; n--) {
    const place = wordsOf(run, 0, n);
    if (lookupLocation(place)) return isOrdinary(run[n]!) || isAllCaps(run[n]!.text) ? 0 : n;
  }
  return 0;
}

/** Whether the run at `first` follows "Minister of" or "Minister for". */
const headsMinistry = (tokens: Token[], first: Token) => /^minister$/iu.test(tokens[firstStartingAtOrAfter(tokens, first.start) - 2]?.text ?? '');

/** Splits a run where a title or honorific follows other words: "Islamic Revolution | Ayatollah ...". */
export function splitAtTitles(text: string, run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  // "Martin Luther King Jr.": a title word before a generational suffix is a surname.
  // "Billie Jean King", "Larry Judge": a title word written out that ends a name opened by a given
  // name is the surname (not "South Carolina Gov.").
  const surnameAfterGivenName = (i: number) =>
    i === run.length - 1 &&
    i > 0 &&
    text[run[i]!.end] !== '.' &&
    (isFirstName(run[0]!.text) || isFirstName(run[i - 1]!.text)) &&
    !lookupLocation(wordsOf(run, 0, i));
  // A demonym opens what it qualifies ("… | Russian President …"); one that ends a run of nouns
  // qualifies nothing and is part of the name: "Anglo American", "London Irish" (not "Escaped | British").
  // (Asked only of a run whose last word is a demonym.)
  const nameEndingInDemonym = () => run.length > 1 && run.slice(0, -1).every((t) => !isFunctionWord(t.text) && !isVerbForm(t.text.toLowerCase()));
  const titleLike = (i: number) =>
    (isTitleAt(run, i) && !GENERATION.test(run[i + 1]?.text ?? '') && !surnameAfterGivenName(i)) ||
    isHonorific(run[i]!) ||
    (demonyms.has(run[i]!.text.toLowerCase()) && !(i === run.length - 1 && nameEndingInDemonym()));
  // Each word's answer once: the loop asks it of a word and again of the word after.
  const titleLikeAt = run.map((_, i) => titleLike(i));
  if (titlePhraseBeforeDomain(text, run, titleLikeAt)) return [];
  for (const [i, t] of run.entries()) {
    const prev = part[part.length - 1];
    // "Department of Justice", "Central Bank of the Russian Federation": a title word or a demonym after a connector belongs to the name before it.
    if (
      (titleLikeAt[i] && prev && !titleLikeAt[i - 1] && !/^(of|for|and|the|de|la|del)$/u.test(prev.text)) ||
      (initialsOpenName(run, i) && !titleLikeAt[i - 1])
    ) {
      parts.push(part);
      part = [];
    }
    part.push(t);
  }
  if (part.length) parts.push(part);
  return parts;
}

/** "the Team Manager (of the rowing team)", "the Grand Marshal (for the parade)", "Club Secretary (of …)": one
 *  ordinary word or a body's word alone, then a title with "of" or "for" after it, is one title naming its
 *  domain after it, no name ("Council President Ann Holt" goes on to a holder; "Velmora Police Chief" opens
 *  with a place, "United Nations High Commissioner for …" with a body's name). */
function titlePhraseBeforeDomain(text: string, run: Token[], titleLikeAt: boolean[]): boolean {
  if (run.length !== 2 || !titleLikeAt[1] || !/^\s+(?:of|for)\s/u.test(text.slice(run[1]!.end))) return false;
  const word = run[0]!;
  return ORGANIZATION_HEADS.has(lower(word)) || (isOrdinary(word) && !lookupLocation(word.text));
}
