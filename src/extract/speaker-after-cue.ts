// The speaker set after its cue: "said Caddell", "said Senator Tom Baker", "said the minister",
// "said two people familiar with the matter", "said its regional head, Klaus Bauer".
import { isFunctionWord } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { personsOwn } from './persons-own.js';
import { namesPeople, namesPersons, namesSomeone } from './phrase-heads.js';
import { BYSTANDERS } from './speaker-phrases.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { DETERMINERS, IN_THE_KNOW, countsAPart, NOT_NOUN, nounPhraseEnd, PRONOUNS, SPEAKER_NOUNS } from './speaker-words.js';
import { isPossessiveMark, pluralPossessiveAt, type Token } from './tokens.js';

/** The speaker right of the cue: "said Caddell", "said Senator Tom Baker", "said the minister". */
export function speakerAfter(names: NameIndex, tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | null {
  const first = tokens[cue + 1];
  if (!first) return null;
  // "…,” said he." inverts; in "said it was disappointed" the pronoun opens the content.
  if (PRONOUNS.has(first.text.toLowerCase()) && !names.nameAt.has(first.start))
    return /^[\p{L}\p{N}]/u.test(tokens[cue + 2]?.text ?? '') ? null : names.surface(first.start, first.end, 'PRONOUN', null);
  const phrase = phraseAfterCue(names, tokens, cue);
  if (phrase.named) return phrase.named;
  const k = phrase.end;
  if (k === cue + 1) return null;
  // ("said Velmora General's chief surgeon, Ann Holt.": the person named after the possessor's description.)
  if (phrase.possessor)
    return personNamedInApposition(names, tokens, cue, k) ?? personsOwn(names, tokens, cue + 1, k - 1, phrase.possessor.start) ?? phrase.possessor;
  return (
    // "said a handful of residents", "said one of the sailors": a part of a group speaks as its members.
    groupPartAfter(names, tokens, cue, k, anyNoun) ??
    peopleInTheKnow(names, tokens, cue, k) ??
    personNamedInApposition(names, tokens, cue, k) ??
    (namesPeople(tokens[k - 1]!.text) ? null : names.organizationNear(tokens, k - 1)) ??
    nounForPeople(names, tokens, cue, k, anyNoun)
  );
}

/** The noun phrase after the cue at `cue`, up to five words: the name within it that speaks
 *  (`named`), or where it ends (`end`). */
function phraseAfterCue(names: NameIndex, tokens: Token[], cue: number): { named: SpeakerSurface | null; end: number; possessor?: SpeakerSurface } {
  // "said 7/7 survivor Ann Holt": numbers may modify the title.
  // ("said the farmers’ leader": a plural's possessive mark stays inside the phrase.)
  // ("said Ukraine’s foreign minister, Dmytro Kuleba": so does a possessor's mark before a common noun.)
  const inPhrase = (t: Token, n: number) =>
    names.nameAt.has(t.start) ||
    (/^[\p{L}\p{N}]/u.test(t.text) && !NOT_NOUN.has(t.text.toLowerCase())) ||
    pluralPossessiveAt(tokens, n) ||
    (n > cue + 1 && isPossessiveMark(t.text) && /^\p{Ll}/u.test(tokens[n + 1]?.text ?? ''));
  let k = cue + 1;
  let possessor: SpeakerSurface | undefined;
  while (k < tokens.length && (inPhrase(tokens[k]!, k) || names.isAbbreviationDot(tokens, k)) && k - cue <= 5) {
    // A name within the phrase speaks, past any title before it; a person after an organization
    // and a title is the one who speaks ("said CNN host Ana Silva").
    const name = names.nameAt.get(tokens[k]!.start);
    if (name && name.entity.type !== 'LOCATION') {
      const person = names.personAfterTitle(tokens, name.end);
      if (person) return { named: person, end: k };
      // "said one Labour aide at the hearing": a name modifying a noun for people is not who speaks.
      const after = firstStartingAtOrAfter(tokens, name.end);
      if (!namesPeople(tokens[after]?.text ?? '')) {
        const named = names.surface(name.start, name.end, 'NAME', name.entity.id);
        // A possessor speaks unless a person is named in its description or in apposition to it
        // ("said Velmora's harbour master Ann Holt", "said Velmora's surgeon, Ann Holt"): read on.
        // (Read on past the possessor's own words: "said Ann Holt's husband".)
        if (!possessor && isPossessiveMark(tokens[after]?.text ?? '')) [possessor, k] = [named, after - 1];
        else if (!possessor || name.entity.type === 'PERSON') return { named, end: k };
      }
    }
    k++;
  }
  return possessor ? { named: null, end: k, possessor } : { named: null, end: k };
}

/** "said two people familiar with the matter": the people, not what they know of, in the phrase
 *  after the cue ending before `k`. */
function peopleInTheKnow(names: NameIndex, tokens: Token[], cue: number, k: number): SpeakerSurface | null {
  const knowing = k - 2 > cue && IN_THE_KNOW.test(`${tokens[k - 1]!.text} ${tokens[k]?.text ?? ''}`);
  return knowing && (namesPeople(tokens[k - 2]!.text) || SPEAKER_NOUNS.has(tokens[k - 2]!.text.toLowerCase()))
    ? names.surface(tokens[cue + 1]!.start, tokens[k - 2]!.end, 'NOMINAL', null)
    : null;
}

/** "said its regional head, Klaus Bauer.", "said one driver, Lee Brand.": the person named in
 *  apposition to the description after the cue, whatever noun for a person heads it ("said the
 *  trust's ranger, Gemma Rowe.": one no role list holds too, after a determiner or a possessor). */
function personNamedInApposition(names: NameIndex, tokens: Token[], cue: number, k: number): SpeakerSurface | null {
  const headWord = tokens[k - 1]!.text;
  const determined = DETERMINERS.has(tokens[cue + 1]!.text.toLowerCase()) || isPossessiveMark(tokens[k - 2]?.text ?? '');
  const described =
    namesPeople(headWord) ||
    BYSTANDERS.has(headWord.toLowerCase()) ||
    SPEAKER_NOUNS.has(headWord.toLowerCase()) ||
    (determined && /^\p{Ll}{3,}$/u.test(headWord) && !isFunctionWord(headWord) && !NOT_NOUN.has(headWord));
  if (!described) return null;
  // ("said the chief surgeon, Dr. Ann Holt.": past a title before the name.)
  const person =
    tokens[k]?.text === ','
      ? (names.personStartingAt(tokens[k + 1]?.start ?? -1) ?? names.personAfterTitle(tokens, tokens[k]!.end))
      : namedPastQualifier(names, tokens, k);
  return person && /^[,.;]?$/u.test(tokens.find((t) => t.start >= person.end)?.text ?? '') ? person : null;
}

/** "…, says UN chief negotiator", "…, said the negotiator": a noun for people by what they do speaks
 *  too, one the lexicon knows as a doer as well ("…, said two sailors"), as before a cue. */
function nounForPeople(names: NameIndex, tokens: Token[], cue: number, k: number, anyNoun: boolean): SpeakerSurface | null {
  const head = tokens[k - 1]!.text;
  return anyNoun || SPEAKER_NOUNS.has(head.toLowerCase()) || (/^\p{Ll}/u.test(head) && namesSomeone(head))
    ? names.surface(tokens[cue + 1]!.start, tokens[k - 1]!.end, 'NOMINAL', null)
    : null;
}

/** The phrase after the cue when its words up to `k` end in a word counting a group and "of" follows
 *  ("a handful of residents", "dozens of angry fishermen", "one of Ann Holt's aides"): through the
 *  members, who must be able to speak (any noun with `anyNoun`, else people). */
function groupPartAfter(names: NameIndex, tokens: Token[], cue: number, k: number, anyNoun: boolean): SpeakerSurface | null {
  const part = tokens[k - 1]!.text.toLowerCase();
  if (!countsAPart(part) || !/^of$/iu.test(tokens[k]?.text ?? '')) return null;
  const end = nounPhraseEnd(tokens, k + 1);
  const members = end > k ? phraseEndingAt(names, tokens, end, anyNoun) : null;
  const people = members && (anyNoun || members.kind === 'NOMINAL' || namesPersons(tokens[end]!.text));
  return people ? names.surface(tokens[cue + 1]!.start, tokens[end]!.end, 'NOMINAL', null) : null;
}

/** "said the head of the delegation, Pierre Lamarque.", "wrote the ambassador at the time, Ann Holt.":
 *  past what the description's noun is of, for or at, the person named in apposition to it
 *  (a comma within seven words, opened by that preposition). */
function namedPastQualifier(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  if (!QUALIFIER_OPENING.test(tokens[k]?.text ?? '')) return null;
  for (let n = k + 1; n < tokens.length && n <= k + 7; n++) {
    const word = tokens[n]!.text;
    if (word === ',') return names.personStartingAt(tokens[n + 1]?.start ?? -1);
    if (!/^[\p{L}\p{N}'’.-]+$/u.test(word)) return null;
  }
  return null;
}
const QUALIFIER_OPENING = /^(of|for|at)$/iu;
