// Direct speech: a quoted passage attributed after ("…,” he said), before ("X said: “…”"), by a
// trailing "— Name", by the paragraph before ("Karl Weber said:"), or continuing the last speaker;
// and passages later in a paragraph that go on with the quote before them.
import { isClause } from './clauses.js';
import { onlyVenueAfter, PREPOSITIONS } from './speech-venues.js';
import { isFiniteVerb } from './lexicon.js';
import { isTitleWord } from './phrase-heads.js';
import { cueLemma, NAMING_VERBS, quotationCueLemma, SPEECH_NOUNS } from './cues.js';
import { PERSON_TITLES } from './entities/vocabulary.js';
import { addGap, trimmed, type QuoteDraft } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import type { SpeakerSurface } from './name-index.js';
import { nounPhraseEnd, PRONOUNS } from './speaker-words.js';
import { nationalityNoun } from './speaker-phrases.js';
import { possessorAt } from './speech-nouns.js';
import { roleOf } from './roles.js';
import type { SpeakerFinder } from './speakers.js';
import { firstStartingAtOrAfter, lastEndingBy, spanAt, SpanSet } from './span-index.js';
import { NO_COMMENT } from './continuation.js';
import { tokenize, type Token } from './tokens.js';
import type { Block, Layout, TextSpan } from './types.js';

/** A quoted passage, attributed after ("…,” he said), before ("X said: “…”"), by "— Name", or by context. */
export function directSpeech(
  text: string,
  layout: Layout,
  p: QuotedPassage,
  next: QuotedPassage | undefined,
  speakers: SpeakerFinder,
  reportsSpeech: (sentence: number) => boolean = () => false,
): QuoteDraft | null {
  const block = layout.blocks[p.lastBlock]!;
  const sentence = spanAt(layout.sentences, p.start) ?? layout.sentences[firstStartingAtOrAfter(layout.sentences, p.start)];
  if (!sentence) return null;
  const content = { start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) };
  if (titleInOpeningPhrase(text, sentence.start, content)) return null;
  const make = (speaker: SpeakerSurface | null, cue: TextSpan | null, continues = false, end = content.end, start = content.start): QuoteDraft => ({
    start,
    end,
    text: text.slice(start, end),
    kind: start < content.start ? 'MIXED' : 'DIRECT',
    cue,
    speaker,
    conjoined: false,
    continues,
    quoted: [{ ...content }],
    sentence: sentence.index,
  });

  // After: “…,” he said / said X / X, a spokesman, said / — Name
  const sentenceEnd = (spanAt(layout.sentences, p.end - 1) ?? spanAt(layout.sentences, p.end))?.end ?? block.end;
  const tail = tokenize(text, p.end, Math.max(Math.min(block.end, sentenceEnd), Math.min(block.end, p.end + 40)));
  const k = /^[,.!?]$/u.test(tail[0]?.text ?? '') ? 1 : 0;
  if (/^[—–―‒-]$/u.test(tail[k]?.text ?? '')) {
    const who = speakers.phraseEndingAt(tail, k + 1) ?? null;
    if (who?.kind === 'NAME') return make(who, null);
  }
  for (let j = k; j < Math.min(tail.length, k + 32); j++) {
    // "Rep. Jane Doe (D-Md.) said": a short aside in brackets, with its abbreviation periods, ends nothing.
    if (tail[j]!.text === '(') {
      const close = tail.slice(j + 1, j + 8).findIndex((t) => t.text === ')');
      if (close >= 0) {
        j += close + 1;
        continue;
      }
    }
    const titlePeriod = tail[j]!.text === '.' && PERSON_TITLES.has(tail[j - 1]?.text.toLowerCase() ?? '');
    if (/^[.!?“"«]$/u.test(tail[j]!.text) && !titlePeriod) break;
    // "a nurse, who asked not to be named, told Reuters": the relative clause's verb is not the cue.
    if (!quotationCueLemma(tail[j]!.text) || /^(who|which)$/iu.test(tail[j - 1]?.text ?? '')) continue;
    // “Women in Power,” answering questions …: a participle right after the quotation has no subject after it.
    if (j === k && /ing$/u.test(tail[j]!.text)) break;
    const cue = { start: tail[j]!.start, end: tail[j]!.end, text: tail[j]!.text };
    const who = j > k ? speakers.before(tail, j, true) : speakers.after(tail, j, true);
    // The speaker opens the attribution (“…,” Pruitt, the attorney general, said), after at most a
    // few title words ("panel Chairman Rep. Jason Chaffetz said").
    if (!who || who === 'CONJOINED') break;
    const lead = tail.slice(k, j).filter((t) => t.end <= who.start);
    // “Arrogant,” features a Times report: a word before the speaker that is no title or article
    // opens a clause of its own.
    // “…,” as Eric Garner said: "as" may open the attribution.
    const as = lead.length === 1 && /^as$/iu.test(lead[0]!.text);
    if (j > k && !as && (lead.length > 4 || lead.some((t) => /^[,;:]$/u.test(t.text) || isNarrationWord(t.text)))) break;
    // Without a comma after the quotation (“Keepin’ It Real” radio program who said …), only a
    // name or pronoun right after it can be its speaker.
    if (k === 0 && !/[,.!?…]$/u.test(content.text.trimEnd()) && (lead.length > 0 || who.kind === 'NOMINAL')) break;
    // “… Our Time.” She sang …: after a full stop a capitalised pronoun opens a new sentence.
    if (/[.!?]$/u.test(content.text.trimEnd()) && j > k && /^(He|She|They|We|I|It)$/u.test(tail[k]!.text)) break;
    // “… policy.” The network said it would …: after a full stop, a cue with content of its own starts a new sentence.
    if (/\.$/u.test(content.text.trimEnd()) && j > k && tail[j + 1] && isClause(text.slice(tail[j + 1]!.start, tail[tail.length - 1]!.end))) break;
    // “A,” he said, “B.”: one quote spanning the interruption; “A,” he said, adding, “B.” is two.
    const interruption = next ? text.slice(tail[j]!.end, next.start) : '';
    const resumes =
      next &&
      next.lastBlock === p.lastBlock &&
      interruption.trim().length <= 40 &&
      /[,:]\s*$/u.test(interruption) &&
      !tokenize(interruption).some((t, n, all) => cueLemma(t.text) && !isNounAt(all, n));
    // “…,” as X said: the quotation alone is X's; the narration before it is not.
    const q = make(who, cue, false, resumes ? next.inner.end : content.end, (as ? null : reportedLead(text, sentence.start, p.start)) ?? content.start);
    if (resumes) addGap(text, q, { start: content.end, end: next.inner.start });
    return q;
  }
  // Before: X said: “…” (only punctuation or "that" between cue and mark).
  const head = tokenize(text, sentence.start, p.start);
  const last = head.length - 1;
  // "X said: “", "X said of Clinton, “", "X told reporters Friday: “"
  // "which he described as “…”", "dismissed the report as “…”": the words a cue casts something as.
  const castAs = last > 0 && /^as$/iu.test(head[last]!.text) && head.slice(Math.max(0, last - 5), last).some((t) => CASTING_CUES.has(cueLemma(t.text) ?? ''));
  const opensQuote = last < 0 || /^[,:]$/u.test(head[last]!.text) || cueLemma(head[last]!.text) || head[last]!.text.toLowerCase() === 'that' || castAs;
  // "According to Limbaugh, “…”"
  const according = head.findIndex((t, n) => t.text.toLowerCase() === 'according' && head[n + 1]?.text.toLowerCase() === 'to');
  if (according >= 0 && head[last]?.text === ',' && last - according <= 8) {
    const who = speakers.phraseEndingAt(head, last - 1, true);
    if (who)
      return make(who, { start: head[according]!.start, end: head[according + 1]!.end, text: text.slice(head[according]!.start, head[according + 1]!.end) });
  }
  for (let j = last; opensQuote && j >= Math.max(0, last - 12); j--) {
    // "wrote on X, formerly known as Twitter:": past six words, only where it was said may follow the cue, before a colon.
    if (last - j > 6 && (head[last]!.text !== ':' || head.slice(j + 1, last).some((t) => isFiniteVerb(t.text) || /^[“”"«»;]$/u.test(t.text)))) break;
    if (!quotationCueLemma(head[j]!.text, head[j + 1]?.text) || isNounAt(head, j)) continue;
    // "a box labeled “medical problem”": a naming verb right before the quotation names a thing;
    // "which Tim Cook called ''total political crap''" has a speaker.
    if (j === last && NAMING_VERBS.has(cueLemma(head[j]!.text)!) && /ed$/u.test(head[j]!.text) && !PRONOUNS.has(head[j - 1]?.text.toLowerCase() ?? '')) {
      const namer = speakers.before(head, j, true);
      if (!namer || namer === 'CONJOINED' || namer.kind !== 'NAME') break;
    }
    // "…, saying, “…”": a participle takes the sentence's subject, or the speaker of the cue before.
    const found = participle(head, j) ? speakers.ofEarlierCue(head, j) : speakers.before(head, j, true);
    // "Said Ellis: “…”" puts the speaker after the cue.
    const who = found && found !== 'CONJOINED' ? found : (speakers.subject(head) ?? speakers.after(head, j, true));
    if (!who) continue;
    const cue = { start: head[j]!.start, end: head[j]!.end, text: head[j]!.text };
    // "Washington, she says, “has forgotten about us.”": the subject before an attribution set off by
    // commas is said too, when the quotation goes on with its predicate ("The plan, Holt told
    // reporters on Monday, “is …”": a listener or a time may follow the cue).
    const comma = head.findIndex((t) => t.text === ',');
    const closing = head.findIndex((t, n) => n > j && t.text === ',');
    const setOff = comma > 0 && closing === last && (j === last - 1 || onlyVenueAfter(head, j + 1)) && head[comma + 1]?.start === who.start;
    if (setOff && /^\p{Ll}/u.test(content.text) && !head.slice(0, comma).some((t) => isFiniteVerb(t.text) || /^[“”"«»:;]$/u.test(t.text))) {
      const mixed = make(who, cue, false, content.end, head[0]!.start);
      addGap(text, mixed, { start: head[comma]!.start, end: content.start });
      return mixed;
    }
    return make(who, cue);
  }
  // "Obama is rolling out a new message: “…”": a speech noun before the colon, the subject speaks.
  const noun = colonAfterSpeechNoun(head);
  if (noun) {
    const who = speakers.subject(head);
    if (who) return make(who, noun);
  }
  // "Her message to the council was blunt: “…”", "His answer: “…”", "In her words: “…”": the owner
  // of the speech noun speaks.
  const owned = ownedSpeechNounBeforeColon(head);
  if (owned) {
    const who = possessorAt(text, head, owned.mark, speakers);
    if (who) return make(who, owned.noun);
  }
  // "Karl Weber said:" or "Sanders made the following comment:" closing the paragraph before
  // introduces the quotation.
  const previous = layout.blocks[p.firstBlock - 1];
  if (p.start === layout.blocks[p.firstBlock]!.start && previous?.role === 'BODY' && previous.text.endsWith(':')) {
    const intro = introduction(text, previous, speakers);
    if (intro) return make(intro.who, intro.cue);
  }
  // A paragraph that is only a quotation continues the speaker before it, unless it is a section
  // heading set in quote marks (“All Bets Are Off.”).
  const firstBlock = layout.blocks[p.firstBlock]!;
  if (p.start === firstBlock.start && text.slice(p.end, block.end).trim().length <= 1)
    return isHeading(text.slice(p.inner.start, p.inner.end)) ? null : make(null, null, true);
  // "Asked what he will miss, he shrugs. “The quiet, maybe.”": a quotation closing the paragraph
  // right after a sentence about a person is that person's.
  if (last < 0 && text.slice(p.end, block.end).trim().length <= 1) {
    const before = layout.sentences[sentence.index - 1];
    // A quotation earlier in the paragraph may run on into this one (“…” He paused. “…”).
    if (before && before.start >= firstBlock.start && !/[“”"«»]/u.test(text.slice(firstBlock.start, before.start))) {
      const who = !reportsSpeech(before.index) && !NO_COMMENT.test(before.text) ? actingPerson(tokenize(text, before.start, before.end), speakers) : null;
      if (who) return make(who, null);
    }
  }
  return null;
}

/** A short line in title case: "All Bets Are Off.", "Legend in the Coal Fields." */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // Title case leaves short function words in lower case ("Legend in the Coal Fields").
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 2 && !/^(the|and|for|but|nor|yet|from|with|into|over)$/u.test(w));
  return words.length <= 8 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Who a paragraph ending in "Karl Weber said:" or "Sanders made the following comment:" introduces
 *  as the speaker of the next one, and the cue. */
function introduction(text: string, paragraph: Block, speakers: SpeakerFinder): { who: SpeakerSurface; cue: TextSpan } | null {
  if (!paragraph.text.endsWith(':')) return null;
  const intro = tokenize(text, paragraph.start, paragraph.end);
  const cueAt = intro.length - 2;
  if (cueAt >= 0 && quotationCueLemma(intro[cueAt]!.text) && !isNounAt(intro, cueAt)) {
    const who = speakers.before(intro, cueAt, true);
    if (who && who !== 'CONJOINED') return { who, cue: { start: intro[cueAt]!.start, end: intro[cueAt]!.end, text: intro[cueAt]!.text } };
  }
  const cue = colonAfterSpeechNoun(intro);
  const who = cue && speakers.subject(intro);
  return who ? { who, cue } : null;
}

/** A paragraph without quote marks that "Karl Weber added:" introduces is his words, set as a block
 *  quotation. */
export function introducedBlock(text: string, layout: Layout, block: Block, speakers: SpeakerFinder): QuoteDraft | null {
  const previous = layout.blocks[block.index - 1];
  if (block.role !== 'BODY' || previous?.role !== 'BODY') return null;
  // Quote marks are the passages' to find; a short line or another introduction is no block quotation.
  const words = block.text.trim();
  if (/^[“”"‘’'«»„‹›]/u.test(words) || words.endsWith(':') || words.split(/\s+/u).length < 4) return null;
  const intro = introduction(text, previous, speakers);
  const sentence = spanAt(layout.sentences, block.start) ?? layout.sentences[firstStartingAtOrAfter(layout.sentences, block.start)];
  if (!intro || !sentence) return null;
  const start = block.start + (block.text.length - block.text.trimStart().length);
  const content = { start, end: start + words.length, text: words };
  return {
    ...content,
    kind: 'DIRECT',
    cue: intro.cue,
    speaker: intro.who,
    conjoined: false,
    continues: false,
    quoted: [{ ...content }],
    sentence: sentence.index,
  };
}

/** Cues that cast what they talk of as something: "described it as", "dismissed the claims as". */
const CASTING_CUES = new Set([
  'describe',
  'dismiss',
  'brand',
  'label',
  'denounce',
  'condemn',
  'hail',
  'slam',
  'blast',
  'criticize',
  'criticise',
  'praise',
  'reject',
]);

/** A lower-case word that is neither an article nor a title word ("features", not "panel chairman"). */
const isNarrationWord = (word: string) => /^\p{Ll}/u.test(word) && !/^(a|an|the)$/u.test(word) && !isTitleWord(word);

/** The person a sentence of narration is about: a name or "he"/"she" opening one of its clauses. */
function actingPerson(tokens: Token[], speakers: SpeakerFinder): SpeakerSurface | null {
  // A sentence that quotes or reports speech itself is an attribution: its quotations go on.
  // ("Asked what he will miss, he shrugs": the opening participle is what he was asked.) A cue with
  // only an object, where no speech was found ("The coach praised his striker."), reports nothing:
  // the quotation says the praise.
  if (tokens.some((t, n) => /^[“”"«»']$/u.test(t.text) || (cueLemma(t.text) && !(n === 0 && /^(Asked|Pressed)$/u.test(t.text)) && reportsAfter(tokens, n))))
    return null;
  const starts = [0, ...tokens.flatMap((t, n) => (t.text === ',' ? [n + 1] : []))];
  for (const k of starts) {
    const clause = tokens.slice(k);
    const who = speakers.subject(clause);
    if (who?.kind === 'PRONOUN' && /^(he|she)$/iu.test(who.text)) return who;
    if (who?.kind === 'NAME' && speakers.isPersonAt(who.start)) return who;
    // "The Argentine smiled.", "The 24-year-old shrugged.": a person named again by a description.
    const described = who ?? speakers.phraseEndingAt(clause, nounPhraseEnd(clause, 0), true);
    if (described?.kind === 'NOMINAL' && describesNamedPerson(described.text)) return described;
  }
  return null;
}

/** Whether the words after the cue at `n` report something: "that", or a clause with its own verb. */
const reportsAfter = (tokens: Token[], n: number): boolean =>
  /^that$/iu.test(tokens[n + 1]?.text ?? '') || tokens.slice(n + 1).some((t) => isFiniteVerb(t.text) || cueLemma(t.text));

/** "the coach", "the Argentine", "the 24-year-old": a definite description of one person. */
function describesNamedPerson(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/u);
  if (words[0] !== 'the' || words.length > 4) return false;
  const head = words[words.length - 1]!;
  return roleOf(head) === head || nationalityNoun(`the ${head}`);
}

/** "On this weekend’s broadcast of “Fox News Sunday,” Pence said …", "In his book, “Make Your Kid a
 *  Millionaire,” he …": a title in capitals inside an opening phrase names where, not what was said. */
function titleInOpeningPhrase(text: string, sentenceStart: number, content: TextSpan): boolean {
  const lead = tokenize(text, sentenceStart, content.start).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  const words = content.text
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const title = words.length > 0 && words.length <= 8 && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
  return title && PREPOSITIONS.has(lead[0]?.text.toLowerCase() ?? '') && !lead.some((t) => isFiniteVerb(t.text));
}

/** "The plan sends a message that taxes ''will rise,'' Kamin said": a quotation that closes a
 *  sentence of narration-free words is part of what the trailing attribution reports. */
function reportedLead(text: string, sentenceStart: number, markStart: number): number | null {
  const lead = tokenize(text, sentenceStart, markStart);
  const words = lead.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3 || lead.some((t) => cueLemma(t.text) || /^[:;“”"«»]$/u.test(t.text))) return null;
  return trimmed(text, sentenceStart, markStart)?.start ?? null;
}

const DETERMINER = /^(the|a|an|this|that|these|those|following|his|her|their|its|our|my|same|new)$/iu;
/** Cue words that are nouns as well: "an earnings call", "a brief comment". */
const CUE_NOUN = /^(call|calls|comment|comments|report|reports|note|notes|claim|claims|remark|remarks|reply|answer|tweet|tweets|post|posts|question)$/iu;

/** "the following comment", "The report had", "told an earnings call": a cue word after a
 *  determiner, or after a determiner and a modifier, is a noun. */
const isNounAt = (tokens: Token[], j: number) =>
  DETERMINER.test(tokens[j - 1]?.text ?? '') ||
  (CUE_NOUN.test(tokens[j]!.text) && DETERMINER.test(tokens[j - 2]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[j - 1]?.text ?? '')) ||
  (j === 0 && /^(report|reports|comment|comments|note|notes|question)$/iu.test(tokens[j]!.text));

/** The speech noun that a closing colon follows closely ("made the following comment:"), or null. */
function colonAfterSpeechNoun(tokens: Token[]): TextSpan | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const noun = tokens
    .slice(-5, -1)
    .reverse()
    .find((t) => SPEECH_NOUNS.has(t.text.toLowerCase()));
  return noun ? { start: noun.start, end: noun.end, text: noun.text } : null;
}

/** A speech noun after a possessive ("her message", "Holt's answer") among the words before a
 *  closing colon, with no verb but a copula between: the noun and the index of the possessive. */
function ownedSpeechNounBeforeColon(tokens: Token[]): { noun: TextSpan; mark: number } | null {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return null;
  for (let n = colon - 1; n > 0 && n >= colon - 8; n--) {
    const w = tokens[n]!.text;
    if (/^[,;“”"«»]$/u.test(w) || (isFiniteVerb(w) && !/^(was|is|were|are)$/iu.test(w))) return null;
    if (!SPEECH_NOUNS.has(w.toLowerCase())) continue;
    const mark = n - 1;
    const owner = tokens[mark]!.text;
    return /^(his|her)$/iu.test(owner) || /^['’]s?$/u.test(owner) ? { noun: { start: tokens[n]!.start, end: tokens[n]!.end, text: w }, mark } : null;
  }
  return null;
}

/** "…, adding (later), “…”": a participle after a comma has no subject of its own. */
const participle = (tokens: Token[], j: number) => /ing$/u.test(tokens[j]!.text) && tokens[j - 1]?.text === ',';

const QUOTED_WORDS = /[“"«]([^”"»]{1,120})[”"»]/u;

/** A quotation that is a sentence of its own, of more than two words, opening right after the
 *  sentence that reports `prev`. */
function quotedSentenceAfter(text: string, layout: Layout, prev: QuoteDraft, p: QuotedPassage): boolean {
  const reportEnd = spanAt(layout.sentences, prev.end - 1)?.end ?? prev.end;
  const words = text.slice(p.inner.start, p.inner.end).trim();
  // Nothing but the report sentence's closing between; no narration after the closing mark (“The Bridge” is a film).
  const follows = /^[\s.!?”"’]*$/u.test(text.slice(reportEnd, p.start)) && /[.!?]["”’]?\s*$/u.test(text.slice(prev.end, p.start));
  const closes = /[.!?…]$/u.test(words) || /^\s*($|[.!?])/u.test(text.slice(p.end, p.end + 2));
  return follows && closes && words.split(/\s+/u).length >= 3;
}

/** Quotation marks later in the same paragraph, with no attribution of their own, go on with the quote before. */
export function mergeContinuations(text: string, layout: Layout, quotes: QuoteDraft[], passages: QuotedPassage[]): QuoteDraft[] {
  const blockOf = (pos: number) => spanAt(layout.blocks, pos)?.index;
  const out: QuoteDraft[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'DIRECT' && q.kind === 'DIRECT' && q.continues && blockOf(prev.start) === blockOf(q.start)) {
      addGap(text, prev, { start: prev.end, end: q.start });
      for (const g of q.gaps ?? []) addGap(text, prev, g);
      prev.end = q.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.quoted.push(...q.quoted);
      continue;
    }
    out.push(q);
  }
  // Unattributed passages after a quote in its paragraph (“…,” X said. “More.”) continue it.
  const taken = new SpanSet(out);
  for (const p of passages) {
    const prev = out[lastEndingBy(out, p.start)];
    if (!prev || taken.some(p.inner, () => true)) continue;
    if (blockOf(prev.start) !== blockOf(p.start)) continue;
    // "X said the plan had failed. “We tried everything.”": a quoted sentence right after reported
    // speech goes on with it, as a piece of its own; the quote now carries quoted words.
    if (prev.kind === 'INDIRECT') {
      if (!quotedSentenceAfter(text, layout, prev, p)) continue;
      prev.kind = 'MIXED';
      // Reported words and quoted ones are two pieces even with only ". “" between them.
      if (!/[\p{L}\p{N}]/u.test(text.slice(prev.end, p.inner.start))) (prev.gaps ??= []).push({ start: prev.end, end: p.inner.start });
    }
    // Quoted words inside narration ("in a box labeled “medical problem,”") continue nothing; a
    // quotation opening a sentence does, however short (“Neither do I.”).
    const gap = text.slice(prev.end, p.start);
    // Quoted words in the narration between (“…” she said, as Trump went on about “how …” and “…”)
    // mean the later words are quoted from someone else; a title between ("on “Fox and Friends.”") does not.
    if (
      QUOTED_WORDS.exec(gap.replace(/^[”"’'»\s]+/u, ''))
        ?.slice(1)
        .some((w) => /\b\p{Ll}{4,}/u.test(w ?? ''))
    )
      continue;
    const opensSentence = /[.!?]\s*$/u.test(gap) || /[.!?][”"’']+\s*$/u.test(text.slice(prev.start, p.start));
    if (!opensSentence && (p.inner.end - p.inner.start < 15 || !/([:;”"’»—–-]|\b(but|and|or|still|yet|then|also))\s*$/iu.test(gap))) continue;
    // One quotation interrupted by its attribution spans the interruption.
    addGap(text, prev, { start: prev.end, end: p.inner.start });
    prev.end = p.inner.end;
    prev.text = text.slice(prev.start, prev.end);
    prev.quoted.push({ start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) });
  }
  return out;
}
