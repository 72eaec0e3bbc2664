// Finds the words that name a speaker next to a cue: a name, a pronoun ("he"), or a noun phrase
// ("the two", "a spokeswoman for the ministry", "officials"), skipping adverbs and appositions.
import { cueLemma, SPEECH_NOUNS } from './cues.js';
import { breaksHeadlineName, isAdverb, isCalendarWord, isFiniteVerb, isFunctionWord, isLeadingWord, tagsOf } from './lexicon.js';
import { NameIndex, type SpeakerSurface } from './name-index.js';
import { ATTACHING, namesPeople, PARTITIVE } from './phrase-heads.js';
import { organizationPartHead } from './organization-parts.js';
import { roleOf } from './roles.js';
import { PERSON_TITLES } from './entities/vocabulary.js';
import { firstStartingAtOrAfter } from './span-index.js';
import {
  AGED,
  ARTICLES,
  between,
  DETERMINERS,
  ISSUING,
  lastWord,
  NOT_NOUN,
  NUMBER_WORD,
  nounPhraseEnd,
  POSTNOMINAL,
  PREPOSITION,
  PRONOUNS,
  SPEAKER_NOUNS,
} from './speaker-words.js';
import { isPossessiveMark, type Token } from './tokens.js';

/** Verbs of hearsay before "to have said": "is reported to", "was said to", "are believed to". */
const HEARSAY = /^(reported|said|believed|understood|thought|known|alleged)$/iu;
/** Documents that speak for their makers with "of" after them: "a survey of voters", "a review of records". */
const DOCUMENT_HEADS = /^(survey|surveys|study|studies|review|analysis|audit|poll|polls|report|reports)$/u;
/** Writing put up somewhere: "a sign on the door", "a banner outside the hall". */
const POSTED_WRITING = /^(sign|signs|note|notes|banner|banners|placard|placards|poster|posters|plaque|notice|notices|sticker|stickers)$/u;
/** Nouns of knowing after "with" that leave the noun before them the head: "people with knowledge of the matter". */
const KNOWING = /^(knowledge|details|understanding)$/u;

export class SpeakerFinder extends NameIndex {
  /**
   * The noun phrase ending at token `j`, or null when the words there cannot name a speaker.
   * `anyNoun`: next to quote marks any noun phrase may speak ("the announcer said, “…”"); next to
   * a bare cue only role and group nouns do, since "states" or "notes" may be the verb's object.
   */
  phraseEndingAt(tokens: Token[], j: number, anyNoun = false): SpeakerSurface | null {
    const t = tokens[j];
    if (!t) return null;
    // Places speak too, for their governments: "Russia warned", "the city of Phoenix is demanding".
    const name = this.nameAt.get(t.start);
    if (name) return this.surface(name.start, name.end, 'NAME', name.entity.id);
    const word = t.text.toLowerCase();
    if (PRONOUNS.has(word)) return this.surface(t.start, t.end, 'PRONOUN', null);
    // "according to him": an object pronoun names the source ("those close to him" do not).
    if (/^(him|her|them)$/u.test(word) && /^according to$/iu.test(`${tokens[j - 2]?.text} ${tokens[j - 1]?.text}`)) {
      return this.surface(t.start, t.end, 'PRONOUN', null);
    }
    if ((!/^\p{L}/u.test(t.text) && !AGED.test(word)) || NOT_NOUN.has(word) || ARTICLES.has(word) || between(word)) return null;
    // "the mother of three": the head is before "of".
    if (DETERMINERS.has(word) && tokens[j - 1]?.text.toLowerCase() === 'of' && j >= 2) return this.phraseEndingAt(tokens, j - 2, anyNoun);
    // A common noun phrase: walk left to its determiner, over at most five modifiers ("the New
    // York state attorney general").
    let k = j;
    // "the country's largest teachers' union": possessive marks stay inside the phrase and do not
    // count among its five words.
    let marks = 0;
    while (k > 0 && j - k - marks < 5) {
      const prev = tokens[k - 1]!;
      // A lone apostrophe is a possessive only right after a plural ("teachers' union"), not the
      // closing '' of a quotation before the name.
      const mark = isPossessiveMark(prev.text) || (/^['’]$/u.test(prev.text) && /s$/iu.test(tokens[k - 2]?.text ?? '') && tokens[k - 2]!.end === prev.start);
      if (mark) marks++;
      const w = prev.text.toLowerCase();
      // "Ivana Trump's brief": a possessor's name opens the phrase.
      const possessor = mark && w.length === 2 ? this.nameAt.get(tokens[k - 2]?.start ?? -1) : undefined;
      if (possessor) {
        while (k > 0 && tokens[k - 1]!.start >= possessor.start) k--;
        break;
      }
      // "Federal and state officials", "police and fire officials": modifiers joined before the head.
      if ((w === 'and' || w === 'or') && k < j && this.isJoinedModifier(tokens, k - 2)) {
        k -= 2;
        continue;
      }
      // "The former first lady and U.S. senator said": two roles of one person.
      if (w === 'and' && roleOf(word) && roleOf(tokens[k - 2]?.text ?? '') && !this.nameAt.has(tokens[k - 2]!.start)) {
        k -= 2;
        // The joined role's words do not count among the five.
        marks += 2;
        continue;
      }
      if (!mark && (!/^[\p{L}\p{N}]/u.test(prev.text) || NOT_NOUN.has(w) || between(w))) break;
      // "Although aides said": a conjunction or preposition opening the sentence is no modifier.
      if (k === 1 && isLeadingWord(prev.text) && !DETERMINERS.has(w)) break;
      // "to placate nervous Democrats", "may calm investors": a lower-case word after "to" or a modal
      // is the verb, not a modifier ("according to exit polls" has none).
      const opensVerb = /^(to|will|would|could|may|might|must|shall|should|can)$/iu.test(tokens[k - 2]?.text ?? '');
      if (!mark && /^\p{Ll}/u.test(prev.text) && !DETERMINERS.has(w) && opensVerb && !/^according$/iu.test(tokens[k - 3]?.text ?? '')) break;
      k--;
      if (DETERMINERS.has(w)) break;
    }
    // "The professor urged …", "the 45-year-old said", "Ferrari's team principal says": any noun of a
    // person's role, or age, after a determiner or a possessor may speak.
    const determined = DETERMINERS.has(tokens[k]!.text.toLowerCase()) || isPossessiveMark(tokens[k + 1]?.text ?? '');
    if (!anyNoun && !SPEAKER_NOUNS.has(word) && !((roleOf(word) || AGED.test(word)) && determined)) {
      // "Opponents of the ruling said": the head comes before "of".
      return tokens[k - 1]?.text.toLowerCase() === 'of' && k >= 2 ? this.phraseEndingAt(tokens, k - 2, anyNoun) : null;
    }
    return this.surface(tokens[k]!.start, t.end, 'NOMINAL', null);
  }

  /** The speaker left of the cue at `cue`: "X said", "X, a spokesman, said", "X has also said". */
  before(tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | 'CONJOINED' | null {
    const found = this.wordsBefore(tokens, cue, anyNoun);
    // "it issued a policy paper welcoming …", "He released a letter … that says …": a document
    // speaks for whoever the clause says issued it.
    return found && found !== 'CONJOINED' && found.kind === 'NOMINAL' ? (this.issuerOf(tokens, found) ?? found) : found;
  }

  private wordsBefore(tokens: Token[], cue: number, anyNoun: boolean): SpeakerSurface | 'CONJOINED' | null {
    let j = cue - 1;
    // "X has also said", "X forcefully told", "X on Wednesday called": auxiliaries, adverbs and
    // times stand between.
    const skippable = (k: number) =>
      (between(tokens[k]!.text) && !this.nameAt.has(tokens[k]!.start)) || (/^\p{Ll}/u.test(tokens[k]!.text) && isAdverb(tokens[k]!.text));
    for (;;) {
      while (j >= 0 && skippable(j)) j--;
      // "The minister is reported to have said …": hearsay stands between too.
      if (j > 1 && /^to$/iu.test(tokens[j]!.text) && HEARSAY.test(tokens[j - 1]!.text) && /^(is|was|are|were)$/iu.test(tokens[j - 2]!.text)) {
        j -= 3;
        continue;
      }
      // "Sheikh Hasina today called upon …": a bare day word stands between too.
      if (j > 0 && /^(today|yesterday|tonight)$/u.test(tokens[j]!.text)) {
        j--;
        continue;
      }
      const time = j > 0 && (isCalendarWord(tokens[j]!.text) || /^(week|month|year|morning|afternoon|evening|night)$/iu.test(tokens[j]!.text));
      // "who in 2010 said": a year after "in" stands between too.
      const year = j > 0 && /^(1[89]|20)\d\d$/u.test(tokens[j]!.text) && /^in$/iu.test(tokens[j - 1]!.text);
      if (!year && (!time || !/^(on|last|this|earlier|early|late|next)$/iu.test(tokens[j - 1]!.text))) break;
      j -= 2;
    }
    if (j < 0) return null;
    // "Ann Holt and Tom Weller both said", "the senators (D-N.Y.) all suggested": a quantifier floated
    // after its subject stands between.
    const previous = tokens[j - 1]?.text ?? '';
    const subjectEnds = previous === ')' || PRONOUNS.has(previous.toLowerCase()) || (/^\p{L}/u.test(previous) && !isFunctionWord(previous));
    if (/^(all|both|each)$/iu.test(tokens[j]!.text) && subjectEnds && !isFiniteVerb(previous)) return this.wordsBefore(tokens, j, anyNoun);
    const w = tokens[j]!.text.toLowerCase();
    if (w === 'and' || w === 'but') return 'CONJOINED';
    // "Gov. Mike Pence (R-IN) said": step over a bracketed aside.
    if (w === ')') {
      const open = tokens
        .slice(0, j)
        .map((t) => t.text)
        .lastIndexOf('(');
      if (open > 0) return this.before(tokens.slice(0, open).concat(tokens[cue]!), open, anyNoun);
    }
    if (w === ',') return this.beforeApposition(tokens, j, anyNoun);
    // "Kall -- co-editor of a book on debates -- said": the name before the dashed aside.
    const dash = (k: number) => /^[-—–]$/u.test(tokens[k]?.text ?? '');
    if (dash(j)) {
      let open = j;
      while (dash(open - 1)) open--;
      do open--;
      while (open > 0 && !dash(open));
      while (dash(open - 1)) open--;
      // "Ann Cole, chief executive of Fabrikam -- the firm that … -- told": the aside closes an
      // apposition as a comma would.
      const apposition = tokens.slice(0, open).some((x) => x.text === ',');
      const closing = apposition ? [{ ...tokens[open]!, text: ',' }] : [];
      if (open > 0) return this.before([...tokens.slice(0, open), ...closing, tokens[cue]!], open + closing.length, anyNoun);
    }
    // "…, who said …": the relative pronoun stands for the name before it; "who", for people, for
    // the head of its phrase ("Democrats on Capitol Hill, who have argued").
    if (/^(who|which)$/u.test(w) && j > 0) {
      const antecedent = this.phraseEndingAt(tokens, tokens[j - 1]!.text === ',' ? j - 2 : j - 1, anyNoun);
      return antecedent && w === 'who' ? this.headOf(tokens, antecedent) : antecedent;
    }
    const relative = this.relativeClauseHead(tokens, j);
    if (relative) return relative;
    // "a letter from his doctor that says …": "that" right after a noun phrase is a relative pronoun.
    if (w === 'that' && j > 0 && tokens[j - 1]!.text !== ',') {
      const antecedent = this.phraseEndingAt(tokens, j - 1, anyNoun);
      return antecedent && this.headOf(tokens, antecedent);
    }
    // "…, many of whom say …", "…, most of which said …": the phrase before the comma speaks.
    if (
      /^(whom|which)$/u.test(w) &&
      tokens[j - 1]?.text.toLowerCase() === 'of' &&
      /^(many|most|some|all|both|several|few|none)$/iu.test(tokens[j - 2]?.text ?? '')
    ) {
      // "relatives of the victims, many of whom say": the head of the phrase.
      const group = tokens[j - 3]?.text === ',' ? this.phraseEndingAt(tokens, j - 4, true) : null;
      return group && this.headOf(tokens, group);
    }
    // "Republicans said", "Palestinians say": a capitalised group word names the speakers.
    if (/^\p{Lu}\p{Ll}+s$/u.test(tokens[j]!.text) && !this.nameAt.has(tokens[j]!.start)) {
      return this.surface(tokens[j]!.start, tokens[j]!.end, 'NOMINAL', null);
    }
    const phrase = this.phraseEndingAt(tokens, j, anyNoun);
    // "Experts on trade said", "Mr. Reyes of the Farmers Union said": the head before the prepositions speaks.
    const base = phrase ?? this.phraseEndingAt(tokens, j, true);
    const head = base && this.headOf(tokens, base);
    if (head && head !== base) return head.kind === 'NOMINAL' ? (this.modifierOrganization(tokens, head) ?? head) : head;
    // "analysts at the Lowy Institute in Sydney said": a place after a preposition only modifies.
    const placeAt = phrase?.entityId ? this.nameAt.get(phrase.start) : undefined;
    if (placeAt?.entity.type === 'LOCATION') {
      const k = tokens.findIndex((t) => t.start === phrase!.start);
      if (k > 0 && NOT_NOUN.has(tokens[k - 1]!.text.toLowerCase())) {
        // "Climate negotiators in Baku agreed": any common noun before the place is its head.
        const common = /^\p{Ll}/u.test(tokens[k - 2]?.text ?? '') ? this.phraseEndingAt(tokens, k - 2, true) : null;
        const local = this.organizationNear(tokens, k - 2) ?? this.phraseEndingAt(tokens, k - 2, anyNoun) ?? common;
        // "Teachers at the school in Leeds said": the head that phrase hangs from.
        return local ? this.headOf(tokens, local) : phrase;
      }
    }
    // "Protesters marching through the streets chanted": the place a participle names is no subject.
    const phraseAt = phrase ? tokens.findIndex((t) => t.start === phrase.start) : -1;
    if (phrase?.kind === 'NOMINAL' && PREPOSITION.test(tokens[phraseAt - 1]?.text ?? '') && /^\p{Ll}+ing$/u.test(tokens[phraseAt - 2]?.text ?? '')) {
      const group = /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text) ? this.surface(tokens[0]!.start, tokens[0]!.end, 'NOMINAL', null) : null;
      const subject = this.subject(tokens.slice(0, cue)) ?? group;
      if (subject && subject.start < phrase.start) return subject;
    }
    const issuer = base?.kind === 'NOMINAL' ? this.issuerOf(tokens, base) : null;
    if (issuer) return issuer;
    if (!phrase) {
      // "Politifact then pointed out that": a capitalised word the entity stages did not know,
      // opening its clause, still names its speaker.
      const unknown = this.unknownName(tokens, j);
      if (unknown) return unknown;
    }
    if (!phrase || phrase.kind === 'NOMINAL') {
      // "analysts at the Lowy Institute (in Sydney) said": a named organization in the phrase speaks;
      // "European Union leaders", "former CNN reporters" are people, not the organization before them.
      const org = this.organizationNear(tokens, j);
      // "Arsenal boss", "the bank's chief": people named by a role, whether or not a listed speaker noun.
      const people = base?.kind === 'NOMINAL' && namesPeople(lastWord(base)) ? base : null;
      // "OPEC+ sources": a symbol may join the organization to the people.
      if (org && people && (org.start >= people.start || /^[+&]?\s*$/u.test(this.text.slice(org.end, people.start)))) return people;
      // "The U.N. refugee agency said": a part of the organization speaks.
      if (org && base && organizationPartHead(tokens, firstStartingAtOrAfter(tokens, org.end)) === j) return base;
      if (org) return org;
    }
    return phrase;
  }

  /**
   * The speaker before an apposition ending in the comma at `j`: "Jane Roe, a spokeswoman for the
   * ministry, said", "The state’s campaign chairman, Phil Lovas, said", "China, the North's only ally, said".
   */
  private beforeApposition(tokens: Token[], j: number, anyNoun: boolean): SpeakerSurface | null {
    // "The state’s campaign chairman, Phil Lovas, said": a name that is the whole apposition speaks;
    // in "Ursula von der Leyen, the president of the European Commission, said" the name before it does.
    const named = this.nameAt.get(tokens[j - 1]?.start ?? -1);
    const opening = tokens
      .slice(0, j)
      .map((t) => t.text)
      .lastIndexOf(',');
    // "His party, the Orange Democratic Movement, said": an article may open the named apposition,
    // and titles a person's name ("A military spokesman, Brig. Gen. Nabil Abdallah, said"), as do
    // words of a trade no role list holds ("Her former boss, chef Laurent Moreau, says"), and an age ("61-year-old").
    // "the Commissioner for Transportation, Mr Oluwaseun Osiyemi, noted": an honorific too.
    const titleWord = (w: string) =>
      roleOf(w) ||
      PERSON_TITLES.has(w.toLowerCase().replace(/\.$/u, '')) ||
      /^(the|\.)$/iu.test(w) ||
      AGED.test(w) ||
      (/^\p{Ll}+$/u.test(w) && !isFunctionWord(w) && !isFiniteVerb(w));
    let first = opening + 1;
    while (first < j && titleWord(tokens[first]!.text) && tokens[first]!.start !== named?.start) first++;
    const nameOpens = opening >= 0 && tokens[first]?.start === named?.start;
    // "The governor, who spoke through his press secretary, Gboyega Akosile, said": a name in
    // apposition inside a relative clause is no subject; the head before the clause is.
    const relative = nameOpens ? tokens.slice(0, opening).findLastIndex((t, n) => /^(who|which)$/iu.test(t.text) && tokens[n - 1]?.text === ',') : -1;
    const relativeHead = relative > 1 && !tokens.slice(relative, opening).some((t) => t.text === ',') ? this.phraseEndingAt(tokens, relative - 2) : null;
    if (relativeHead) return this.headOf(tokens, relativeHead);
    if (named && named.entity.type !== 'LOCATION' && nameOpens) {
      return this.surface(named.start, named.end, 'NAME', named.entity.id);
    }
    // Apposition: "Jane Roe, a spokeswoman for the ministry, said".
    // The apposition may hold commas of its own ("Scott Pruitt, the attorney general of Oklahoma,
    // one of the states suing, said"): the speaker is the first name or pronoun before a comma.
    // Places inside it ("of Ashton, Md.", "on the Mall") are not the head it describes.
    // A place that opens the sentence does speak: "China, the North's only ally, said".
    let place: SpeakerSurface | null = null;
    for (let k = j - 1; k > 0 && j - k <= 30; k--) {
      if (tokens[k]!.text !== ',') continue;
      const phrase = this.phraseEndingAt(tokens, this.pastBrackets(tokens, k - 1));
      // "Ann Roe, president of the Farmers Union, which …, said": that organization is inside the
      // description of a name further back.
      const described = phrase && this.headOf(tokens, phrase, false);
      if (described && described !== phrase && described.kind === 'NOMINAL' && tokens[this.indexAt(tokens, described.start) - 1]?.text === ',') continue;
      if (phrase && !this.isPlace(phrase)) return this.headOf(tokens, phrase);
      // "The airline, owned by IAG, said", "On Monday, the airline, …, said": a determined noun
      // phrase opening the clause is its subject, whatever its head.
      const subject = phrase ?? this.phraseEndingAt(tokens, k - 1, true);
      const from = subject ? this.indexAt(tokens, subject.start) : -1;
      const opensClause = from === 0 || tokens[from - 1]?.text === ',' || tokens.slice(0, from).every((t) => isLeadingWord(t.text));
      if (subject && ARTICLES.has(tokens[from]!.text.toLowerCase()) && opensClause) return subject;
      // "Meta, which owns Facebook, said": a capitalised word the entity stages missed, opening the sentence.
      // "Network Rail, which owns the tracks, said": so may capitalised common words that open it.
      const unknown = phrase ? null : (this.unknownName(tokens, k - 1) ?? this.unknownName(tokens, k - 1, true));
      if (unknown && this.indexAt(tokens, unknown.start) === 0) return unknown;
      if (!phrase) {
        // "a nurse at one of the group's hospitals, who asked not to be named, told": the head its phrase hangs from.
        const whole = this.phraseEndingAt(tokens, k - 1, true);
        const hanging = whole && this.headOf(tokens, whole);
        if (hanging && hanging !== whole && hanging.start < whole.start) return hanging;
        // "a nurse at the hospital, who asked not to be named, told": the head before its phrase.
        const prep = tokens
          .slice(Math.max(0, k - 5), k)
          .map((t) => /^(at|in|from|for|with)$/iu.test(t.text))
          .lastIndexOf(true);
        const head = prep >= 0 ? this.phraseEndingAt(tokens, Math.max(0, k - 5) + prep - 1) : null;
        if (head) return head;
        continue;
      }
      // "Officials in Kyiv, speaking on condition of anonymity, said": the head before the place.
      const at = tokens.findIndex((t) => t.start === phrase.start);
      if (/^(in|at|from|of)$/iu.test(tokens[at - 1]?.text ?? '')) {
        const head = this.phraseEndingAt(tokens, at - 2, anyNoun);
        if (head) return head;
      }
      // "Even China, …, said", "The Kremlin, in a statement, said": only leading words before it.
      if (tokens.slice(0, at).every((t) => isLeadingWord(t.text) || isAdverb(t.text) || /^(even|and|but|the)$/iu.test(t.text))) place = phrase;
    }
    // "One, a retired nurse from Ohio, said": the apposition describes the one counted.
    if (!place && /^(one|another|others|some|many|several|most|both)$/iu.test(tokens[0]?.text ?? '') && tokens[1]?.text === ',') {
      const described = this.phraseEndingAt(tokens, j - 1, true);
      if (described && described.start > tokens[1]!.start) return this.headOf(tokens, described);
    }
    return place;
  }

  /**
   * The noun a subject relative clause ending at `j` hangs from: "Officials who attended the meeting
   * said", "sources who reviewed them told", "the report that was released on Monday says". The
   * clause must open with its verb, so "the man who she said …" and "warned that officials …" are none.
   */
  private relativeClauseHead(tokens: Token[], j: number): SpeakerSurface | null {
    for (let r = j; r > 0 && j - r < 12; r--) {
      const word = tokens[r]!.text;
      if (!/^[\p{L}\p{N}]/u.test(word) && !isPossessiveMark(word)) return null;
      if (r < j && cueLemma(word)) return null;
      const pronoun = word.toLowerCase();
      if (pronoun !== 'who' && pronoun !== 'that' && pronoun !== 'which') continue;
      if (r === j || tokens[r - 1]!.text === ',') return null;
      const next = tokens[r + 1]!.text;
      const opensWithVerb =
        pronoun === 'who'
          ? /^\p{Ll}/u.test(next) && !DETERMINERS.has(next) && !ARTICLES.has(next) && !PRONOUNS.has(next) && !NOT_NOUN.has(next)
          : isFiniteVerb(next) || between(next);
      if (!opensWithVerb) return null;
      const antecedent = this.phraseEndingAt(tokens, r - 1, pronoun === 'who');
      return antecedent && this.headOf(tokens, antecedent);
    }
    return null;
  }

  /** A single word that may modify a noun, not a name nor a noun phrase of its own: "Federal" in
   *  "Federal and state officials", unlike "Trump" in "Trump and campaign officials". */
  private isJoinedModifier(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    if (!t || !/^\p{L}+$/u.test(t.text) || this.nameAt.has(t.start)) return false;
    const w = t.text.toLowerCase();
    if (NOT_NOUN.has(w) || ARTICLES.has(w) || DETERMINERS.has(w) || between(w) || PRONOUNS.has(w)) return false;
    const before = tokens[k - 1];
    return !before || !/^[\p{L}\p{N}]/u.test(before.text) || ARTICLES.has(before.text.toLowerCase()) || DETERMINERS.has(before.text.toLowerCase());
  }

  /** Who issued the message a participle cue hangs from: the subject of "The ministry issued a
   *  statement saying …", "Trump posted a series of tweets saying …". */
  private issuerOf(tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
    const noun = lastWord(phrase).replace(/s$/u, '');
    if (!SPEECH_NOUNS.has(noun) && !/^(letter|video|ad|memo|release|paper|report|study|survey|document|brief|filing|complaint)$/u.test(noun)) return null;
    let k = this.indexAt(tokens, phrase.start);
    // "a series of tweets", "a string of posts".
    if (tokens[k - 1]?.text === 'of' && /^(series|string|pair|flurry|barrage|couple|number)$/iu.test(tokens[k - 2]?.text ?? '')) k -= 2;
    while (k > 0 && ARTICLES.has(tokens[k - 1]!.text.toLowerCase())) k--;
    if (!ISSUING.test(tokens[k - 1]?.text ?? '')) return null;
    return this.subject(tokens.slice(0, k - 1));
  }

  /** Capitalised words ending at `j` that the lexicon does not know as common words (or, with
   *  `commonWords`, two or more capitalised words), opening their clause: a name the entity stages missed. */
  private unknownName(tokens: Token[], j: number, commonWords = false): SpeakerSurface | null {
    const unknown = (t: Token | undefined) =>
      !!t &&
      /^\p{Lu}[\p{L}'’-]+$/u.test(t.text) &&
      !this.nameAt.has(t.start) &&
      (commonWords ? !breaksHeadlineName(t.text) : tagsOf(t.text.toLowerCase()).length === 0);
    let k = j;
    while (k > 0 && j - k < 3 && unknown(tokens[k - 1])) k--;
    // Common words make a name only as a run of capitalised ones: "Network Rail", not "Network".
    if (!unknown(tokens[k]) || (commonWords && k === j)) return null;
    const opens = k === 0 || /^[,;:(]$/u.test(tokens[k - 1]!.text) || isLeadingWord(tokens[k - 1]!.text);
    return opens ? this.surface(tokens[k]!.start, tokens[j]!.end, 'NOMINAL', null) : null;
  }

  /**
   * The head a phrase at the end of a subject hangs from: English attaches to a noun with
   * prepositions, so in "Experts on trade and farm policy", "Mr. Reyes of the Farmers Union",
   * "attorneys for the family" the first noun speaks; "A group of parents" speaks whole. The head
   * must be a name or a noun that can speak. `organizationsSpeak`: an organization after a noun
   * stays the speaker ("analysts at the Lowy Institute"), as for its spokesman or its report.
   */
  headOf(tokens: Token[], phrase: SpeakerSurface, organizationsSpeak = true): SpeakerSurface {
    let current = phrase;
    const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
    const pastArticles = (k: number) => {
      while (k > 0 && ARTICLES.has(lower(k))) k--;
      return k;
    };
    // "advisers to Mr. Obama", "a lawyer for Gov. Ann Holt": titles stand between a name and its preposition.
    const pastTitles = (k: number) => {
      while (k > 0 && current.kind === 'NAME' && /^\p{Lu}/u.test(tokens[k]!.text) && roleOf(tokens[k]!.text.replace(/\.$/u, '')) !== null) k--;
      while (k > 0 && current.kind === 'NAME' && /^(Mr|Mrs|Ms|Miss|Mme|Dr)\.?$/u.test(tokens[k]!.text)) k--;
      return k;
    };
    for (let step = 0; step < 4 && current.kind !== 'PRONOUN'; step++) {
      let p = pastArticles(pastTitles(this.indexAt(tokens, current.start) - 1));
      // Joined objects: "on trade and farm policy".
      if (lower(p) === 'and') {
        const left = this.phraseEndingAt(tokens, p - 1, true);
        if (!left || left.kind === 'PRONOUN') break;
        p = pastArticles(this.indexAt(tokens, left.start) - 1);
      }
      if (p < 1 || !ATTACHING.test(lower(p))) break;
      // Joined prepositional phrases: "in Lisbon and around the world".
      const joined = lower(p - 1) === 'and' ? this.phraseEndingAt(tokens, p - 2, true) : null;
      const before = joined ? pastArticles(this.indexAt(tokens, joined.start) - 1) : -1;
      if (before > 0 && ATTACHING.test(lower(before))) p = before;
      const preposition = lower(p);
      // "People familiar with the talks", "sources close to the minister": an adjective after its
      // noun; "people with knowledge of the matter": a noun of knowing after "with".
      const knowing = preposition === 'of' && KNOWING.test(lower(p - 1)) && lower(p - 2) === 'with' ? 2 : 0;
      const adjective = POSTNOMINAL.has(lower(p - 1)) ? 1 : knowing;
      const head = this.phraseEndingAt(tokens, p - 1 - adjective, true);
      if (!head || head.kind === 'PRONOUN') break;
      const named = head.entityId ? this.nameAt.get(head.start)?.entity : undefined;
      if (named) {
        if (named.type === 'LOCATION') break;
        current = head;
        continue;
      }
      const word = lastWord(head);
      // "A group of parents", "two of the people": a part of a group speaks as the whole phrase.
      if (preposition === 'of' && (PARTITIVE.has(word) || NUMBER_WORD.test(word))) {
        current = this.surface(head.start, current.end, 'NOMINAL', null);
        continue;
      }
      const organization = current.entityId !== null && this.nameAt.get(current.start)?.entity.type === 'ORGANIZATION';
      // "Democrats in Congress": people in an organization are no representatives of it.
      // "a recent survey of voter lists", "a review of records": the document speaks.
      // "The sign on the door read", "a banner outside the hall said": the writing speaks, not where it hangs.
      const document =
        (preposition === 'of' && DOCUMENT_HEADS.test(word)) || (/^(on|in|at|outside|above|over)$/u.test(preposition) && POSTED_WRITING.test(word));
      // "a person close to Elm Partners" is no one speaking for it.
      if ((organizationsSpeak && organization && preposition !== 'in' && !adjective) || !(SPEAKER_NOUNS.has(word) || namesPeople(word) || document)) break;
      current = head;
    }
    return current;
  }

  /** An organization named inside a description that speaks for it ("the Reuters survey"), not
   *  one modifying people ("European Union leaders"). */
  private modifierOrganization(tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
    if (namesPeople(lastWord(phrase))) return null;
    const org = this.organizationNear(tokens, this.indexAt(tokens, phrase.start) + phrase.text.split(/\s+/u).length - 1);
    return org && org.start >= phrase.start && org.end <= phrase.end ? org : null;
  }

  /** The subject opening a sentence, past leading phrases ("During the meeting with X, Shamkhani …",
   *  "Meanwhile, it …"), or past title words before a name ("Democratic candidate Hillary Clinton"). */
  /** The speaker of the nearest cue before `j`: "“A,” Trump said, adding, “B”" → Trump. */
  ofEarlierCue(tokens: Token[], j: number): SpeakerSurface | 'CONJOINED' | null {
    for (let k = j - 1; k >= 0; k--) {
      if (!cueLemma(tokens[k]!.text)) continue;
      const who = this.before(tokens, k, true);
      return who && who !== 'CONJOINED' ? who : this.after(tokens, k, true);
    }
    return null;
  }

  subject(tokens: Token[]): SpeakerSurface | null {
    const starts = [0, ...tokens.flatMap((t, n) => (t.text === ',' ? [n + 1] : []))];
    for (const k of starts) {
      const first = tokens[k];
      if (!first) return null;
      const word = first.text.toLowerCase();
      if (PRONOUNS.has(word)) return this.surface(first.start, first.end, 'PRONOUN', null);
      // "Four of the commission's seven members disowned …": a part of a group is the whole phrase.
      if ((PARTITIVE.has(word) || NUMBER_WORD.test(word)) && tokens[k + 1]?.text.toLowerCase() === 'of') {
        const end = nounPhraseEnd(tokens, k + 2);
        if (this.phraseEndingAt(tokens, end)) return this.surface(first.start, tokens[end]!.end, 'NOMINAL', null);
      }
      // A leading phrase ("During …", "Meanwhile", "In 2010", "Trying to …"): the subject follows its comma.
      const participle = /^\p{Lu}\p{Ll}+ing$/u.test(first.text) && tokens.slice(k).some((t) => t.text === ',');
      if (NOT_NOUN.has(word) || /ly$|where$|while$|^\p{N}/u.test(word) || isLeadingWord(first.text) || participle) continue;
      for (let n = k, reach = k + 5; n < Math.min(tokens.length, reach) && /^[\p{L}\p{N}.'’-]/u.test(tokens[n]!.text); n++) {
        const name = this.nameAt.get(tokens[n]!.start);
        const part = name?.entity.type === 'ORGANIZATION' ? organizationPartHead(tokens, firstStartingAtOrAfter(tokens, name.end)) : -1;
        if (part >= 0) return this.surface(first.start, tokens[part]!.end, 'NOMINAL', null);
        // "Marsh's spokesman, Eli Cohen, declined …": a possessor is no subject.
        const possessor = name && isPossessiveMark(tokens[firstStartingAtOrAfter(tokens, name.end)]?.text ?? '');
        // ("Hillary Clinton's campaign manager Robby Mook": the name after the possessor's titles.)
        if (possessor) reach = n + 6;
        if (name && name.entity.type !== 'LOCATION' && !possessor)
          return this.personAfterTitle(tokens, name.end) ?? this.surface(name.start, name.end, 'NAME', name.entity.id);
        if (n > k && /^\p{Ll}/u.test(tokens[n]!.text) && isFunctionWord(tokens[n]!.text)) break;
      }
      const possessive = isPossessiveMark(tokens[k + 1]?.text ?? '');
      if ((DETERMINERS.has(word) || possessive) && tokens[k + 1]) {
        const name = possessive ? undefined : this.nameAt.get(tokens[k + 1]!.start);
        // "A New York judge has rejected …": a place before a noun only says where the person is from.
        const modifier = name?.entity.type === 'LOCATION' && /^\p{Ll}/u.test(tokens.find((t) => t.start >= name.end)?.text ?? '');
        if (name && !modifier) return this.surface(name.start, name.end, 'NAME', name.entity.id);
        // "The main opposition party on Tuesday rejected …", "Kenya's ruling party …": the phrase's head
        // is its last noun before the verb or an adverbial.
        const end = nounPhraseEnd(tokens, k);
        // "Sudan's ambassador, Al-Harith Idriss, rejected …": the name in apposition is the person.
        const named = tokens[end + 1]?.text === ',' ? this.personStartingAt(tokens[end + 2]?.start ?? -1) : null;
        if (named && tokens.find((t) => t.start >= named.end)?.text === ',') return named;
        // "A group of nurses sent …": a group speaks as the people it is made of.
        if (PARTITIVE.has(tokens[end]?.text.toLowerCase() ?? '') && tokens[end + 1]?.text.toLowerCase() === 'of') {
          const whole = nounPhraseEnd(tokens, end + 2);
          if (whole > end + 1 && this.phraseEndingAt(tokens, whole, true)) return this.surface(first.start, tokens[whole]!.end, 'NOMINAL', null);
        }
        return this.phraseEndingAt(tokens, end);
      }
      return this.phraseEndingAt(tokens, k);
    }
    return null;
  }

  /** The speaker right of the cue: "said Caddell", "said Senator Tom Baker", "said the minister". */
  after(tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | null {
    const first = tokens[cue + 1];
    if (!first) return null;
    // "…,” said he." inverts; in "said it was disappointed" the pronoun opens the content.
    if (PRONOUNS.has(first.text.toLowerCase()))
      return /^[\p{L}\p{N}]/u.test(tokens[cue + 2]?.text ?? '') ? null : this.surface(first.start, first.end, 'PRONOUN', null);
    let k = cue + 1;
    // "said 9/11 widow Terry Strada": numbers may modify the title.
    const inPhrase = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text) && !NOT_NOUN.has(t.text.toLowerCase());
    while (k < tokens.length && (inPhrase(tokens[k]!) || this.isAbbreviationDot(tokens, k)) && k - cue <= 5) {
      // A name within the phrase speaks, past any title before it; a person after an organization
      // and a title is the one who speaks ("said CNN host Ana Silva").
      const name = this.nameAt.get(tokens[k]!.start);
      if (name && name.entity.type !== 'LOCATION') return this.personAfterTitle(tokens, name.end) ?? this.surface(name.start, name.end, 'NAME', name.entity.id);
      k++;
    }
    if (k === cue + 1) return null;
    const named = namesPeople(tokens[k - 1]!.text) ? null : this.organizationNear(tokens, k - 1);
    if (named) return named;
    return anyNoun || SPEAKER_NOUNS.has(tokens[k - 1]!.text.toLowerCase()) ? this.surface(first.start, tokens[k - 1]!.end, 'NOMINAL', null) : null;
  }
}
