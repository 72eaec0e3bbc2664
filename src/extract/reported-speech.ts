// Reported speech: one quote per cue in a sentence ("X said (that) …", "…, X said", "according to
// X, …"). Which cue words report nothing is in cue-guards.ts.
import { addsAmount, cueLemma, DOCUMENT_NOUNS, evidenceLemma, INFINITIVE_VERBS, LISTENER_VERBS, NAMING_VERBS, phrasalCueAt, SPEECH_NOUNS } from './cues.js';
import { embeddedSubject, idiom, namingReportsSpeech, nounUse, passive, recallReportsSpeech } from './cue-guards.js';
import {
  contentEnd,
  asideAfter,
  contentStart,
  coordinatedCueAt,
  isClause,
  leadingContent,
  onlyVenueAfter,
  PREPOSITIONS,
  withoutTrailingTimes,
  withoutTrailingVenue,
} from './content-span.js';
import { isAdverb, isCalendarWord, isFiniteVerb, isFunctionWord, tagsOf } from './lexicon.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import type { SpeakerSurface } from './name-index.js';
import { SPEAKER_NOUNS } from './speaker-words.js';
import {
  lightVerbNoun,
  openingPhraseClose,
  possessedSpeechNoun,
  possessorAt,
  REPORT_NOUNS,
  reportNounContent,
  subjectClausePredicate,
} from './speech-nouns.js';
import type { SpeakerFinder } from './speakers.js';
import { roleAppositionEnd } from './roles.js';
import { attributionGap, invertedAttributionEnd } from './inverted-attribution.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { openAtRelativePronoun, speakerInRelativeClose } from './relative-speech.js';
import { indexBeforeName, tokenize, type Token } from './tokens.js';
import type { Sentence } from './types.js';

/** Reported speech in one sentence, one quote per cue. */
export function reportedSpeech(text: string, sentence: Sentence, speakers: SpeakerFinder, passages: QuotedPassage[]): QuoteDraft[] {
  const headline = sentence.index < 0;
  const tokens = tokenize(text, sentence.start, sentence.end);
  // Passages do not overlap: only the last one opening before a token can hold it.
  const insideQuote = (t: Token) => {
    const p = passages[firstStartingAtOrAfter(passages, t.start + 1) - 1];
    return !!p && t.start >= p.inner.start && t.end <= p.inner.end;
  };
  const out: QuoteDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (insideQuote(t)) continue;
    if (t.text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
      // "X said Y, according to Z": Z is where the report comes from; X's quote stands.
      if (out.length) continue;
      const q = accordingTo(text, sentence, tokens, i, speakers, i === 0 || tokens[i - 1]!.start === sentence.start);
      if (q) out.push(q);
      continue;
    }
    // "In the words of Karl Berg, “…”": the source opens the sentence, as with "according to".
    if (i === 2 && /^in$/iu.test(tokens[0]!.text) && /^the$/iu.test(tokens[1]!.text) && /^words$/iu.test(t.text) && tokens[i + 1]?.text === 'of') {
      const q = accordingTo(text, sentence, tokens, i, speakers, true);
      if (q) out.push(q);
      continue;
    }
    // "her warning that …", "Iran's repeated insistence that …": the noun reports its clause.
    const possessed = possessedSpeechNoun(tokens, i);
    // "gave assurances that …", "issued a warning that …", "made it clear that …": the subject speaks.
    const light = possessed ? undefined : lightVerbNoun(tokens, i);
    const lemma = possessed?.lemma ?? light?.lemma ?? cueLemma(t.text) ?? evidenceLemma(t.text) ?? phrasalCueAt(tokens, i);
    // Title-case headlines capitalise their verbs: "Christie Calls Clinton ‘A Disgrace’".
    if (!lemma || (t.text[0] !== t.text[0]!.toLowerCase() && !(headline && i > 0))) continue;
    // "It goes without saying that …" is an idiom; "she was told", "it is called" are passive.
    // "would add $84 billion": an amount is no speech.
    if (idiom(tokens, i) || passive(tokens, i) || addsAmount(lemma, tokens[i + 1]?.text) || (lemma === 'cite' && citesAsSaying(tokens, i))) continue;
    // "declined to say", "would not say what", "won't say": no one speaks.
    const act = light ? tokens[light.verb]! : t;
    if (NEGATED.test(text.slice(Math.max(sentence.start, act.start - 30), act.start))) continue;
    // "If asked, Holt would say …": speech under a condition has not happened.
    if (hypothetical(tokens, light?.verb ?? i)) continue;
    const cue = { start: t.start, end: t.end, text: t.text };
    if (!possessed && !light && nounUse(tokens, i, lemma, speakers)) {
      const q = reportNounContent(text, sentence, tokens, i, lemma, speakers);
      if (q) out.push(q);
      continue;
    }
    if ((NAMING_VERBS.has(lemma) && !namingReportsSpeech(tokens, i, speakers)) || (lemma === 'recall' && !recallReportsSpeech(tokens, i))) continue;
    // After "X claimed that …", and for "said" or "told", which are never nouns, the verb is certain
    // and any noun phrase may be its subject ("an architect who said", "63 percent said").
    const thatFollows = tokens[i + asideAfter(tokens, i) + 1]?.text.toLowerCase() === 'that';
    // "…, state media reported.": a cue closing the sentence after a comma has its subject before it.
    const comma = tokens.slice(0, i).findLastIndex((x) => x.text === ',');
    const closing =
      comma > 0 &&
      i - comma <= 5 &&
      /(ed|wrote)$/u.test(t.text) &&
      !tokens.slice(comma + 1, i).some((x) => isFiniteVerb(x.text) || !/^[\p{L}’'-]/u.test(x.text)) &&
      onlyVenueAfter(tokens, i + 1);
    const certain = thatFollows || lemma === 'say' || lemma === 'tell' || NAMING_VERBS.has(lemma) || closing;
    // "Patriot failed as predicted", "as promised": a past form right after "as" has no speaker ("as
    // reported by Reuters" has one).
    if (/^as$/iu.test(tokens[i - 1]?.text ?? '') && /ed$/u.test(t.text) && !/^by$/iu.test(tokens[i + 1]?.text ?? '')) continue;
    // "after Iran's announcement that …": the possessor of a speech noun speaks.
    const possessor = possessed ? possessorAt(text, tokens, possessed.mark, speakers) : undefined;
    if (possessor === null) continue;
    const verb = light?.verb ?? i;
    const direct = possessor ?? (participleOrInfinitive(tokens, verb) ? 'CONJOINED' : speakers.before(tokens, verb, certain || !!light));
    // "she said at a news conference announcing that …", "In a statement announcing the pick, X …":
    // a participle on a noun inside a phrase is the act of the sentence's subject, and reports only a
    // clause; "in a statement posted on its website": a past participle there says how it was issued.
    const onPhrase =
      direct &&
      direct !== 'CONJOINED' &&
      direct.kind === 'NOMINAL' &&
      (/ing$/u.test(t.text) || (/ed$/u.test(t.text) && ISSUED_IN.test(lastWord(direct.text)))) &&
      PREPOSITIONS.has(tokens[tokens.findIndex((x) => x.start === direct.start) - 1]?.text.toLowerCase() ?? '');
    if (onPhrase && !thatFollows) continue;
    const found = onPhrase ? 'CONJOINED' : (quotedAsSaying(text, tokens, i, speakers) ?? direct);
    // "The two discussed … and stressed …", "X defended the tweets, saying …", "X took to Twitter to
    // accuse …": the verb shares the sentence's subject.
    // "“It’s over,” she said of it, adding that …": after a quotation's attribution, its speaker.
    const afterQuotation = found === 'CONJOINED' && !out.length && /^[“"‘«]$/u.test(tokens[0]?.text ?? '');
    const earlier = afterQuotation ? speakers.ofEarlierCue(tokens, i) : null;
    // "The minister resigned after a memo showed …, saying …": a speaker inside a subordinate clause
    // is not the one the participle goes with.
    const lastSpeaker = out.length && !subordinateSubject(tokens, out[out.length - 1]!.speaker?.start ?? -1) ? out[out.length - 1]!.speaker : null;
    const before = found === 'CONJOINED' ? (lastSpeaker ?? (earlier !== 'CONJOINED' ? earlier : null) ?? speakers.subject(tokens)) : found;
    if (evidenceLemma(t.text) && !(found !== 'CONJOINED' && before && (thatFollows || DOCUMENT_NOUNS.has(lastWord(before.text))))) continue;
    if (found !== 'CONJOINED' && before && embeddedSubject(tokens, before.start)) continue;
    // "Nobody said it would be cheap", "Neither candidate said …": a negated subject, so no one spoke.
    if (found !== 'CONJOINED' && before && /^(nobody|no one|no-one|none|neither)\b/iu.test(before.text)) continue;
    // "Ann Holt dismissed claims that …": a past speech verb among the words before is the verb, and the cue its object.
    if (
      found !== 'CONJOINED' &&
      before?.kind === 'NOMINAL' &&
      tokens.some((x) => x.start > before.start && x.end <= before.end && /^\p{Ll}+(ed|said|told|wrote)$/u.test(x.text) && cueLemma(x.text))
    )
      continue;
    if (before) {
      // "Climate change, Mr. Obama often says, is the greatest threat": an attribution set off by
      // commas inside the sentence reports all of it.
      const closingComma = found === 'CONJOINED' ? -1 : setOffByCommas(tokens, i, before.start);
      const parenthetical = closingComma > 0;
      // "…; Europe, he added, must act": the clause after a semicolon is the one set off.
      // "…, which, Tompkins said, is usually full": a relative clause the attribution interrupts
      // opens at its pronoun.
      const nameOpening = indexBeforeName(tokens, before.start);
      // ", as Ann Holt noted," opens at its comma.
      const opening = parenthetical && /^as$/iu.test(tokens[nameOpening]?.text ?? '') ? nameOpening - 1 : nameOpening;
      const relativeOpen = parenthetical && /^(which|who)$/iu.test(tokens[opening - 1]?.text ?? '') && tokens[opening - 2]?.text === ',' ? opening - 1 : -1;
      const clauseStart =
        relativeOpen >= 0 ? relativeOpen : parenthetical ? tokens.findLastIndex((x, n) => x.text === ';' && n < i && x.end <= before.start) + 1 : 0;
      const opener = clauseStart + (/^(and|but|so|or|yet)$/iu.test(tokens[clauseStart]!.text) ? 1 : 0);
      // "During his years in office, Mr. Obama said, Americans have come to …": an opening phrase
      // without a verb says when or where; what was said starts after the attribution.
      const openingPhrase =
        parenthetical &&
        /^(during|in|over|since|throughout|after|before|amid|within|on|at|under)$/iu.test(tokens[opener]!.text) &&
        !tokens.slice(opener, opening).some((x) => isFiniteVerb(x.text));
      const from = openingPhrase ? tokens[closingComma + 1]!.start : parenthetical ? tokens[opener]!.start : contentStart(tokens, i, lemma);
      // "Smith, who has denied the charges, is due in court": a relative clause set off by commas ends at its closing comma.
      const speakerRelative = found === 'CONJOINED' ? -1 : speakerInRelativeClose(tokens, i, before.start);
      const relativeClose = found === 'CONJOINED' ? -1 : Math.max(relativeClauseClose(tokens, i, before.start), speakerRelative);
      // "The minister's claim that taxes rose drew criticism": a clause in the subject ends at the predicate.
      const predicate = possessed ? subjectClausePredicate(tokens, i, before.start, possessed.mark) : -1;
      // "Contrary to his claim that …, the mayor …": an opening phrase holding the noun ends at its comma.
      const phraseClose = possessed ? openingPhraseClose(tokens, i, possessed.mark) : -1;
      const to =
        relativeClose > 0
          ? tokens[relativeClose]!.start
          : predicate > 0
            ? tokens[predicate]!.start
            : phraseClose > 0
              ? tokens[phraseClose]!.start
              : contentEnd(tokens, parenthetical ? closingComma : i + asideAfter(tokens, i), sentence.end);
      const content = from < to ? trimmed(text, from, withoutTrailingVenue(text, from, to)) : null;
      // "stressed the need for talks during a meeting with his Iraqi counterpart": where a phrase was said is no part of it.
      if (content && lemma !== 'say' && lemma !== 'tell' && !content.text.split(/\s+/u).some((w) => isFiniteVerb(w))) {
        const venue = SPEECH_EVENT.exec(content.text);
        if (venue && venue.index > 0) Object.assign(content, trimmed(text, content.start, content.start + venue.index));
      }
      // "She said this while addressing …", "expressed these views at …", "said so in a statement": words
      // standing for speech reported before are no content of their own.
      if (content && !parenthetical && REFERS_BACK.test(content.text)) continue;
      const afterThat = /^that\s/iu.test(text.slice(from, from + 5)) || /\bthat\s*$/iu.test(text.slice(Math.max(0, from - 6), from));
      // "agreed to pay", not "agreed to a ceasefire": a noun phrase after "to" is no infinitive.
      const infinitive =
        INFINITIVE_VERBS.has(lemma) &&
        /^to\s+(?!(a|an|the|his|her|its|their|this|that|these|those|our|my|your|some|any|all|each|every)\s|\p{N})/iu.test(content?.text ?? '');
      const calledFor = lemma === 'call' && /^(for|on|upon)$/iu.test(tokens[i + 1]?.text ?? '');
      // "accused X of lying", "cited a report", "called for a moratorium": these verbs report speech
      // for sure only with a clause for content; with a noun phrase the quote is kept but unsure.
      // Quoted words in the phrase ("accused the government of “sleepwalking”") are speech for sure.
      const phraseOnly =
        !!content &&
        (calledFor || CLAUSE_ONLY.has(lemma)) &&
        !afterThat &&
        !infinitive &&
        !hasClause(withoutNounClause(content.text)) &&
        // "explained why he backs Trump", "explaining the firings amounted to …"
        !/^(why|how|what|whether|when|where)\b/iu.test(content.text) &&
        !subjectAndPastVerb(content.text) &&
        !/[“"]/u.test(content.text);
      if (content && calledFor) {
        out.push({ ...draft(content, cue, before, false, sentence), phraseOnly });
        continue;
      }
      // Set off by commas, the words on either side of the attribution may make the clause.
      const clause = parenthetical
        ? isClause(text.slice(from, before.start)) ||
          isFiniteVerb(tokens[closingComma + 1]!.text) ||
          /^\p{Ll}+ed$/u.test(tokens[closingComma + 1]!.text) ||
          isClause(text.slice(tokens[closingComma + 1]!.start, to).replace(/^(and|but|or)\s+/iu, ''))
        : !!content &&
          // "which critics say is unfair": the relative pronoun is the subject of what was said.
          (isClause(withoutTrailingTimes(content.text)) || (speakerRelative > 0 && isFiniteVerb(content.text.split(/\s+/u)[0]!))) &&
          // "told a news conference in Moscow": after a listener only a clause of its own is what was said.
          (!LISTENER_VERBS.has(lemma) ||
            afterThat ||
            infinitive ||
            /^(how|why|whether|what|when)\b/iu.test(content.text) ||
            hasClause(content.text) ||
            subjectAndPastVerb(content.text));
      if (content && (afterThat || infinitive ? content.text.split(/\s+/u).length >= 2 : clause)) {
        const q = { ...draft(content, cue, before, false, sentence), phraseOnly };
        // "The plan, she said, will fail": the attribution between the commas is no part of what was said.
        if (parenthetical && !openingPhrase) addGap(text, q, { start: tokens[opening]!.start, end: tokens[closingComma]!.end });
        // "If the US lifts the sanctions, Zarif said Iran would talk": the condition is said too.
        const condition = parenthetical || found === 'CONJOINED' ? -1 : openingCondition(tokens, opening);
        if (condition >= 0 && content.start > tokens[condition]!.start) {
          addGap(text, q, { start: tokens[opening]!.start, end: content.start });
          Object.assign(q, { start: tokens[condition]!.start, text: text.slice(tokens[condition]!.start, q.end) });
        }
        // "the plan, which critics say is unfair": the content opens at the relative pronoun.
        if (!parenthetical && found !== 'CONJOINED') openAtRelativePronoun(text, q, tokens, before.start);
        out.push(q);
        // Nested cues inside this content ("X said that Y stressed ...") belong to it; a report noun
        // in its object ("rejected the Senate's claims that …") still reports its own clause, but not
        // one naming where it was said ("said in its weekly report that …").
        const reportNoun = (k: number) =>
          tokens[k]!.start >= content.start && REPORT_NOUNS.has(cueLemma(tokens[k]!.text) ?? '') && tokens[k + 1]?.text.toLowerCase() === 'that';
        while (i + 1 < tokens.length && tokens[i + 1]!.start < content.end && !coordinatedCueAt(tokens, i + 1) && !reportNoun(i + 1)) i++;
        continue;
      }
      // "..., he said." with nothing after the cue: the content is what came before (never for ", adding").
      // "he barely mentioned climate change" has an object of its own: no content before it.
      // "Asked whether …, he said: “No.”": a quotation after the cue is what was said.
      const quotationNext = /^[:“"‘«]$/u.test(tokens[i + 1]?.text ?? '') || (tokens[i + 1]?.text === ',' && /^[“"‘«]$/u.test(tokens[i + 2]?.text ?? ''));
      if (found === 'CONJOINED' || quotationNext || !(LISTENER_VERBS.has(lemma) || nothingSaidAfter(tokens, i))) continue;
      // "… the words ‘I can't breathe,’ as Eric Garner said": the quotation before "as" is what was said.
      let mark = opening - 1;
      while (/^([”"’']|'')$/u.test(tokens[mark]?.text ?? '')) mark--;
      if (/^as$/iu.test(tokens[opening]?.text ?? '') && mark < opening - 1 && tokens[mark]?.text === ',') continue;
      const lead = leadingContent(text, sentence, tokens, before.start);
      // "The company’s chief executive, John Smith, told …": a title set beside the name is no content.
      const apposition = /^\s*,/u.test(text.slice(before.end, sentence.end)) && !!lead && SPEAKER_NOUNS.has(lastWord(lead.text));
      // "Karl Berg, whose party insisted on the cuts, said": a relative clause reports nothing before it.
      const relative = !!lead && /^[\s,]*(whose|who|which)\b/iu.test(text.slice(lead.end, before.start));
      if (lead && !apposition && !relative && !namesWhatWasSaid(text.slice(lead.end, before.start))) out.push(draft(lead, cue, before, false, sentence));
      continue;
    }
    const after = speakers.after(tokens, i);
    // "The plan, said Ann Roe, will fail": one content around the attribution.
    const resumes = after ? invertedAttributionEnd(text, tokens, i, after) : null;
    const around = resumes !== null ? trimmed(text, sentence.start, sentence.end) : null;
    if (around && resumes !== null && !/^[“"‘«]/u.test(around.text)) {
      const q = draft(around, cue, after, false, sentence);
      addGap(text, q, attributionGap(tokens, i, resumes));
      out.push(q);
      continue;
    }
    // "…, said the minister." ends the sentence; "…, said they expected …" is another clause.
    // "…, said Jeffrey Trimble, a senior official with the board." ends with an apposition.
    const rest = after ? tokens.filter((x) => x.start >= after.end) : [];
    const afterEnds = after && (rest.filter((x) => /^\p{L}/u.test(x.text)).length <= 3 || (rest[0]?.text === ',' && !rest.some((x) => cueLemma(x.text))));
    if (after && afterEnds && i > 0 && /^[,”"’]$/u.test(tokens[i - 1]!.text)) {
      const lead = leadingContent(text, sentence, tokens, t.start);
      if (lead) out.push(draft(lead, cue, after, false, sentence));
    }
  }
  return out;
}

// Nouns for what someone said, that a speaker may then deny or dispute.
const SAID_NOUN = /^(charge|claim|accusation|allegation|assertion|suggestion|characteri[sz]ation|description|account|figure|estimate|version|label|notion)s?$/u;

/** "…, a charge Johnson denied", "…, a claim the ministry rejected": a noun set after the comma is the
 *  cue's object, so the clause before is no speech of this speaker. */
function namesWhatWasSaid(between: string): boolean {
  const m = /^[\s,”"’]*(?:a|an|the|this|that)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:that\s+)?$/u.exec(between);
  return !!m && (SAID_NOUN.test(m[1]!) || SPEECH_NOUNS.has(m[1]!.replace(/s$/u, '')));
}

/** "Climate change, Mr. Obama often says, is …", "The poorest paid 1 percent, the agency said in
 *  a June report, and …": an attribution between commas inside the sentence; the index of its
 *  closing comma, or -1. */
function setOffByCommas(tokens: Token[], cue: number, speakerStart: number): number {
  let close = cue + 1;
  // past a listener: "he told me on Friday,"
  if (LISTENER_VERBS.has(cueLemma(tokens[cue]!.text) ?? '') && /^(me|us|him|her|them|reporters|journalists)$/iu.test(tokens[close]?.text ?? '')) close++;
  // past a short time or venue phrase: "said in a June report,", "said Tuesday,", "explained earlier in the hearing,"
  while (/^(earlier|later|again|also|then|recently)$/iu.test(tokens[close]?.text ?? '')) close++;
  if (PREPOSITIONS.has(tokens[close]?.text.toLowerCase() ?? '') || isCalendarWord(tokens[close]?.text ?? '')) {
    while (close < cue + 7 && /^[\p{L}\p{N}]/u.test(tokens[close]?.text ?? '') && !isFiniteVerb(tokens[close]!.text)) close++;
  }
  const next = tokens[close + 1]?.text ?? '';
  if (tokens[close]?.text !== ',' || /^[“"‘«']$/u.test(next)) return -1;
  // ", as the strike began", ", who …": the narration goes on. Past a listener, time or venue only a
  // coordinated clause or the rest of a verb phrase continues what was said.
  if (/^(as|while|when|who|which|where|although|though|whereas)$/iu.test(next)) return -1;
  if (close > cue + 1 && !/^(and|but|or)$/iu.test(next) && !isFiniteVerb(next) && !/^\p{Ll}+ed$/u.test(next)) return -1;
  // ", adding …" is the speaker's own act; ", replacing him would …" is a gerund subject.
  if (/ing$/u.test(next) && (cueLemma(next) || !tokens.slice(close + 2, close + 6).some((t) => isFiniteVerb(t.text)))) return -1;
  // before the speaker, past abbreviated titles ("Mr.", "Sen."): the opening comma
  const open = indexBeforeName(tokens, speakerStart);
  // "The bridge, as Ann Holt noted, needs repairs": "as" may open the attribution.
  const asOpen = /^as$/iu.test(tokens[open]?.text ?? '') && tokens[open - 1]?.text === ',';
  if (open > 0 && (tokens[open]!.text === ',' || asOpen)) return close;
  // The opening comma may sit inside closing quote marks (‘The NHS was “broken,” he said, but could be
  // fixed’): then only a modal or present auxiliary goes on with what was said, not an act of the
  // speaker’s (‘“We will win,” she said, and left’).
  const quoted = open > 0 && /^[”"’']$/u.test(tokens[open]!.text) && tokens[open - 1]?.text === ',';
  const k = /^(and|but|or)$/iu.test(next) ? close + 2 : close + 1;
  return quoted && /^(would|could|will|can|should|might|must|may|is|are|has|have)$/iu.test(tokens[k]?.text ?? '') ? close : -1;
}

/** A subject opening a subordinate clause after the main one: "… resigned after a memo showed". */
function subordinateSubject(tokens: Token[], speakerStart: number): boolean {
  const at = indexBeforeName(tokens, speakerStart);
  return at > 0 && /^(after|because|since|when|before|while|until|although|though|once)$/iu.test(tokens[at]?.text ?? '');
}

/** "If …, X said …", "Unless …, X said …": the index of a condition opening the sentence and
 *  closed by the comma at `comma`, or -1. */
function openingCondition(tokens: Token[], comma: number): number {
  const opener = /^(and|but|so)$/iu.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (tokens[comma]?.text !== ',' || !/^(if|unless|once|until)$/iu.test(tokens[opener]?.text ?? '')) return -1;
  const clause = tokens.slice(opener + 1, comma);
  return clause.length >= 2 && !clause.some((t) => cueLemma(t.text) || /^[,;:“”"«»]$/u.test(t.text)) ? opener : -1;
}

/** The closing comma of a relative clause holding the cue ("Smith, who has denied the charges, is …"), or -1. */
function relativeClauseClose(tokens: Token[], cue: number, speakerStart: number): number {
  let relative = cue - 1;
  while (
    relative > 0 &&
    relative > cue - 5 &&
    (/^(has|have|had|also|not|never|later|then|(1[89]|20)\d\d)$/iu.test(tokens[relative]!.text) ||
      isAdverb(tokens[relative]!.text) ||
      (/^in$/iu.test(tokens[relative]!.text) && /^(1[89]|20)\d\d$/u.test(tokens[relative + 1]!.text)))
  )
    relative--;
  if (!/^(who|which)$/iu.test(tokens[relative]?.text ?? '') || tokens[relative - 1]?.text !== ',' || tokens[relative - 1]!.start < speakerStart) return -1;
  return tokens.findIndex((t, n) => n > cue && t.text === ',');
}

/** After the cue only where, when or to whom it was said ("said.", "said on Tuesday", "told
 *  reporters", "told CNN"): no object of its own ("Mexico said enough", "declared bankruptcy"). */
function nothingSaidAfter(tokens: Token[], cue: number): boolean {
  const next = tokens[cue + 1];
  if (!next || !/^\p{L}/u.test(next.text)) return true;
  const w = next.text.toLowerCase();
  return (
    PREPOSITIONS.has(w) ||
    /^\p{Lu}/u.test(next.text) ||
    isCalendarWord(w) ||
    isAdverb(w) ||
    /^(reporters|journalists|me|us|him|her|them|today|yesterday|tonight|earlier|later|again|last|this|recently|then|afterward)$/u.test(w)
  );
}

/** "during a meeting with …", "at a campaign stop in Flint", "on the sidelines of the summit": the
 *  occasion of the speech, closing a content. */
const SPEECH_EVENT =
  /,?\s+(?:during|at|in|on the sidelines of)\s+(?:a|an|the|his|her|their|its|this|that|\p{Lu}[\p{L}.]*['’]s)\s+(?:[^\s,;]+\s+){0,4}?(?:meeting|meetings|talks|conference|forum|summit|rally|ceremony|session|visit|phone call|call|interview|speech|address|event|hearing|briefing|gathering|debate|stop|sidelines|press conference)\b.*$/isu;

/** A content that only points back at what was said: "this", "so", "these views", "the same". */
const REFERS_BACK =
  /^(this|so|these|those|such|the same)(\s+(view|views|remarks|comments|words|sentiments|thoughts|opinion|opinions|things|points))?(?=$|[,.;:]|\s+(while|when|during|at|in|on|after|before|as|to|from|via|through|and|but)\b)/iu;

/** What words are issued in: "in a statement posted on its website", "in a message tweeted on Monday". */
const ISSUED_IN = /^(statement|statements|message|messages|post|posts|tweet|tweets|letter|note|video|communique|communiqué|release|notice|bulletin)$/u;

/** What before a cue says the speech did not happen: "declined to (publicly) say", "did not say". */
const NEGATED = /(\b(not|never)|n['’]t|\b(declin|refus)(ed|es|e|ing) to)\s+(\p{Ll}+ly\s+)?$/iu;

/** Cue verbs that often mean something else ("accused him of", "cited a study", "charged a fee",
 *  "dismissed 200 workers"). */
const CLAUSE_ONLY = new Set(['accuse', 'cite', 'charge', 'post', 'signal', 'agree', 'dismiss', 'explain', 'promise']);

/** A modal before the cue in a sentence that opens a condition before it: "If asked, Holt would say
 *  …", "Had she been asked, she might have said …". */
function hypothetical(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  while (k > 0 && (/^(have|not|never|only|probably|likely|simply|then)$/iu.test(tokens[k]!.text) || isAdverb(tokens[k]!.text))) k--;
  if (!/^(would|could|might)$/iu.test(tokens[k]?.text ?? '')) return false;
  return tokens.slice(0, k).some((t, n) => /^(if|unless)$/iu.test(t.text) || (n === 0 && /^(had|were)$/iu.test(t.text)));
}

/** "a report that found ridership fell": a relative clause (a verb right after "that") belongs to the noun
 *  phrase; "concerns that the stadium would fail" is what the concerns were. */
function withoutNounClause(content: string): string {
  const relative = /(\p{L}+)\s+that\s+(\p{L}+)\b/u.exec(content);
  const verb = relative?.[2] ?? '';
  return relative && !isFunctionWord(relative[1]!) && (isFiniteVerb(verb) || /^\p{Ll}+ed$/u.test(verb))
    ? content.slice(0, relative.index + relative[1]!.length)
    : content;
}

/** A finite verb, or "to" and a verb ("for Congress to act"), makes the words a clause. */
function hasClause(content: string): boolean {
  // "praised the volunteers who cleaned the park": a relative clause is inside the noun phrase.
  const words = content
    .replace(/\b(who|whom|whose|which)\b.*$/isu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''));
  const determiner = (w: string | undefined) => /^(the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|all)$/iu.test(w ?? '');
  return words.some(
    (w, n) =>
      (isFiniteVerb(w) && !determiner(words[n - 1])) ||
      (w.toLowerCase() === 'to' && n > 0 && /^\p{Ll}+$/u.test(words[n + 1] ?? '') && !/^(the|a|an|his|her|their|its|be)$/u.test(words[n + 1]!)),
  );
}

/** "the strikes targeted weapons depots": a subject, then a past form the lexicon does not list as a verb. */
function subjectAndPastVerb(content: string): boolean {
  const words = content.split(/\s+/u).slice(0, 7);
  if (!/^(the|a|an|his|her|its|their|our|this|these|those|\p{Lu}\S*)$/u.test(words[0] ?? '')) return false;
  return words.some(
    (w, n) =>
      n > 0 &&
      /^\p{Ll}{3,}ed$/u.test(w) &&
      /^[\p{L}’']+$/u.test(words[n - 1]!) &&
      !/^(the|a|an|to|of|in|on|at|by|for|with|and|or|be|been|being)$/iu.test(words[n - 1]!),
  );
}

const lastWord = (phrase: string) => phrase.split(/\s+/u).pop()!.toLowerCase();

/** ", saying …", "by saying …" and "to accuse …" have no subject of their own. */
function participleOrInfinitive(tokens: Token[], i: number): boolean {
  let p = i - 1;
  while (/^[”"’']$/u.test(tokens[p]?.text ?? '')) p--; // ‘…,” adding that …’
  const prev = tokens[p]?.text.toLowerCase();
  // "began by saying", "after telling reporters", "was quoted as saying": a gerund after a preposition
  // has the sentence's subject.
  return (
    ((prev === ',' || /^(by|after|before|while|when|in|upon|for|since|as|despite)$/u.test(prev ?? '')) && /ing$/u.test(tokens[i]!.text)) ||
    (prev === 'to' && i > 1 && /^\p{L}/u.test(tokens[i - 2]!.text))
  );
}

/** "IRNA quoted a senior official as saying …", "The agency cited Ann Holt as saying …": the
 *  one quoted speaks, not the subject. */
function quotedAsSaying(text: string, tokens: Token[], i: number, speakers: SpeakerFinder): SpeakerSurface | null {
  if (!/ing$/u.test(tokens[i]!.text) || tokens[i - 1]?.text.toLowerCase() !== 'as') return null;
  const back = Math.max(0, i - 10);
  const verb = tokens.slice(back, i - 2).findLastIndex((t) => /^(quoted|quotes|quote|quoting|cited|cites|citing)$/iu.test(t.text));
  if (verb < 0) return null;
  const from = tokens[back + verb + 1]!;
  // "X was quoted by SPA as saying": in the passive the subject speaks.
  if (/^by$/iu.test(from.text)) return null;
  const who = speakers.phraseEndingAt(tokens, i - 2, true);
  if (who && who.start >= from.start) return who;
  // A name the recogniser did not take ("quoted Sisi as saying") is still the one quoted.
  const words = tokens.filter((t) => t.start >= from.start && t.end <= tokens[i - 2]!.end);
  if (!words.every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text))) return null;
  const end = tokens[i - 2]!.end;
  return { start: from.start, end, text: text.slice(from.start, end), kind: 'NAME', entityId: null };
}

/** "cited Ann Holt as saying …": the citing verb leaves the content to the participle. */
const citesAsSaying = (tokens: Token[], i: number): boolean =>
  tokens.slice(i + 2, i + 10).some((t, n, rest) => t.text.toLowerCase() === 'as' && /ing$/u.test(rest[n + 1]?.text ?? '') && !!cueLemma(rest[n + 1]!.text));

function accordingTo(text: string, sentence: Sentence, tokens: Token[], i: number, speakers: SpeakerFinder, opening: boolean): QuoteDraft | null {
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end, text: text.slice(tokens[i]!.start, tokens[i + 1]!.end) };
  let k = i + 2;
  while (k < tokens.length && !/^[,.;:]$/u.test(tokens[k]!.text)) k++;
  // "according to a draft seen by AFP", "documents obtained by Reuters": who saw the document is not
  // its source, nor whom it went to ("a memo sent to staff"), nor where it came out ("a study
  // published Monday in the journal Pediatrics").
  const placed = (rest: Token[], n: number) => {
    let m = n + 1;
    while (isCalendarWord(rest[m]?.text ?? '')) m++;
    return /^(to|in|on)$/iu.test(rest[m]?.text ?? '') && tagsOf(rest[n]!.text).includes('PastTense');
  };
  const seen = tokens
    .slice(i + 2, k)
    .findIndex((t, n, rest) => n > 0 && ((SEEN_BY.test(t.text) && /^(by|to)$/iu.test(rest[n + 1]?.text ?? '')) || placed(rest, n)));
  const end = seen > 0 ? i + 2 + seen : k;
  // The source is read as a subject before a cue is: "the head of the agency", "a person familiar
  // with the matter", "analysts at the bank" (the bank speaks), not the noun phrase ending it.
  const source = speakers.before(tokens, end, true);
  const speaker = source && source !== 'CONJOINED' && source.start > tokens[i + 1]!.start ? source : speakers.phraseEndingAt(tokens, end - 1, true);
  if (!speaker) return null;
  if (opening) {
    // "According to Ann Roe, an economist at the bank, sales will fall": her role is not what she said.
    const from = roleAppositionEnd(text, speaker.end) ?? tokens[k]?.end ?? sentence.end;
    const content = trimmed(text, Math.min(from, sentence.end), sentence.end);
    return content ? draft(content, cue, speaker, false, sentence) : null;
  }
  const content = trimmed(text, sentence.start, tokens[i]!.start);
  if (!content) return null;
  // "The talks, according to X, will resume", "Sales rose, according to X, and profits doubled":
  // set off by commas, the source interrupts what it reports.
  const rest = tokens[i - 1]?.text === ',' && tokens[k]?.text === ',' ? trimmed(text, tokens[k]!.end, sentence.end) : null;
  if (!rest || !continuesReport(tokens, k + 1, rest.text)) return draft(content, cue, speaker, false, sentence);
  const q = draft({ start: content.start, end: rest.end, text: text.slice(content.start, rest.end) }, cue, speaker, false, sentence);
  addGap(text, q, { start: tokens[i - 1]!.start, end: tokens[k]!.end });
  return q;
}

/** How a reporter came by a document: "seen by", "obtained by", "leaked to". */
const SEEN_BY = /^(seen|obtained|reviewed|viewed|acquired|examined|leaked|provided|shown)$/iu;

/** After an attribution set off by commas, the rest of what it reports: the predicate ("will
 *  resume next week") or a clause joined by "and"/"but" with no speech verb of its own. */
function continuesReport(tokens: Token[], k: number, rest: string): boolean {
  const first = tokens[k]?.text ?? '';
  if (isFiniteVerb(first)) return true;
  return /^(and|but)$/iu.test(first) && isClause(rest.replace(/^\S+\s+/u, '')) && !tokens.slice(k + 1).some((t) => cueLemma(t.text) || evidenceLemma(t.text));
}
