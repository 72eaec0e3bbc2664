// Who issued the message a participle cue hangs from ("The ministry issued a statement saying …"):
// the document speaks for its issuer.
import { clauseSubject } from './clause-subjects.js';
import { SPEECH_NOUNS } from './cues.js';
import { isAdverb, isAuxiliary, isCalendarWord, isFunctionWord } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { ARTICLES, DETERMINERS, ISSUED_DOCUMENTS, ISSUING, ISSUING_FORMS, NUMBER_WORD } from './speaker-words.js';
import type { Token } from './tokens.js';

/** Things put out that speak besides the speech nouns: "a letter", "a video", "a petition". */
const DOCUMENTS = new Set([...ISSUED_DOCUMENTS, ...'video ad paper document brief petition article website webpage'.split(' ')]);

/** Words dating a document after its noun: "Wednesday", "Thursday night", "this week". */
const PART_OF_DAY = /^(morning|afternoon|evening|night|today|yesterday|tonight)$/iu;
const SPAN_OF_TIME = /^(week|weekend|month|year)$/iu;

/** The document noun of a phrase, past the time it came out ("a statement Thursday night", "a
 *  petition this week"): that time is no part of the document. */
function documentNoun(phrase: SpeakerSurface): string {
  const words = phrase.text.split(/\s+/u);
  let n = words.length;
  while (n > 1) {
    const word = words[n - 1]!;
    if (isCalendarWord(word) || PART_OF_DAY.test(word)) n--;
    else if (n > 2 && SPAN_OF_TIME.test(word) && /^(this|last|next)$/iu.test(words[n - 2]!)) n -= 2;
    else break;
  }
  return words[n - 1]!.toLowerCase().replace(/s$/u, '');
}

/** An issuing verb right before the document, in any form ("is releasing an ad"); inside the phrase
 *  only a past form is one ("a Tom Pike tweet" has a noun where "posted" would be the verb). */
const issuing = (word: string) => ISSUING.test(word) || ISSUING_FORMS.test(word);

/** Whether the word at `n` is an issuing verb in lower case after no determiner ("filed", not "a signed letter"). */
function issuingVerbAt(tokens: Token[], n: number): boolean {
  const word = tokens[n]!.text;
  return /^\p{Ll}/u.test(word) && ISSUING.test(word) && !DETERMINERS.has(tokens[n - 1]?.text.toLowerCase() ?? '');
}

/** Who issued the message a participle cue hangs from: the subject of "The ministry issued a
 *  statement saying …", "Trump posted a series of tweets saying …". */
export function issuerOf(names: NameIndex, tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
  const noun = documentNoun(phrase);
  if (!SPEECH_NOUNS.has(noun) && !DOCUMENTS.has(noun)) return issuerPastRecipient(names, tokens, phrase);
  let k = names.indexAt(tokens, phrase.start);
  // ("filed a $40 million lawsuit": the amount is part of the document.)
  while (k > 0 && /^[$€£¥]$/u.test(tokens[k - 1]!.text)) k--;
  // ("The ferry users have launched petitions calling …", "lawyers for the pier's owner filed legal
  // papers opposing …": a phrase taken with the issuing verb, or its subject too, in front: the
  // document follows the verb; "a signed letter" has no verb in it.)
  for (let n = k; n < tokens.length && tokens[n]!.end <= phrase.end; n++) if (issuingVerbAt(tokens, n)) k = n + 1;
  // "a series of tweets", "a string of posts".
  if (tokens[k - 1]?.text === 'of' && /^(series|string|pair|flurry|barrage|couple|number)$/iu.test(tokens[k - 2]?.text ?? '')) k -= 2;
  while (k > 0 && ARTICLES.has(tokens[k - 1]!.text.toLowerCase())) k--;
  // ("put out a statement", "sent out a letter", "fired back a response".)
  if (/^(out|back)$/iu.test(tokens[k - 1]?.text ?? '')) k--;
  if (!issuing(tokens[k - 1]?.text ?? '')) return null;
  // ("The ministry has issued", "Ferry users have now launched": the subject stands before the auxiliary.)
  let end = k - 1;
  while (end > 1 && (isAuxiliary(tokens[end - 1]!.text) || isAdverb(tokens[end - 1]!.text))) end--;
  const before = tokens.slice(0, end);
  const subject = (words: Token[]) => clauseSubject(names, words) ?? issuingPhrase(names, words);
  // ("The harbour trust in Korvena issued …": the subject is the phrase before where it stands.)
  const place = before.length - 2;
  const placed = /^(in|at)$/u.test(before[place]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(before.at(-1)!.text);
  return subject(before) ?? (placed ? subject(before.slice(0, place)) : null);
}

/** "Her campaign sent a text message to supporters saying …", "He sent a memo to the council
 *  explaining …", "He sent a memo to the Velmora Herald in April explaining …": the phrase or the
 *  name before the cue is whom the document went to; the document before "to" speaks for its
 *  issuer. Nothing when no document stands there. */
export function issuerPastRecipient(names: NameIndex, tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
  // ("sent a memo to the Velmora Herald": an article before the name of whom it went to.)
  let to = names.indexAt(tokens, phrase.start) - 1;
  if (phrase.kind === 'NAME' && ARTICLES.has(tokens[to]?.text.toLowerCase() ?? '')) to--;
  if (!/^(to|for)$/u.test(tokens[to]?.text ?? '') || to < 1) return null;
  const noun = tokens[to - 1]!.text.toLowerCase().replace(/s$/u, '');
  if (!SPEECH_NOUNS.has(noun) && !DOCUMENTS.has(noun)) return null;
  // The words modifying the document ("a text message", "a two-page memo"), up to its determiner.
  let first = to - 1;
  while (
    first > to - 4 &&
    /^[\p{Ll}\d][\p{L}\d’'-]*$/u.test(tokens[first - 1]?.text ?? '') &&
    !isFunctionWord(tokens[first - 1]!.text) &&
    !issuing(tokens[first - 1]!.text)
  )
    first--;
  return issuerOf(names, tokens, names.surface(tokens[first]!.start, tokens[to - 1]!.end, 'NOMINAL', null));
}

/** "The town released a statement saying …": whoever issues a document speaks in it, whatever noun
 *  names them, when a determiner or a number and words with no function word open the sentence up to
 *  the issuing verb. */
function issuingPhrase(names: NameIndex, tokens: Token[]): SpeakerSurface | null {
  const first = tokens[0]?.text.toLowerCase() ?? '';
  if (tokens.length < 2 || tokens.length > 5 || !(DETERMINERS.has(first) || NUMBER_WORD.test(first))) return null;
  if (!tokens.slice(1).every((t) => /^[\p{L}’'-]+$/u.test(t.text) && !isFunctionWord(t.text))) return null;
  return names.surface(tokens[0]!.start, tokens.at(-1)!.end, 'NOMINAL', null);
}
