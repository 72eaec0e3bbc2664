// Speech labelled by a name and a colon: headlines ("Caddell: Voters Are Worried") and interview
// transcripts ("WALLACE: Let’s start with …").
import { datelineLength } from './layout.js';
import { onlyVenueAfter } from './speech-venues.js';
import { cueLemma } from './cues.js';
import { breaksHeadlineName, isCommonWord, isFiniteVerb, isVerbForm, tagsOf } from './lexicon.js';
import { NEWSROOM_LABEL } from './newsroom-labels.js';
import { NEWS_ORGANIZATIONS } from './entities/named-body-vocabulary.js';
import { namesPeople } from './phrase-heads.js';
import { roleOf } from './roles.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import type { SpeakerSurface } from './name-index.js';
import { lastWord, SPEAKING_DOCUMENTS, wordOf } from './speaker-words.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { tokenize, type Token, spanOf } from './tokens.js';
import type { Block, Sentence, Span, TextSpan } from './types.js';
import { extended } from './extended.js';
import { interviewee } from './interviewees.js';
import { speakerBeforeSetting } from './headline-settings.js';

/** "Pat Caddell: Democrat Voters Worried About ...": a headline naming its speaker before a colon. */
export function headlineSpeech(text: string, headline: Sentence, speakers: SpeakerFinder): QuoteDraft[] | null {
  const tokens = tokenize(text, headline.start, headline.end);
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1) return null;
  const set = speakerBeforeSetting(text, tokens, colon, speakers);
  if (set) return settingSpeech(text, headline, tokens[colon]!, set);
  if (colon > 5) return null;
  // The name may be one the lexicon doubts ("Rush Limbaugh:"): capitalised words up to the colon.
  const named = speakers.phraseEndingAt(tokens, colon - 1);
  const capitalised =
    colon >= 2 &&
    tokens.slice(0, colon).every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !breaksHeadlineName(t.text)) &&
    !isCommonWord(tokens[colon - 1]!.text);
  const speaks = named && (speakers.isPersonAt(named.start) || speakers.isOrganizationEndingAt(named.end));
  // "Union leader: ‘We will not back down’": a role names a person the story introduces.
  // ("FM: Tehran ready for talks": an office in initials, which no phrase reads.)
  const office = named ?? (colon === 1 && roleOf(tokens[0]!.text) ? surfaceOf(text, tokens[0]!.start, tokens[0]!.end, 'NOMINAL') : null);
  // ("Official: exports hit five-year high": one who speaks for a body is a person too.)
  const role = office?.kind === 'NOMINAL' && office.start === tokens[0]!.start && (namesPeople(lastWord(office)) || roleOf(lastWord(office)) !== null);
  // "Poll: Holt leads in Kelso", "Report: Council hid the audit", "Newspaper: Mayor kept two diaries":
  // a poll, a report or a paper, named before the colon, says what its headline reports.
  const document = DOCUMENT_BEFORE_COLON.test(tokens[colon - 1]!.text) && tokens.slice(0, colon).every((t) => /^[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u.test(t.text));
  const who =
    (named?.kind === 'NAME' && speaks && named.start === tokens[0]!.start) || role
      ? office
      : capitalised
        ? surfaceOf(text, tokens[0]!.start, tokens[colon - 1]!.end, 'NAME')
        : document
          ? surfaceOf(text, tokens[0]!.start, tokens[colon - 1]!.end, 'NOMINAL')
          : null;
  if (!who) return null;
  const content = trimmed(text, tokens[colon]!.end, headline.end);
  if (!content || content.text.split(/\s+/u).length < 3) return null;
  // ("Poll: Holt and Pike in dead heat": a document's finding is a clause.)
  if (who.kind === 'NOMINAL' && document && !role && !hasVerb(content.text) && !content.text.split(/\s+/u).some((w) => isVerbForm(w.toLowerCase())))
    return null;
  // "Leader: ‘We will not back down’": a quotation after the colon is said word for word, and so is
  // one of three words or more followed by what it was said about ("Okonjo: ‘We will not be rushed’
  // on border deal").
  const whole = WHOLE_QUOTATION.exec(content.text);
  const opening = whole ? null : /^[“"‘'«]([^“”"‘’'«»]+?)[”"’'»](?=\s+\p{Ll})/u.exec(content.text);
  const quoted = whole ?? (opening && opening[1]!.split(/\s+/u).length >= 3 ? opening : null);
  return [quoted ? saidWordForWord(content, quoted[1]!, who, headline) : draft(content, null, who, false, headline)];
}

/** "Holt to Harlow Voters: Pike Will Raise Your Taxes": the clause after the colon, said by the
 *  speaker before the setting (headline-settings.ts); a quotation there is said word for word. */
function settingSpeech(text: string, headline: Sentence, colon: Token, who: SpeakerSurface): QuoteDraft[] | null {
  const content = trimmed(text, colon.end, headline.end);
  if (!content || content.text.split(/\s+/u).length < 3 || !(hasVerb(content.text) || PRESENT_BEFORE_OBJECT.test(content.text))) return null;
  const whole = WHOLE_QUOTATION.exec(content.text);
  return [whole ? saidWordForWord(content, whole[1]!, who, headline) : draft(content, null, who, false, headline)];
}

/** A verb in "-s" the lexicon may not know, before its object: "Scandal disqualifies her", "Levy hurts the farmers". */
const PRESENT_BEFORE_OBJECT = /\b\p{Ll}{3,}s\s+(?:her|him|them|the|a|an|his|its|their|our)\b/u;

/** The last word of a document or a paper that a headline names as its source before a colon: "Poll:",
 *  "New survey:", "Report:", "Newspaper:". */
const DOCUMENT_BEFORE_COLON = wordOf([...SPEAKING_DOCUMENTS, 'memo', 'newspaper', 'paper'], 'iu');

/** Words read as a speaker that no entity stage named. */
const surfaceOf = (text: string, start: number, end: number, kind: 'NAME' | 'NOMINAL'): SpeakerSurface => ({
  start,
  end,
  text: text.slice(start, end),
  kind,
  entityId: null,
});

/** A headline's words that are all one quotation, with a full stop after its close or none. */
const WHOLE_QUOTATION = /^[“"‘'«]([^“”"‘’'«»]+)[”"’'»]?[.!?]?$/u;

/** The words of a quotation opening `content` (after its mark), said word for word by `who`. */
function saidWordForWord(content: TextSpan, words: string, who: SpeakerSurface, headline: Sentence): QuoteDraft {
  const inner = { start: content.start + 1, end: content.start + 1 + words.length, text: words };
  return extended(draft(inner, null, who, false, headline), { kind: 'DIRECT' as const });
}

/** "FG to begin new wage payment in January — Minister", "‘We will resist’ — NLC", "Govt to table tax
 *  bill next week: minister": a headline signed after a dash or a colon by a person, people or a body
 *  (a news outlet there names the site, not a speaker). */
export function headlineSignedSpeech(text: string, headline: Sentence, speakers: SpeakerFinder): QuoteDraft[] | null {
  const dash = /(?:\s[—–-]\s+|:\s+)(?=[^—–:]{2,40}$)/u.exec(headline.text);
  if (!dash) return null;
  const tail = tokenize(text, headline.start + dash.index + dash[0].length, headline.end).filter((t) => !/^[.!?]$/u.test(t.text));
  if (!tail.length || tail.length > 5) return null;
  const who = speakers.phraseEndingAt(tail, tail.length - 1, true);
  if (!who || who.start !== tail[0]!.start) return null;
  const signs =
    personOrPeople(who, speakers) || (who.kind === 'NAME' && speakers.isOrganizationEndingAt(who.end) && !NEWS_ORGANIZATIONS.has(who.text.toLowerCase()));
  const content = signs ? trimmed(text, headline.start, headline.start + dash.index) : null;
  if (!content || content.text.split(/\s+/u).length < 3) return null;
  const whole = WHOLE_QUOTATION.exec(content.text);
  return [whole ? saidWordForWord(content, whole[1]!, who, headline) : draft(content, null, who, false, headline)];
}

/** A quotation in a headline: an opening mark after a space or colon, a closing one before a space,
 *  punctuation or the end ("Sees 'Personal Insult' if", "Speaks ‘Directly To White People’ After"). */
const HEADLINE_QUOTATION = /(?<=^|[\s:])[‘'“"](?=\p{L})([^‘’'“”"]+?)[’'”"](?=[\s.,:;!?]|$)/u;

/** "Minister says rail strike ‘will cost economy £1bn’": reported speech in a headline that holds
 *  quoted words is mixed (headline quotation marks are read here, not as passages of the body). */
export function withHeadlineQuotation(q: QuoteDraft): QuoteDraft {
  const m = q.kind === 'INDIRECT' ? HEADLINE_QUOTATION.exec(q.text) : null;
  if (!m) return q;
  const start = q.start + m.index + 1;
  const inner = { start, end: start + m[1]!.length, text: m[1]! };
  return extended(q, { kind: 'MIXED' as const, quoted: [inner] });
}

/** "Obama Sees 'Personal Insult' if …", "A lesson from Loretta Lynch: 'Be the voice that people
 *  hear.'": a quotation in a headline is said word for word by the person the headline names before
 *  it, or by the group it opens with ("Frustrated Parents Rally To ‘Reclaim Our Schools’"); after a
 *  colon, by the one the headline opens with before the topic ("Holt on Pike's Levy: ‘It Will Fail’",
 *  not Pike). */
export function headlineQuotation(text: string, headline: Sentence, speakers: SpeakerFinder): QuoteDraft[] | null {
  const m = HEADLINE_QUOTATION.exec(headline.text);
  if (!m || m[1]!.trim().split(/\s+/u).length < 2) return null;
  const inner = { start: headline.start + m.index + 1, end: headline.start + m.index + 1 + m[1]!.length, text: m[1]! };
  const before = tokenize(text, headline.start, inner.start - 1);
  const person = before.map((t) => speakers.personStartingAt(t.start)).filter((p) => p !== null);
  const labelled = before[before.length - 1]?.text === ':' ? speakerBeforeTopic(before, 0, speakers) : null;
  const who = (labelled && speaksFor(labelled, speakers) ? labelled : null) ?? person[person.length - 1] ?? speakers.subject(before);
  return who ? [extended(draft(inner, null, who, false, headline), { kind: 'DIRECT' as const })] : null;
}

/** "‘We will respond decisively,’ army chief warns", "“No deal yet,” says minister": a headline
 *  opening with a quotation that a cue after it attributes. */
export function headlineLeadQuotation(text: string, headline: Sentence, speakers: SpeakerFinder): QuoteDraft[] | null {
  const m = /^([‘'“"])([^‘’“”"]*?\p{L}[^‘’“”"]*?)([’'”"])(?=[\s,:;]|$)/u.exec(headline.text);
  if (!m || m[2]!.trim().split(/\s+/u).length < 2) return null;
  const rest = tokenize(text, headline.start + m[0].length, headline.end);
  const cue = rest.findIndex((t, n) => n <= 6 && !!cueLemma(t.text));
  if (cue < 0) return speakerAfterColon(text, headline, m, rest, speakers);
  // "…: protesters vow to march again": a cue with words of its own reports them, not the quotation.
  const named = rest.slice(0, cue).some((t) => /^\p{L}/u.test(t.text));
  // "… tells summit": a listener after "tell" is no content.
  const listener = cueLemma(rest[cue]!.text) === 'tell' && !rest.slice(cue + 1).some((t) => isFiniteVerb(t.text) || /^(that|to)$/iu.test(t.text));
  if (named && !listener && !onlyVenueAfter(rest, cue + 1)) return null;
  const who = named ? speakers.before(rest, cue, true) : speakers.after(rest, cue, true);
  if (!who || who === 'CONJOINED') return null;
  const start = headline.start + m[1]!.length;
  const words = trimmed(text, start, start + m[2]!.length);
  if (!words) return null;
  const said = extended(draft(words, spanOf(rest[cue]!), who, false, headline), {
    kind: 'DIRECT' as const,
  });
  return [extended(said, { quoted: [spanOf(words)] })];
}

/** "‘We will not back down’: PM defiant as rebels gather", "‘It was a disaster’: residents count
 *  the cost": with no cue, the person or people the words after the colon open with said the quotation. */
function speakerAfterColon(text: string, headline: Sentence, m: RegExpExecArray, rest: Token[], speakers: SpeakerFinder): QuoteDraft[] | null {
  if (rest[0]?.text !== ':') return null;
  // Headlines drop verbs: "PM defiant" has a subject of one word.
  const who = speakerBeforeTopic(rest, 1, speakers) ?? speakers.subject(rest.slice(1)) ?? speakers.phraseEndingAt(rest, 1, true);
  const words = who && personOrPeople(who, speakers) ? trimmed(text, headline.start + m[1]!.length, headline.start + m[1]!.length + m[2]!.length) : null;
  if (!who || !words) return null;
  return [extended(draft(words, null, who, false, headline), { kind: 'DIRECT' as const, quoted: [spanOf(words)] })];
}

/** "‘We cannot wait’: farmers’ leader on the nitrogen row", "Holt on Pike's Levy: ‘…’": the phrase
 *  opening at token `from` up to the topic the words were said on. */
function speakerBeforeTopic(tokens: Token[], from: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const topic = tokens.findIndex((t, n) => n > from && n <= from + 5 && /^(on|about|over)$/iu.test(t.text));
  const who = topic > 0 ? speakers.phraseEndingAt(tokens, topic - 1, true) : null;
  return who && who.start === tokens[from]!.start ? who : null;
}

/** Whether a speaker a headline gives is a person by name, or people by role ("PM", "residents"). */
function personOrPeople(who: SpeakerSurface, speakers: SpeakerFinder): boolean {
  return who.kind === 'NAME' ? speakers.isPersonAt(who.start) : who.kind === 'NOMINAL' && namesPeople(lastWord(who));
}

/** A person or people, or a body by name ("Velmora Council on the Levy: ‘…’"). */
const speaksFor = (who: SpeakerSurface, speakers: SpeakerFinder): boolean =>
  personOrPeople(who, speakers) || (who.kind === 'NAME' && speakers.isOrganizationEndingAt(who.end));

/** Interview transcript turns by paragraph: "WALLACE: …" opens a turn, and paragraphs after it that
 *  open with a stray quote mark (a transcript pasted as one quotation) go on with it. */
export function transcriptTurns(text: string, blocks: Block[], speakers: SpeakerFinder): Map<number, QuoteDraft> {
  const turns = new Map<number, QuoteDraft>();
  let turn: QuoteDraft | null = null;
  // (Read once for the whole interview: its answers all have one speaker.)
  let answers: { who: SpeakerSurface | null } | undefined;
  const answerer = (at: number) => (answers ??= { who: interviewee(text, firstTurnStart(text, at), speakers) }).who;
  for (const b of blocks.filter((x) => x.role === 'BODY')) {
    const line = transcriptSpeech(text, b, speakers, answerer);
    if (line) turn = line;
    else if (turn && turns.has(b.index - 1) && /^["“](?![([])/u.test(b.text)) {
      turn.end = b.end;
      turn.text = text.slice(turn.start, turn.end);
    } else turn = null;
    if (turn) turns.set(b.index, turn);
  }
  return turns;
}

/** Whether words hold a finite verb, or one in a contraction ("I’m", "won’t"): a form in -s before a
 *  noun modifies it ("Welfare rights adviser"). */
function hasVerb(words: string): boolean {
  const list = words.split(/\s+/u).map((w) => w.replace(/[^\p{L}’'-]/gu, '').toLowerCase());
  return list.some(
    (w, i) => /\p{L}['’](m|re|ve|ll|d|s|t)$/u.test(w) || (isFiniteVerb(w) && !(/s$/u.test(w) && tagsOf(list[i + 1] ?? '').includes('Singular'))),
  );
}

/** The time a live blog opens an entry with: "14:20 ", "2.05pm ", "9:30 a.m. ". */
const LIVE_TIME = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+(?=\p{Lu})/iu;

/** "A: We will rebuild the pier.": the label opening an answer names its speaker in the passage, as
 *  a name before a colon does in a transcript; the span of that "A" before an answer starting at
 *  `start`, else null. */
export function answerLabelBefore(text: string, start: number): Span | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const label = /^(\s*)A:\s*$/u.exec(text.slice(lineStart, start));
  if (!label) return null;
  const at = lineStart + label[1]!.length;
  return { start: at, end: at + 1 };
}

/** Where the first "Q:" or "A:" of the interview opens (the end of its introduction), at or before `at`. */
const firstTurnStart = (text: string, at: number) => {
  const m = /(?:^|\n)\s*(?=[QA]:)/u.exec(text);
  return m && m.index < at ? m.index : at;
};

/** "WALLACE: Let’s start with …": an interview transcript line, speech up to the paragraph end. */
function transcriptSpeech(text: string, block: Block, speakers: SpeakerFinder, answerer: (at: number) => SpeakerSurface | null): QuoteDraft | null {
  // A transcript pasted into an article may keep a quote mark before the name, a live blog a time.
  const from = block.start + (LIVE_TIME.exec(block.text)?.[0].length ?? 0);
  const to = Math.min(block.end, from + 60);
  // (A turn's name ends at a colon: a paragraph with none at its opening is read no further.)
  if (!text.slice(from, to).includes(':')) return null;
  const tokens = tokenize(text, from, to).filter((t, i) => i > 0 || !isOpeningQuoteMark(t.text));
  const colon = tokens.findIndex((t) => t.text === ':');
  // An interview in questions and answers: "Q: …" asks (the interviewer, unnamed), "A: …" answers
  // (the person the introduction named).
  if (colon === 1 && /^[QA]$/u.test(tokens[0]!.text)) {
    const content = trimmed(text, tokens[1]!.end, block.end);
    const who = tokens[0]!.text === 'A' ? answerer(block.start) : null;
    if (!content || !who) return null;
    return extended(content, { kind: 'INDIRECT' as const, cue: null, speaker: who, conjoined: false, continues: false, quoted: [], sentence: -1 });
  }
  // "WALLACE: …", or a person the story names, in any case ("Mao Ning: China firmly opposes …").
  const capitals = tokens.slice(0, colon).every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text));
  const person =
    colon >= 1 &&
    tokens.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text)) &&
    speakers.phraseEndingAt(tokens, colon - 1)?.start === tokens[0]!.start &&
    speakers.isPersonAt(tokens[0]!.start);
  if (colon < 1 || colon > 3 || !(capitals || person)) return null;
  // "NEW DELHI: Prime Minister …" is a dateline, not a turn.
  const label = text.slice(tokens[0]!.start, tokens[colon]!.start);
  if (NEWSROOM_LABEL.test(label) || datelineLength(block.text) > 0) return null;
  const content = trimmed(text, tokens[colon]!.end, block.end);
  if (!content || content.text.split(/\s+/u).length < 3) return null;
  // "Rosie Tan: Welfare rights adviser, Mondays.": after a name not in capitals, words with no verb
  // are a listing's entry (who someone is, when they are there), no turn of speech.
  if (!capitals && !hasVerb(content.text)) return null;
  const who = speakers.phraseEndingAt(tokens, colon - 1, true) ?? surfaceOf(text, tokens[0]!.start, tokens[colon - 1]!.end, 'NAME');
  return extended(content, { kind: 'INDIRECT' as const, cue: null, speaker: who, conjoined: false, continues: false, quoted: [], sentence: -1 });
}
