// Who speaks for a cue of reported speech: the subject before it, the possessor of a speech noun
// ("Iran's announcement that …"), the one quoted "as saying", or, for a participle or a second verb
// ("…, saying", "… and stressed"), the speaker the sentence already has (shared-speakers.ts). Whether
// the cue is surely a verb: verb-certainty.ts; evidence verbs: evidence-speakers.ts; "quoted X as
// saying": quoted-as-saying.ts.
import { stanceCopulaAt } from './stance-adjectives.js';
import { cueLemma, evidenceLemma } from './cues.js';
import { attributiveParticiple, embeddedSubject } from './cue-guards.js';
import { modifierParticiple } from './modifier-cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isAdverb } from './lexicon.js';
import { dashAt } from './cue-asides.js';
import { isPollShare } from './poll-shares.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { lastWord } from './speaker-words.js';
import { namesPeople } from './phrase-heads.js';
import { possessorAt } from './speech-nouns.js';
import { passiveQuotedBefore } from './words-between.js';
import { isClosingQuoteMark } from './quote-mark-tokens.js';
import type { Token } from './tokens.js';
import { verbCertainty } from './verb-certainty.js';
import { documentSubject, evidenceSpeaker } from './evidence-speakers.js';
import { sharedSpeaker } from './shared-speakers.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { controllingObject } from './controlled-infinitives.js';

/** A cue's speaker; `conjoined`: shared with what the sentence said before ("… and stressed"). */
export interface CueSpeaker {
  speaker: SpeakerSurface | null;
  conjoined: boolean;
}

/** What a message is issued in: "in a statement posted on its website", "in a message tweeted on Monday". */
const ISSUED_IN = /^(statement|statements|message|messages|post|posts|tweet|tweets|letter|note|video|communique|communiqué|release|notice|bulletin)$/u;

/** Who speaks for `cue`, given the quotes found before it in the sentence; null when the cue
 *  reports no one's speech (with speaker null, the speaker may stand after the cue). */
export function cueSpeaker(s: ReportSentence, cue: ReportingCue, earlier: QuoteDraft[]): CueSpeaker | null {
  const { text, tokens, speakers } = s;
  const { at: i, possessed } = cue;
  const t = tokens[i]!;
  const { certain, thatFollows } = verbCertainty(tokens, cue);
  // "Patriot failed as predicted", "as promised": a past form right after "as" has no speaker ("as
  // reported by Reuters" has one).
  if (/^as$/iu.test(tokens[i - 1]?.text ?? '') && /ed$/u.test(t.text) && !/^by$/iu.test(tokens[i + 1]?.text ?? '')) return null;
  // "after Iran's announcement that …": the possessor of a speech noun speaks.
  const possessor = possessed ? possessorAt(text, tokens, possessed.mark, speakers) : undefined;
  if (possessor === null) return null;
  const direct = possessor ?? subjectOfVerb(s, cue, certain);
  const onPhrase = actOnPhrase(tokens, t, direct);
  if (onPhrase && !thatFollows) return null;
  const found = onPhrase ? 'CONJOINED' : (quotedAsSaying(text, tokens, i, speakers) ?? direct);
  const speaker = found === 'CONJOINED' ? sharedSpeaker(s, i, earlier) : found;
  const own = found !== 'CONJOINED' && speaker;
  if (own && evidenceLemma(t.text) && !thatFollows && !documentSubject(text, own)) return evidenceSpeaker(tokens, i, own, speakers);
  if (evidenceLemma(t.text) && !own) return null;
  if (own && reportsNothing(tokens, own)) return null;
  return { speaker, conjoined: found === 'CONJOINED' };
}

/** The subject of the cue's verb (or of the copula or light verb it goes with): a pronoun before a
 *  gerund, the speaker the sentence has for a participle or an infinitive, else the speaker before. */
function subjectOfVerb({ tokens, speakers }: ReportSentence, cue: ReportingCue, certain: boolean): SpeakerSurface | 'CONJOINED' | null {
  const { at: i, light } = cue;
  // ("has been critical of": the holder stands before the copula.)
  const verb = light?.verb ?? stanceCopulaAt(tokens, i) ?? i;
  // "includes her pleading with officers": a pronoun before a gerund is its subject.
  const gerundSubject = /ing$/u.test(tokens[verb]!.text) && /^(her|his|their|him|them)$/iu.test(tokens[verb - 1]?.text ?? '');
  if (gerundSubject) return speakers.surface(tokens[verb - 1]!.start, tokens[verb - 1]!.end, 'PRONOUN', null);
  // ("The vote led her to declare …": a control verb's object is the infinitive's subject.)
  if (participleOrInfinitive(tokens, verb)) return controllingObject(speakers, tokens, verb) ?? 'CONJOINED';
  return speakers.before(tokens, verb, certain || !!light);
}

/** "she said at a news conference announcing that …", "In a statement announcing the pick, X …":
 *  a participle on a noun inside a phrase is the act of the sentence's subject, and reports only a
 *  clause; "in a statement posted on its website": a past participle there says how it was issued. */
function actOnPhrase(tokens: Token[], t: Token, direct: SpeakerSurface | 'CONJOINED' | null): boolean {
  if (!direct || direct === 'CONJOINED' || direct.kind !== 'NOMINAL') return false;
  const preposition = tokens[tokens.findIndex((x) => x.start === direct.start) - 1]?.text.toLowerCase() ?? '';
  return (
    (/ing$/u.test(t.text) || (/ed$/u.test(t.text) && ISSUED_IN.test(lastWord(direct)))) &&
    PREPOSITIONS.has(preposition) &&
    // "Stocks fell, with analysts saying …": after "with", people are the participle's own subject.
    !(preposition === 'with' && (namesPeople(lastWord(direct)) || isPollShare(direct.text)))
  );
}

/** A subject that reports nothing with this cue: one embedded in another clause ("the guides I
 *  wrote"), a negated one ("Nobody said it would be cheap", "Neither candidate said …"), or one
 *  holding a past speech verb whose object the cue is ("Ann Holt dismissed claims that …"; not a
 *  participle qualifying the noun after a determiner: "An informed source said", "the alleged victim"). */
function reportsNothing(tokens: Token[], subject: SpeakerSurface): boolean {
  if (embeddedSubject(tokens, subject.start)) return true;
  if (/^(nobody|no one|no-one|none|neither)\b/iu.test(subject.text)) return true;
  return (
    subject.kind === 'NOMINAL' &&
    tokens.some(
      (x, n) =>
        x.start > subject.start &&
        x.end <= subject.end &&
        /^\p{Ll}+(ed|said|told|wrote)$/u.test(x.text) &&
        cueLemma(x.text) &&
        !attributiveParticiple(tokens, n) &&
        !modifierParticiple(tokens, n),
    )
  );
}

/** Verbs whose object is a gerund with their own subject: "kept saying", "could not resist pointing out". */
const GERUND_TAKING =
  /^(keep|keeps|kept|start|starts|started|begin|begins|began|begun|resist|resists|resisted|avoid|avoids|avoided|continue|continues|continued|stop|stops|stopped)$/u;

/** Prepositions and conjunctions before a gerund with the sentence's subject: "by saying", "after telling". */
const GERUND_PREPOSITION = /^(by|after|before|while|when|in|upon|for|since|as|despite)$/u;

/** "stopped short of saying …", "made a point of praising …", "has a habit of calling …": "of" after an
 *  act of the subject's own, whose gerund is that subject's speech (not "accused Holt of saying …"). */
function actOfGerund(tokens: Token[], of: number): boolean {
  if (tokens[of]?.text !== 'of') return false;
  const head = tokens[of - 1]?.text.toLowerCase() ?? '';
  const verb = tokens[of - (head === 'short' ? 2 : 3)]?.text.toLowerCase() ?? '';
  if (head === 'short') return /^(stop|stops|stopped|stopping|fall|falls|fell|falling|come|comes|came|coming)$/u.test(verb);
  return /^(point|habit)$/u.test(head) && tokens[of - 2]?.text === 'a' && /^(make|makes|made|making|has|had|have|having)$/u.test(verb);
}

/** Adverbs that may stand before a participle or a gerund: ", even suggesting …", "while also saying …". */
const PLAIN_ADVERB = /^(even|also|again|then|later|once|repeatedly|still|now|only|instead|often)$/iu;

/** ", saying …", "by saying …", "kept saying …" and "to accuse …" have no subject of their own. */
function participleOrInfinitive(tokens: Token[], i: number): boolean {
  let p = i - 1;
  while (isClosingQuoteMark(tokens[p]?.text ?? '')) p--; // ‘…,” adding that …’
  // ", even suggesting …", ", eventually saying …", ", falsely claiming …": past an adverb after the comma.
  const adverb = tokens[p]?.text ?? '';
  if ((PLAIN_ADVERB.test(adverb) || (/^\p{Ll}/u.test(adverb) && isAdverb(adverb))) && (tokens[p - 1]?.text === ',' || dashAt(tokens, p - 1))) p--;
  // "responded by first saying …", "after first telling …": past "first" after the preposition.
  if (tokens[p]?.text === 'first' && GERUND_PREPOSITION.test(tokens[p - 1]?.text ?? '')) p--;
  // ("after accidentally tweeting", "by repeatedly saying", "while also saying": past an adverb in -ly,
  // or one of the plain adverbs, after the preposition.)
  const afterPreposition = tokens[p]?.text ?? '';
  const adverbAfter = PLAIN_ADVERB.test(afterPreposition) || (/^\p{Ll}+ly$/u.test(afterPreposition) && isAdverb(afterPreposition));
  if (adverbAfter && GERUND_PREPOSITION.test(tokens[p - 1]?.text ?? '')) p--;
  const prev = tokens[p]?.text.toLowerCase();
  // "began by saying", "after telling reporters", "was quoted as saying": a gerund after a preposition
  // has the sentence's subject.
  // ("X was quoted as saying": X, the passive's subject, speaks.)
  if (passiveQuotedBefore(tokens, p) >= 0) return false;
  // ("Holt left early – saying the vote was rigged": a dash sets the participle off as a comma does.)
  return (
    ((prev === ',' || dashAt(tokens, p) || GERUND_PREPOSITION.test(prev ?? '') || GERUND_TAKING.test(prev ?? '') || actOfGerund(tokens, p)) &&
      /ing$/u.test(tokens[i]!.text)) ||
    (prev === 'to' && i > 1 && /^\p{L}/u.test(tokens[i - 2]!.text))
  );
}
