// A question told in the passive: "Asked whether he would run, Holt said …", "When asked by a
// reporter if the plan was dead, she …", "Holt was asked about the merger". What was asked is
// reported speech, as "a reporter asked Holt whether …" is; its speaker is the one after "by",
// else nobody named (the one asked answers, and does not ask). After the attribution of a quotation
// ("“Not yet,” Holt said when asked about her plans") the question is reported too, as annotated
// news has it; the quotation keeps its speaker.
import { contentEnd } from './content-end.js';
import { isAdverb, isCalendarWord, isCopula, isFiniteVerb, finiteVerbWithin } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { type Token, spanOf } from './tokens.js';
import { isSpeltCount } from './word-classes.js';

/** Words that open what was asked: "whether …", "if …", "why …", "about the merger". */
const QUESTION_OPENERS = /^(whether|if|how|why|what|who|whom|whose|which|when|where|about)$/iu;
/** Words before a fronted "asked": "When asked …", "If asked …" is a condition, no question put. */
const FRONTING = /^(when|whenever|once|and|but)$/iu;
/** What may stand between a passive "asked" and the question: who asked, when and where. */
const AFTER_PASSIVE =
  /^(by|on|at|in|during|after|before|over|from|while|for|last|this|earlier|later|again|repeatedly|recently|specifically|directly|point-blank)$/iu;
const BE_OR_GET = /^(be|been|being|get|got|gets)$/iu;
/** A word opening an amount after "about": "20", "half", "twice", "five" ("asked about 20 times"). */
const isAmountWord = (word: string) => /^([\p{N},.]+|half|once|twice|dozen)$/iu.test(word) || isSpeltCount(word);

/** The quote of a passive "asked" at token `i` with what was asked after it, or null. */
export function askedQuestion(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  if (!/^asked$/iu.test(tokens[i]!.text)) return null;
  const fronted = i === 0 || (i === 1 && FRONTING.test(tokens[0]!.text));
  const passive = !fronted && afterBe(tokens, i);
  // ("McCain said, asked about …": after a comma, only once the main clause has its verb; "The
  // moderator, WTTW's Anna Schutz, asked how …" is the subject's own question.)
  const afterClause = tokens[i - 1]?.text === ',' && finiteVerbWithin(tokens, 0, i - 1);
  if (!fronted && !passive && !afterClause && !/^(when|whenever|once)$/iu.test(tokens[i - 1]?.text ?? '')) return null;
  const opener = questionOpener(tokens, i);
  if (opener < 0) return null;
  // "When asked by a reporter whether …": who asked follows "by".
  const agent = tokens[i + 1]?.text === 'by' ? speakers.after(tokens.slice(0, opener), i + 1, true) : null;
  // (After a main clause, "said when asked about the standards, which …" ends at its comma.)
  const end = fronted ? mainClauseComma(tokens, opener) : passive ? contentEnd(tokens, opener - 1, sentence.end) : firstComma(tokens, opener, sentence.end);
  if (end === null) return null;
  // ("asked about the merger": the topic past "about", as "asked Holt about the merger" reports it.)
  const first = /^about$/iu.test(tokens[opener]!.text) ? opener + 1 : opener;
  const content = trimmed(text, tokens[first]?.start ?? sentence.end, end);
  const cue = tokens[i]!;
  return content && draft(content, spanOf(cue), agent, false, sentence);
}

/** "was asked", "had been repeatedly asked", "after being asked": a form of "be" before the participle. */
function afterBe(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (isAdverb(tokens[k]!.text) || /^(later|also|then|first|again|once)$/iu.test(tokens[k]!.text)) && !/^(not|never)$/iu.test(tokens[k]!.text))
    k--;
  return isCopula(tokens[k]?.text ?? '') || BE_OR_GET.test(tokens[k]?.text ?? '');
}

/** The index of the word opening what was asked, past who asked ("by a reporter") and when and where
 *  ("on Monday", "at a briefing in Moscow"); -1 when none follows before a comma, a verb or an
 *  infinitive ("was asked to leave"). */
function questionOpener(tokens: Token[], i: number): number {
  // ("Vargas asked the candidate if …" puts the question in the active: its object comes first.)
  const next = tokens[i + 1]?.text ?? '';
  if (!QUESTION_OPENERS.test(next) && !AFTER_PASSIVE.test(next) && !isAdverb(next) && !isCalendarWord(next)) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const w = tokens[k]!.text;
    if (QUESTION_OPENERS.test(w)) {
      // "asked about 20 times": an amount, no topic.
      const amount = /^about$/iu.test(w) && isAmountWord(tokens[k + 1]?.text ?? '');
      return amount ? -1 : k;
    }
    // ("asked by a caller to a radio show how …": "to" before a noun phrase is no infinitive.)
    const infinitive = /^to$/iu.test(w) && !/^(a|an|the|his|her|their|its|this|\p{Lu}.*)$/u.test(tokens[k + 1]?.text ?? '');
    if (!/^[\p{L}\p{N}’'.-]+$/u.test(w) || infinitive || /^that$/iu.test(w) || (isFiniteVerb(w) && !/^\p{Lu}/u.test(w))) return -1;
  }
  return -1;
}

/** The start of the comma closing a fronted question, where the main clause's subject and verb
 *  follow ("Asked whether …, the senator said"); null when none does. */
function mainClauseComma(tokens: Token[], opener: number): number | null {
  for (let k = opener + 1; k < tokens.length; k++) {
    if (tokens[k]!.text === ',' && subjectThenVerb(tokens, k + 1)) return tokens[k]!.start;
  }
  return null;
}

/** The start of the first comma after `from`, else the sentence's end. */
function firstComma(tokens: Token[], from: number, sentenceEnd: number): number {
  return tokens.slice(from).find((t) => t.text === ',')?.start ?? sentenceEnd;
}

/** A subject (up to twelve words, an apposition set off by commas among them, opened by no verb,
 *  conjunction or relative) and its verb at `k`: "the council's director, Sarah Eccles, said".
 *  Looser than clause-openings.ts's subjectAndVerbAt, on purpose: after a fronted question the main
 *  clause has to come, so a long subject with commas in it is still its subject; subjectAndVerbAt
 *  asks whether a clause of its own opens after a content's comma or "and", where a test this loose
 *  would end the content at any later verb. */
function subjectThenVerb(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  if (!/^[\p{L}\p{N}]/u.test(first) || isFiniteVerb(first) || SUBORDINATE.test(first)) return false;
  for (let n = k + 1; n <= k + 12 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (/^[;:“”"]$/u.test(w) || SUBORDINATE.test(w)) return false;
    // ("…, Ann Holt demurred", "…, her spokesman suggested": a past form the lexicon reads as a participle too.)
    if ((isFiniteVerb(w) || /^\p{Ll}+ed$/u.test(w)) && /^\p{Ll}/u.test(w)) return true;
  }
  return false;
}
const SUBORDINATE = /^(and|but|or|which|who|whom|that|when|where|while|if|because|as)$/iu;
