// What was said before its cue: "The deal is dead, officials said.", "…, said the minister.", and
// around an attribution with its speaker after the cue ("The plan, said Ann Roe, will fail").
import { LISTENER_VERBS, SPEECH_NOUNS, cueLemma } from './cues.js';
import { particleAfter } from './phrasal-cues.js';
import { NOT_PARTICIPLE } from './clause-openings.js';
import { isAdverb, isCalendarWord, isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { attributionGap, invertedAttributionEnd } from './inverted-attribution.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { Report, ReportingCue, ReportSentence } from './reporting-cues.js';
import { IN_THE_KNOW, lastWord, SPEAKER_NOUNS } from './speaker-words.js';
import { adverbialOnly } from './opening-adverbials.js';
import { PREPOSITIONS } from './speech-venues.js';
import { pastOpeningConcession } from './opening-concessions.js';
import { quotingVerbBefore } from './quoted-as-saying.js';
import { roleOf } from './roles.js';
import { roleAppositionEnd } from './title-after.js';
import { KIN } from './entities/person-vocabulary.js';
import { isClosingMarkAlone, isOpeningQuoteMark } from './quote-mark-tokens.js';
import { dashAt } from './cue-asides.js';
import { wordBeforeVerbGroup } from './relative-clause-ends.js';
import type { Token } from './tokens.js';
import { isWhoOrWhich } from './word-classes.js';
import type { Sentence, TextSpan } from './types.js';

/** "..., he said." with nothing after the cue: the content is what came before (never for ", adding",
 *  nor with a `conjoined` speaker). `opening`: the index of the token opening the attribution. */
export function reportBeforeCue(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean, opening: number): Report | null {
  const { text, sentence, tokens } = s;
  const i = cue.at;
  // "he barely mentioned climate change" has an object of its own: no content before it.
  // "Asked whether …, he said: “No.”": a quotation after the cue is what was said (also opened by
  // apostrophes, as plain ASCII copy writes ''No.'').
  const opener = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  const quotationNext = tokens[i + 1]?.text === ':' || opensQuotationAt(tokens, opener);
  if (conjoined || quotationNext || !(LISTENER_VERBS.has(cue.lemma) || nothingSaidAfter(tokens, i + particleAfter(tokens, i)))) return null;
  if (participleAttribution(tokens, i, speaker)) return null;
  // "…, from Ann Holt, who declared in the hall, “…”": a cue whose subject is "who" or "which" reports
  // what follows it, never the clause before its antecedent.
  if (isWhoOrWhich(tokens[wordBeforeVerbGroup(tokens, i)]?.text ?? '')) return null;
  // "Ann Holt resigned, after her party accused her of lying": a clause a subordinator opens says nothing of what came before.
  if (/^(after|when|while|because|before|since|until|once|if)$/iu.test(tokens[opening]?.text ?? '')) return null;
  // "… the words ‘I can't breathe,’ as Eric Garner said": the quotation before "as" is what was said.
  let mark = opening - 1;
  while (/^([”"’']|'')$/u.test(tokens[mark]?.text ?? '')) mark--;
  if (/^as$/iu.test(tokens[opening]?.text ?? '') && mark < opening - 1 && tokens[mark]?.text === ',') return null;
  // "… would not yield as much money as he has promised": the second "as" of a comparison measures, it reports nothing.
  if (/^as$/iu.test(tokens[opening]?.text ?? '') && tokens.slice(Math.max(0, opening - 4), opening - 1).some((t) => /^as$/iu.test(t.text))) return null;
  // "The talks will resume, Interfax quoted a Kremlin aide, Yuri Ushakov, as saying.": what was said
  // ends before the clause that quotes the speaker.
  const quoting = quotingVerbBefore(tokens, i);
  // ("If the vote fails, as Ann Holt warned, …": what an "as" aside reports may be a clause of condition.)
  const asAside = /^as$/iu.test(tokens[opening]?.text ?? '');
  let lead = leadingContent(text, sentence, tokens, quoting >= 0 ? tokens[quoting]!.start : speaker.start, asAside);
  // "…, the Minister of Labour, Dr. Chris Ngige, has said.": a description set before the name belongs to the attribution.
  const described = lead && quoting < 0 && speaker.kind === 'NAME' ? describedBefore(tokens, lead) : null;
  if (described !== null) lead = leadingContent(text, sentence, tokens, described, asAside);
  // "The company’s chief executive, John Smith, told …": a title set beside the name is no content.
  // ("Mrs Whitcombe's husband, Daniel, said": so is a kin word ending a phrase that has no verb.)
  const apposition = /^\s*,/u.test(text.slice(speaker.end, sentence.end)) && !!lead && (SPEAKER_NOUNS.has(lastWord(lead)) || kinPhrase(tokens, lead));
  // "Karl Berg, whose party insisted on the cuts, said": a relative clause reports nothing before it.
  const relative = !!lead && /^[\s,]*(whose|who|which)\b/iu.test(text.slice(lead.end, speaker.start));
  if (!lead || apposition || relative || namesWhatWasSaid(text.slice(lead.end, speaker.start) + saidNounOpening(speaker.text))) return null;
  // "…, far short of the $1.3 trillion they had demanded": a pronoun right after a noun phrase opens a
  // relative clause with no "that"; what was demanded is that phrase, not the clause before the comma.
  if (speaker.kind === 'PRONOUN' && pronounAfterPhrase(text.slice(lead.end, speaker.start))) return null;
  return { quote: draft(lead, cue.span, speaker, false, sentence) };
}

/** "…, small cards telling riders when to board", "…, spending the day taking questions on …": a
 *  participle set after a noun, or a speaker that is itself a participle phrase, tells more of the
 *  clause before the comma and reports nothing of it ("…, officials are saying" is a clause of its own). */
function participleAttribution(tokens: Token[], cue: number, speaker: SpeakerSurface): boolean {
  const ing = (word: string) => /^\p{Ll}+ing$/u.test(word) && !NOT_PARTICIPLE.has(word);
  // ("officials are saying", "recalled him saying", "quoted Ann Holt as saying": a verb's own participle.)
  const before = /^(is|are|was|were|be|been|am|'re|’re|'s|’s|him|her|them|me|us|as)$/iu.test(tokens[cue - 1]?.text ?? '');
  // ("spending the day taking": a participle with its object; "fundraising documents" is a noun phrase.)
  const [first = '', second = ''] = speaker.text.split(/\s+/u);
  const phrase = ing(first) && /^(the|a|an|his|her|their|its|our|my|most|much|some|all|him|them|it)$/iu.test(second);
  // ("recalled the mayor telling him": the object of a verb, and what it was heard saying.)
  const object = isFiniteVerb(tokens.filter((t) => t.end <= speaker.start).pop()?.text ?? '');
  return (ing(tokens[cue]!.text) && !before && !object) || phrase;
}

/** A phrase of a few words, no verb among them, ending in a kin word ("Mrs Whitcombe's husband") or
 *  with a role before "of" ("The hospice's chair of trustees"). */
function kinPhrase(tokens: Token[], lead: TextSpan): boolean {
  const words = tokens.filter((t) => t.start >= lead.start && t.end <= lead.end && /^\p{L}/u.test(t.text));
  const roleOfSomething = words.some((t, n) => /^of$/iu.test(words[n + 1]?.text ?? '') && roleOf(t.text.toLowerCase()) !== null);
  return words.length <= 6 && (KIN.has(words.at(-1)?.text.toLowerCase() ?? '') || roleOfSomething) && !words.some((t) => isFiniteVerb(t.text));
}

/** A cue with its speaker after it: one content around the attribution ("The plan, said Ann Roe, will
 *  fail"), or the words before it when the attribution ends the sentence ("…, said the minister.",
 *  "…, said Jeffrey Trimble, a senior official with the board."; "…, said they expected …" is another clause). */
export function reportWithSpeakerAfter(s: ReportSentence, cue: ReportingCue): QuoteDraft | null {
  const { text, sentence, tokens, speakers } = s;
  const i = cue.at;
  // "…, citing the families who pay it": a participle's subject is never after it; what follows is its object.
  if (/^\p{Ll}+ing$/u.test(tokens[i]!.text)) return null;
  const after = speakers.after(tokens, i);
  const resumes = after ? invertedAttributionEnd(text, tokens, i, after) : null;
  const around = resumes !== null ? trimmed(text, sentence.start, sentence.end) : null;
  if (around && resumes !== null && !/^[“"‘«]/u.test(around.text)) {
    const q = draft(around, cue.span, after, false, sentence);
    addGap(text, q, attributionGap(tokens, i, resumes));
    return q;
  }
  const rest = after ? tokens.filter((x) => x.start >= after.end) : [];
  // "…, said the people, who asked not to be identified", "…, said two people familiar with the
  // matter": a relative clause or what the source knows of closes the sentence, whatever verbs it holds.
  // ("…, said Tom Reed, an analyst at Brook, who notes …": also past a role given in apposition.)
  const tail = after ? text.slice(roleAppositionEnd(text, after.end) ?? after.end, sentence.end) : '';
  const closing = /^(?:,\s+|\s*)(?:who|whom|whose)\b/iu.test(tail) || IN_THE_KNOW.test(tail.trimStart());
  // ("…, said Tom Reed, an analyst at the Brook Political Report": a capitalised word inside a name is no cue.)
  const afterEnds =
    after &&
    (closing ||
      rest.filter((x) => /^\p{L}/u.test(x.text)).length <= 3 ||
      (rest[0]?.text === ',' && !rest.some((x) => cueLemma(x.text) && !/^\p{Lu}/u.test(x.text))));
  // (A closing '' is two "'" tokens: "They ''never paid,'' said Ann Roe" closes on one.)
  if (!after || !afterEnds || i === 0 || !/^[,”"’']$/u.test(tokens[i - 1]!.text)) return null;
  const lead = leadingContent(text, sentence, tokens, cue.span.start);
  return lead ? draft(lead, cue.span, after, false, sentence) : null;
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
    /^(reporters|journalists|me|us|him|her|them|today|yesterday|tonight|earlier|later|again|last|this|recently|then|afterward)$/u.test(w) ||
    // "reported late Thursday", "said early on Friday"
    (/^(late|early)$/u.test(w) && (isCalendarWord(tokens[cue + 2]?.text ?? '') || tokens[cue + 2]?.text === 'on'))
  );
}

// Nouns for what someone said, that a speaker may then deny or dispute.
const SAID_NOUN =
  /^(charge|claim|accusation|allegation|assertion|suggestion|characteri[sz]ation|description|account|figure|estimate|version|label|notion|view|idea|argument|position|assessment|conclusion|theory|point)s?$/u;
// Nouns for what was done or came about, that a speaker may then criticise or welcome ("…, an
// arrangement the union has criticized", "…, a move the council welcomed").
const DEED_NOUN = /^(arrangement|move|step|decision|practice|policy|result|outcome|development|change|shift|deal)s?$/u;

/** Where a description of the speaker that ends `lead` starts, set off by commas before the name
 *  ("…, the Minister of Labour and Employment, Dr. Chris Ngige, said"): an article or a possessor,
 *  a role word and no verb. */
function describedBefore(tokens: Token[], lead: TextSpan): number | null {
  const comma = tokens.filter((t) => t.end <= lead.end && t.text === ',').pop();
  if (!comma) return null;
  const words = tokens.filter((t) => t.start > comma.start && t.end <= lead.end);
  const opening = /^(the|its|his|her|their|\p{Lu}[\p{L}.-]*['’]s)$/iu.test(words[0]?.text ?? '');
  const role = words.some((t) => !!roleOf(t.text) || SPEAKER_NOUNS.has(t.text.toLowerCase()));
  return opening && role && words.length <= 10 && !words.some((t) => isFiniteVerb(t.text)) ? words[0]!.start : null;
}

/** "…, a charge Johnson denied", "…, a claim the ministry rejected", "…, a move the council welcomed": a
 *  noun set after the comma is the cue's object, so the clause before is no speech of this speaker. */
function namesWhatWasSaid(between: string): boolean {
  const m = /^[\s,”"’]*(?:a|an|the|this|that)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:that\s+)?$/u.exec(between);
  return !!m && (SAID_NOUN.test(m[1]!) || DEED_NOUN.test(m[1]!) || SPEECH_NOUNS.has(m[1]!.replace(/s$/u, '')));
}

/** Words between a content's comma and a pronoun speaker that end in a noun phrase: "…, far short of the
 *  $1.3 trillion" before "they had demanded" (not ", as", ", and" or ", he said"). */
function pronounAfterPhrase(between: string): boolean {
  const words = between
    .replace(/^[\s,”"’']+/u, '')
    .trim()
    .split(/\s+/u);
  const last = words.at(-1) ?? '';
  // (A phrase of its own, with no comma or verb: not "…,” another brother, Tom Hale, recalled him saying".)
  if (!last || words.length > 8 || words.some((w) => /[,;:”"?!]|''/u.test(w) || isFiniteVerb(w))) return false;
  return !/^(as|and|but|so|or|yet|then|now|also|too|again|later|earlier|once|only|because|when|while|if|though|although)$/iu.test(last);
}

/** "a claim organisers", read as one phrase before "denied": the noun for what was said that opens
 *  it, when a bare plural, the real subject, follows ("a claim organisers denied"). */
function saidNounOpening(phrase: string): string {
  const m = /^((?:a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+)\p{Ll}+[^s]s$/u.exec(phrase);
  return m?.[1] ?? '';
}

/** A comma or a closing mark: where a content before its trailing attribution may end. */
const isCommaOrClosingMark = (word: string) => word === ',' || isClosingMarkAlone(word);

/** The content before a trailing attribution: "The deal is dead, officials said." (`asAside`: the
 *  attribution opens with "as", and a subordinate clause before it may be what was said.) */
function leadingContent(text: string, sentence: Sentence, tokens: Token[], attributionStart: number, asAside = false): TextSpan | null {
  const comma = tokens.filter((t) => t.end <= attributionStart && isCommaOrClosingMark(t.text)).pop();
  if (!comma) return null;
  // A quotation opening the sentence ends where its marks close, whatever asides follow; quoted
  // words that run on into the sentence (“You squeezed them” to lift the price, she said) are a
  // part of it.
  // (An opening '' is two tokens: its second is no closing mark.)
  const opened = sentence.start + (/^\s*''/u.exec(sentence.text)?.[0].length ?? 1);
  const quotation = /^[“"‘«']/u.test(sentence.text)
    ? tokens.find((t) => t.start >= opened && /^[”"’»']$/u.test(t.text) && t.end <= attributionStart)
    : undefined;
  if (quotation && !runsOn(text, tokens, quotation)) return trimmed(text, sentence.start, quotation.end);
  // "X scolded him: “…,” she said": the quotation after the colon is what was said; so is one after a
  // dash or a bracket ("Neither man was moved - ''It will sink,'' Reed said - …").
  const opening = quotationAfterBreak(tokens, comma);
  const from = opening >= 0 ? tokens[opening]!.start : sentence.start;
  const content = trimmed(text, from, comma.start + (/[”"’]/u.test(comma.text) ? 1 : 0));
  // "Campaigning against Mitt Romney in 2012, he …", "Asked about the deal, she …": a participle
  // phrase is not what was said.
  const participle =
    /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(content?.text.split(/\s/u)[0] ?? '') &&
    !NOT_PARTICIPLE.has(content!.text.split(/\s/u)[0]!.toLowerCase()) &&
    !tokens.some((t) => t.start > sentence.start && t.end <= comma.start && isFiniteVerb(t.text));
  if (!content || participle || content.text.split(/\s+/u).length < 3) return null;
  // "In an interview on Sunday, she told CNN …", "When he met the mayor, Pike told …": an opening
  // with no main clause is where, when or why, not what.
  const first = tokens.findIndex((t) => t.start >= content.start);
  const last = tokens.findIndex((t) => t.end > content.end);
  if (adverbialOnly(tokens, first, last < 0 ? tokens.length : last, !asAside)) return null;
  // "Despite a month of attacks, Sanders has failed …, the poll found": the concession is the narrator's.
  const said = pastOpeningConcession(tokens, content);
  return said > content.start ? trimmed(text, said, content.end) : content;
}

/** The index of the mark opening a quotation after a colon before the comma `comma` of a trailing
 *  attribution ("X scolded him: “…,” she said"), or after a dash or an opening bracket when the
 *  quotation closes at that comma ("Neither man was moved - ''It will sink,'' Reed said", "drew anger
 *  (“We want it back,” wrote a driver)"): the narration before the break is the writer's; or -1. */
function quotationAfterBreak(tokens: Token[], comma: Token): number {
  for (let n = 0; n < tokens.length && tokens[n]!.end <= comma.start; n++) {
    const colon = tokens[n]!.text === ':';
    if (!colon && tokens[n]!.text !== '(' && !dashAt(tokens, n)) continue;
    let mark = n + 1;
    while (!colon && dashAt(tokens, mark)) mark++;
    if (!opensQuotationAt(tokens, mark)) continue;
    // (A dash or a bracket may open an aside within the narration; only a quotation running to the
    // attribution is what it reports.)
    if (colon || closesAtComma(tokens, comma)) return mark;
  }
  return -1;
}

/** An opening mark at `n`, or the two apostrophes that open a quotation in plain ASCII copy. */
const opensQuotationAt = (tokens: Token[], n: number) =>
  isOpeningQuoteMark(tokens[n]?.text ?? '') || (tokens[n]?.text === "'" && tokens[n + 1]?.text === "'" && tokens[n + 1]!.start === tokens[n]!.end);

/** Whether quote marks close at the comma `comma` before an attribution: the comma is the mark (“…,”
 *  read as its last token), or one follows it (…,'' Reed said). */
const closesAtComma = (tokens: Token[], comma: Token) => isClosingMarkAlone(comma.text) || tokens[tokens.indexOf(comma) + 1]?.text === "'";

/** Quoted words closed without punctuation and followed by a lower-case word of the same sentence. */
function runsOn(text: string, tokens: Token[], close: Token): boolean {
  const next = tokens.find((t) => t.start >= close.end && t.text !== "'");
  return !/[,.!?…]\s*$/u.test(text.slice(Math.max(0, close.start - 4), close.start)) && !!next && /^\p{Ll}/u.test(next.text);
}
