// Stage 3: quotes. Finds speech and its content span: reported speech around a cue ("X said (that)
// ...", "..., X said", "according to X, ..."), quoted passages with the attribution before, after,
// inside or in a trailing "— Name", and quote-only paragraphs that continue the previous speaker.
import type { Entity, Layout, QuoteKind, Sentence, Span, TextSpan } from './types.js';
import { PERSON_TITLES } from './entities/vocabulary.js';
import { BEFORE_THAT, cueLemma, INFINITIVE_VERBS, LISTENER_VERBS } from './cues.js';
import { findQuotedPassages, type QuotedPassage } from './quote-marks.js';
import { SpeakerFinder, type SpeakerSurface } from './speakers.js';
import { tokenize, type Token } from './tokens.js';

export interface QuoteDraft extends TextSpan {
  kind: QuoteKind;
  cue: TextSpan | null;
  /** null with `continues` set: the previous quote's speaker goes on */
  speaker: SpeakerSurface | null;
  conjoined: boolean;
  continues: boolean;
  quoted: TextSpan[];
  sentence: number;
}

const TRAILING = /[\s,.;:!?…"“”'‘’»«)\]—–-]+$/u;
const LEADING = /^[\s,;:—–-]+/u;

function trimmed(text: string, start: number, end: number): TextSpan | null {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  let body = slice.slice(lead);
  // Keep a closing quote mark that closes a mark inside the content.
  body = body.replace(TRAILING, (tail) => (/[”"’»]/u.test(tail) && /[“"‘«]/u.test(body) ? tail.replace(/[^”"’»]+$/u, '') : ''));
  if (!body.trim()) return null;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function findQuotes(layout: Layout, entities: Entity[]): QuoteDraft[] {
  const { text } = layout;
  const speakers = new SpeakerFinder(text, entities);
  const passages = findQuotedPassages(text, layout.blocks);
  // Headlines report speech too: "Trump urges supporters to ...", "Caddell: Voters Are Worried".
  const headlines: Sentence[] = layout.blocks.filter((b) => b.role === 'TITLE').map((b) => ({ ...b, index: -1, block: b.index }));
  const reported = [
    ...headlines.flatMap((h) => headlineSpeech(text, h, speakers) ?? reportedSpeech(text, h, speakers, passages)),
    ...layout.sentences.flatMap((s) => reportedSpeech(text, s, speakers, passages)),
  ];
  const direct = passages.flatMap((p, i) => directSpeech(text, layout, p, passages[i + 1], speakers) ?? []);
  for (let i = 1; i < direct.length; i++) {
    // “A,” he said, “B.” already spans B: drop the second passage's own draft.
    if (within(direct[i]!, direct[i - 1]!)) direct.splice(i--, 1);
  }

  const quotes: QuoteDraft[] = [];
  for (const q of reported) {
    const inside = passages.filter((p) => within(p.inner, q));
    // A cue next to a quotation whose words lie inside it: the quotation decides the span.
    if (direct.some((d) => overlaps(d, q) && !within(d, q))) continue;
    if (inside.length) {
      q.quoted = inside.map((p) => ({ start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) }));
      const only = inside.length === 1 ? inside[0]! : null;
      if (only && q.start >= only.start && q.end <= only.end + 1) {
        // "X said: “…”": the content is the quotation itself.
        Object.assign(q, { kind: 'DIRECT', start: only.inner.start, end: only.inner.end, text: text.slice(only.inner.start, only.inner.end) });
      } else {
        q.kind = 'MIXED';
      }
    }
    quotes.push(q);
  }
  for (const d of direct) {
    if (quotes.some((q) => overlaps(q, d))) continue; // already inside reported speech (MIXED)
    quotes.push(d);
  }
  return mergeContinuations(text, layout, quotes.sort((a, b) => a.start - b.start), passages);
}

/** "Pat Caddell: Democrat Voters Worried About ...": a headline naming its speaker before a colon. */
function headlineSpeech(text: string, headline: Sentence, speakers: SpeakerFinder): QuoteDraft[] | null {
  const tokens = tokenize(text, headline.start, headline.end);
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 5) return null;
  const who = speakers.phraseEndingAt(tokens, colon - 1);
  if (!who || who.kind !== 'NAME' || who.start !== tokens[0]!.start) return null;
  const content = trimmed(text, tokens[colon]!.end, headline.end);
  return content && content.text.split(/\s+/u).length >= 3 ? [draft(content, null, who, false, headline)] : null;
}

/** Reported speech in one sentence, one quote per cue. */
function reportedSpeech(text: string, sentence: Sentence, speakers: SpeakerFinder, passages: QuotedPassage[]): QuoteDraft[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const insideQuote = (t: Token) => passages.some((p) => t.start >= p.inner.start && t.end <= p.inner.end);
  const out: QuoteDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (insideQuote(t)) continue;
    if (t.text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
      // "X said Y, according to Z": Z is where the report comes from; X's quote stands.
      if (out.length) continue;
      const q = accordingTo(text, sentence, tokens, i, speakers);
      if (q) out.push(q);
      continue;
    }
    const lemma = cueLemma(t.text);
    if (!lemma || t.text[0] !== t.text[0]!.toLowerCase()) continue;
    const cue = { start: t.start, end: t.end, text: t.text };
    if (nounUse(tokens, i, lemma) || (lemma === 'call' && !callReportsSpeech(tokens, i))) continue;
    const found = participleOrInfinitive(tokens, i) ? 'CONJOINED' : speakers.before(tokens, i);
    // "The two discussed … and stressed …", "X defended the tweets, saying …", "X took to Twitter to
    // accuse …": the verb shares the sentence's subject.
    const before = found === 'CONJOINED' ? (out[out.length - 1]?.speaker ?? speakers.subject(tokens)) : found;
    if (before) {
      const from = contentStart(tokens, i, lemma);
      const to = contentEnd(tokens, i, sentence.end);
      const content = from < to ? trimmed(text, from, to) : null;
      const afterThat = /\bthat\s*$/iu.test(text.slice(Math.max(0, from - 6), from));
      const infinitive = INFINITIVE_VERBS.has(lemma) && /^to\s/iu.test(content?.text ?? '');
      if (content && (afterThat || infinitive ? content.text.split(/\s+/u).length >= 2 : isClause(content.text))) {
        out.push(draft(content, cue, before, false, sentence));
        // Nested cues inside this content ("X said that Y stressed ...") belong to it.
        while (i + 1 < tokens.length && tokens[i + 1]!.start < content.end && !coordinatedCueAt(tokens, i + 1)) i++;
        continue;
      }
      // "..., he said." with nothing after the cue: the content is what came before.
      const lead = leadingContent(text, sentence, tokens, before.start);
      if (lead) out.push(draft(lead, cue, before, false, sentence));
      continue;
    }
    const after = speakers.after(tokens, i);
    // "…, said the minister." ends the sentence; "…, said they expected …" is another clause.
    const afterEnds = after && tokens.filter((x) => x.start >= after.end && /^\p{L}/u.test(x.text)).length <= 3;
    if (after && afterEnds && i > 0 && /^[,”"’]$/u.test(tokens[i - 1]!.text)) {
      const lead = leadingContent(text, sentence, tokens, t.start);
      if (lead) out.push(draft(lead, cue, after, false, sentence));
    }
  }
  return out;
}

const PREPOSITIONS = new Set('at in on during after before from with to via through over under amid'.split(' '));

// What follows a cue and is not what was said: "said at a briefing", "said of the plan", "said to the TV".
const NOT_CONTENT = /^(at|in|on|of|to|during|when|after|before|from|while|with|about|for|as|by|via|through|last|this|earlier|later|afterward|afterwards|yesterday|today|tonight|recently|then|and|but|or|nor|nothing|something|anything|goodbye|hello|sorry|thanks)\b/iu;

function isClause(content: string): boolean {
  return content.split(/\s+/u).length >= 3 && !NOT_CONTENT.test(content);
}

/** "called for …", "called on …", "called it “…”" report speech; "called the meeting" does not. */
function callReportsSpeech(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  return next === 'for' || next === 'on' || tokens.slice(i + 1, i + 4).some((t) => /^[“"‘«]$/u.test(t.text));
}

/** ", saying …" and "to accuse …" have no subject of their own. */
function participleOrInfinitive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase();
  return (prev === ',' && /ing$/u.test(tokens[i]!.text)) || (prev === 'to' && i > 1 && /^\p{L}/u.test(tokens[i - 2]!.text));
}

// Cue words that are nouns as often as verbs in their plain and -s forms.
const NOUNISH = new Set(['report', 'claim', 'note', 'comment', 'answer', 'reply', 'promise', 'pledge', 'demand', 'charge', 'tweet', 'post', 'warn', 'remark', 'counter']);

/** "a New York Times report that …", "his claims": the noun, not the verb. */
function nounUse(tokens: Token[], i: number, lemma: string): boolean {
  const form = tokens[i]!.text.toLowerCase();
  if (!NOUNISH.has(lemma) || (form !== lemma && form !== `${lemma}s`)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^(a|an|the|his|her|their|its|our|my|your|this|that|these|those)$/u.test(w)) return true;
    if (!/^\p{Lu}/u.test(tokens[k]!.text) && !/^['’]s$/u.test(w)) return false;
  }
  return false;
}

function draft(content: TextSpan, cue: TextSpan | null, speaker: SpeakerSurface | null, conjoined: boolean, sentence: Sentence): QuoteDraft {
  return { ...content, kind: 'INDIRECT', cue, speaker, conjoined, continues: false, quoted: [], sentence: sentence.index };
}

/** Where the content begins after the cue: past "that", a listener ("told reporters"), a colon. */
function contentStart(tokens: Token[], cue: number, lemma: string): number {
  const k = cue + 1;
  const thatWithin = (from: number, limit: number) => {
    const that = tokens.slice(from, from + limit).findIndex((t) => /^(that|how|why|whether)$/iu.test(t.text));
    const between = tokens.slice(from, from + Math.max(that, 0));
    return that >= 0 && !between.some((t) => /^[;:“"]$/u.test(t.text) || cueLemma(t.text)) ? from + that : -1;
  };
  // "said on Thursday that", "said during a rally in Michigan that": adverbials before "that".
  const that = thatWithin(k, 8);
  if (that >= 0) {
    const between = tokens.slice(k, that);
    const adverbial = between.length === 0 || PREPOSITIONS.has(between[0]!.text.toLowerCase()) ||
      between.every((t) => BEFORE_THAT.has(t.text.toLowerCase()) || /^\p{N}/u.test(t.text));
    if (adverbial && tokens[that]!.text.toLowerCase() === 'that') return tokens[that + 1]?.start ?? tokens[that]!.end;
  }
  // "told Breitbart News host Alex Marlow on Thursday how ...": past the listener to that/how/why.
  if (LISTENER_VERBS.has(lemma)) {
    const after = thatWithin(k, 14);
    if (after >= 0) return tokens[tokens[after]!.text.toLowerCase() === 'that' ? after + 1 : after]?.start ?? tokens[after]!.end;
    let n = k;
    while (n < tokens.length && n - k < 4 && /^\p{L}/u.test(tokens[n]!.text) && (n === k || /^\p{Lu}/u.test(tokens[n]!.text) || /^(the|a|an)$/iu.test(tokens[n - 1]!.text))) n++;
    return tokens[n]?.start ?? tokens[tokens.length - 1]!.end;
  }
  return tokens[k]?.start ?? tokens[tokens.length - 1]!.end;
}

/** A cue of the same subject coordinated later: "commended X but stressed Y". */
function coordinatedCueAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.text.toLowerCase();
  return (w === 'and' || w === 'but') && !!cueLemma(tokens[i + 1]?.text ?? '');
}

/** The content ends at the sentence end, or before a coordinated cue, a trailing attribution
 *  (", the source added", ", according to X") or a semicolon. */
function contentEnd(tokens: Token[], cue: number, sentenceEnd: number): number {
  for (let k = cue + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (coordinatedCueAt(tokens, k) || w === ';') return tokens[k]!.start;
    if (w !== ',') continue;
    const next = tokens[k + 1]?.text.toLowerCase();
    if (next === 'according' && tokens[k + 2]?.text.toLowerCase() === 'to') return tokens[k]!.start;
    // ", the source added." / ", he said." closing the sentence
    const rest = tokens.slice(k + 1);
    const cueAt = rest.findIndex((t) => cueLemma(t.text));
    if (cueAt > 0 && cueAt <= 4 && rest.slice(cueAt + 1).every((t) => !/^\p{L}/u.test(t.text) || PREPOSITIONS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text))) {
      return tokens[k]!.start;
    }
  }
  return sentenceEnd;
}

/** The content before a trailing attribution: "The deal is dead, officials said." */
function leadingContent(text: string, sentence: Sentence, tokens: Token[], attributionStart: number): TextSpan | null {
  const comma = tokens.filter((t) => t.end <= attributionStart && /^[,”"’]$/u.test(t.text)).pop();
  if (!comma) return null;
  // A quotation opening the sentence ends where its marks close, whatever asides follow.
  const quotation = /^[“"‘«']/u.test(sentence.text) ? tokens.find((t) => t.start > sentence.start && /^[”"’»']$/u.test(t.text) && t.end <= attributionStart) : undefined;
  if (quotation) return trimmed(text, sentence.start, quotation.end);
  const content = trimmed(text, sentence.start, comma.start + (/[”"’]/u.test(comma.text) ? 1 : 0));
  return content && content.text.split(/\s+/u).length >= 3 ? content : null;
}

function accordingTo(text: string, sentence: Sentence, tokens: Token[], i: number, speakers: SpeakerFinder): QuoteDraft | null {
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end, text: text.slice(tokens[i]!.start, tokens[i + 1]!.end) };
  let k = i + 2;
  while (k < tokens.length && !/^[,.;:]$/u.test(tokens[k]!.text)) k++;
  const speaker = speakers.phraseEndingAt(tokens, k - 1, true);
  if (!speaker) return null;
  const content = i === 0 || tokens[i - 1]!.start === sentence.start
    ? trimmed(text, tokens[k]?.end ?? sentence.end, sentence.end)
    : trimmed(text, sentence.start, tokens[i]!.start);
  return content ? draft(content, cue, speaker, false, sentence) : null;
}

/** A quoted passage, attributed after ("…,” he said), before ("X said: “…”"), by "— Name", or by context. */
function directSpeech(
  text: string,
  layout: Layout,
  p: QuotedPassage,
  next: QuotedPassage | undefined,
  speakers: SpeakerFinder,
): QuoteDraft | null {
  const block = layout.blocks[p.lastBlock]!;
  const sentence = layout.sentences.find((s) => s.start <= p.start && p.start < s.end) ?? layout.sentences.find((s) => s.start >= p.start);
  if (!sentence) return null;
  const content = { start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) };
  const make = (speaker: SpeakerSurface | null, cue: TextSpan | null, continues = false, end = content.end): QuoteDraft => ({
    start: content.start,
    end,
    text: text.slice(content.start, end),
    kind: 'DIRECT',
    cue,
    speaker,
    conjoined: false,
    continues,
    quoted: [{ ...content }],
    sentence: sentence.index,
  });

  // After: “…,” he said / said X / X, a spokesman, said / — Name
  const sentenceEnd = layout.sentences.find((s) => s.start <= p.end && p.end <= s.end)?.end ?? block.end;
  const tail = tokenize(text, p.end, Math.max(Math.min(block.end, sentenceEnd), Math.min(block.end, p.end + 40)));
  const k = /^[,.!?]$/u.test(tail[0]?.text ?? '') ? 1 : 0;
  if (/^[—–―‒-]$/u.test(tail[k]?.text ?? '')) {
    const who = speakers.phraseEndingAt(tail, k + 1) ?? null;
    if (who?.kind === 'NAME') return make(who, null);
  }
  for (let j = k; j < Math.min(tail.length, k + 32); j++) {
    const titlePeriod = tail[j]!.text === '.' && PERSON_TITLES.has(tail[j - 1]?.text.toLowerCase() ?? '');
    if (/^[.!?“"«]$/u.test(tail[j]!.text) && !titlePeriod) break;
    if (!cueLemma(tail[j]!.text)) continue;
    const cue = { start: tail[j]!.start, end: tail[j]!.end, text: tail[j]!.text };
    const who = j > k ? speakers.before(tail, j, true) : speakers.after(tail, j, true);
    // The speaker opens the attribution (“…,” Pruitt, the attorney general, said), after at most a
    // few title words ("panel Chairman Rep. Jason Chaffetz said").
    if (!who || who === 'CONJOINED') break;
    const lead = tail.slice(k, j).filter((t) => t.end <= who.start);
    if (j > k && (lead.length > 4 || lead.some((t) => /^[,;:]$/u.test(t.text)))) break;
    // “A,” he said, “B.”: one quote spanning the interruption.
    const resumes = next && next.lastBlock === p.lastBlock && text.slice(tail[j]!.end, next.start).trim().length <= 40 && /[,:]\s*$/u.test(text.slice(tail[j]!.end, next.start));
    return make(who, cue, false, resumes ? next.inner.end : content.end);
  }
  // Before: X said: “…” (only punctuation or "that" between cue and mark).
  const head = tokenize(text, sentence.start, p.start);
  const last = head.length - 1;
  // "X said: “", "X said of Clinton, “", "X told reporters Friday: “"
  const opensQuote = last < 0 || /^[,:]$/u.test(head[last]!.text) || cueLemma(head[last]!.text) || head[last]!.text.toLowerCase() === 'that';
  for (let j = last; opensQuote && j >= Math.max(0, last - 6); j--) {
    if (!cueLemma(head[j]!.text)) continue;
    // "…, saying, “…”": a participle takes the sentence's subject.
    const found = speakers.before(head, j, true);
    // "Said Ellis: “…”" puts the speaker after the cue.
    const who = found && found !== 'CONJOINED' ? found : speakers.subject(head) ?? speakers.after(head, j, true);
    if (who) return make(who, { start: head[j]!.start, end: head[j]!.end, text: head[j]!.text });
  }
  // "Karl Weber said:" closing the paragraph before introduces the quotation.
  const previous = layout.blocks[p.firstBlock - 1];
  if (p.start === layout.blocks[p.firstBlock]!.start && previous?.role === 'BODY' && previous.text.endsWith(':')) {
    const intro = tokenize(text, previous.start, previous.end);
    const cueAt = intro.length - 2;
    if (cueAt >= 0 && cueLemma(intro[cueAt]!.text)) {
      const who = speakers.before(intro, cueAt, true);
      if (who && who !== 'CONJOINED') return make(who, { start: intro[cueAt]!.start, end: intro[cueAt]!.end, text: intro[cueAt]!.text });
    }
  }
  // A paragraph that is only a quotation continues the speaker before it.
  const firstBlock = layout.blocks[p.firstBlock]!;
  if (p.start === firstBlock.start && text.slice(p.end, block.end).trim().length <= 1) return make(null, null, true);
  return null;
}

/** Quotation marks later in the same paragraph, with no attribution of their own, go on with the quote before. */
function mergeContinuations(text: string, layout: Layout, quotes: QuoteDraft[], passages: QuotedPassage[]): QuoteDraft[] {
  const blockOf = (pos: number) => layout.blocks.find((b) => b.start <= pos && pos < b.end)?.index;
  const out: QuoteDraft[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'DIRECT' && q.kind === 'DIRECT' && q.continues && blockOf(prev.start) === blockOf(q.start)) {
      prev.end = q.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.quoted.push(...q.quoted);
      continue;
    }
    out.push(q);
  }
  // Unattributed passages after a quote in its paragraph (“…,” X said. “More.”) continue it.
  for (const p of passages) {
    const prev = out.filter((q) => q.end <= p.start).pop();
    if (!prev || prev.kind === 'INDIRECT' || out.some((q) => overlaps(q, p.inner))) continue;
    if (blockOf(prev.start) !== blockOf(p.start) || p.inner.end - p.inner.start < 15) continue;
    // One quotation interrupted by its attribution spans the interruption.
    prev.end = p.inner.end;
    prev.text = text.slice(prev.start, prev.end);
    prev.quoted.push({ start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) });
  }
  return out;
}
