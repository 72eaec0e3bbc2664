// The maintained list of speech cues: verbs that report what someone said, in every form news
// uses, and "according to". Add a verb here and every stage that reads cues knows it. Verbs that
// report with their particle or listener: phrasal-cues.ts; speech turned down: declined-cues.ts.
import { isCalendarWord } from './lexicon.js';
import type { Token } from './tokens.js';

const SPEECH_VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  // "states" and "statement" are mostly nouns in news: only the past and the participle ("stating
  // that …", never a noun) report speech.
  state: ['stated', 'stating'],
  // "called it “…”", "called for …", "called on …": see quotes.ts for when "call" reports speech.
  call: ['call', 'calls', 'called', 'calling'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  brand: ['brand', 'brands', 'branded', 'branding'],
  // "terms" is mostly a noun ("the terms of the deal"); "terming it …" is the verb.
  term: ['termed', 'terming'],
  sing: ['sing', 'sings', 'sang', 'singing'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  // "groused that the paper treats him badly", "intimated that she would run": a complaint and a hint.
  // (Not the bird "grouse" nor the adjective "intimate": only the forms of the verb.)
  grouse: ['grouses', 'groused', 'grousing'],
  intimate: ['intimates', 'intimated', 'intimating'],
};

/** Verbs that report what someone or something was called: "called it “…”", "branded X an outlaw". */
export const NAMING_VERBS = new Set(['call', 'dub', 'label', 'brand', 'term']);

// Regular verbs: base form only; the other forms follow from spelling rules.
const REGULAR = (
  'add stress warn note commend insist argue explain claim announce ask declare affirm confirm ' +
  'acknowledge admit report urge suggest emphasize emphasise underline underscore maintain contend complain ' +
  'predict vow pledge promise reiterate recall remark respond answer assert allege caution concede conclude ' +
  'accept disclose reveal observe comment tweet agree hint indicate recommend propose demand charge boast brag joke quip shout ' +
  'yell scream exclaim recount muse lament retort inform cite describe mention question express accuse criticize criticise praise blast slam blame proclaim ' +
  'chant whisper plead beg mutter assure remind threaten counter speculate implore wonder post opine posit aver ' +
  // what officials do in readouts: "highlighted the role of …", "condemned the attack", "welcomed the deal"
  'highlight condemn denounce welcome hail reaffirm voice clarify reject decry deplore laud refute dismiss encourage advise ' +
  // "implied that the judge was biased", "bemoaned that costs were rising": a claim hinted at or complained of
  'imply bemoan ' +
  // "grumbled that the trains were late", "surmised that the deal was dead"
  'grumble surmise ' +
  // "ordered the council to release the records", "ordered that the vote be held": a directive
  'order'
).split(' ');

/** Verbs of more than one syllable stressed on their last, which double its consonant ("admitted"). */
const FINAL_STRESS = new Set(['admit', 'regret', 'rebut', 'omit', 'commit', 'refer', 'confer', 'aver']);

export function regularForms(base: string): string[] {
  // "decry" → "decries", "decried"; "slam" → "slammed", "admit" → "admitted".
  if (/[^aeiou]y$/u.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const sounds = base.replace(/^qu/u, 'q');
  const doubled = (/^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(sounds) || FINAL_STRESS.has(base)) && /[^aeiou][aeiou][^aeiouwxy]$/u.test(sounds);
  const stem = doubled ? base + base.at(-1) : base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${stem}ed`, `${stem}ing`];
}

const cueForms = new Map<string, string>();
for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const f of forms) cueForms.set(f, lemma);
for (const base of REGULAR) for (const f of regularForms(base)) cueForms.set(f, base);

/** The lemma of a speech verb form ("told" → "tell"), or undefined. */
export function cueLemma(word: string): string | undefined {
  return cueForms.get(word.toLowerCase());
}

// Verbs that report speech only right beside a quotation: "She continued, “…”", "“…,” the letter reads",
// "“…-” she began",
// "‘The lads were magnificent,’ he beamed". Elsewhere they are narration ("continued her campaign",
// "read the report", "smiled at the crowd").
const MANNER_OF_SPEAKING = 'beam smile laugh chuckle grin sigh shrug fume rage gush enthuse snap bark scoff sniff groan react exhort';
const QUOTATION_CUE_FORMS = new Map([
  ...['continue', 'continues', 'continued'].map((f) => [f, 'continue'] as const),
  ...['read', 'reads'].map((f) => [f, 'read'] as const),
  // "‘I need you to let me finish -’ she began": words begun, or broken into, beside a quotation.
  ...['begin', 'begins', 'began'].map((f) => [f, 'begin'] as const),
  ...['interrupt', 'interrupts', 'interrupted'].map((f) => [f, 'interrupt'] as const),
  // (the third person and the past: "he beams", "he beamed")
  ...MANNER_OF_SPEAKING.split(' ').flatMap((lemma) =>
    regularForms(lemma)
      .slice(1, 3)
      .map((f) => [f, lemma] as const),
  ),
]);

/** The lemma of a verb that attributes a quotation beside it: every speech cue, "continued", "reads",
 *  and "put" in "as X put it". */
export function quotationCueLemma(word: string, next?: string): string | undefined {
  if (/^puts?$/iu.test(word)) return next?.toLowerCase() === 'it' ? 'put' : undefined;
  // "“…,” Rayner shot back": beside a quotation a retort needs no "that".
  if (RETORT_VERBS.test(word) && next?.toLowerCase() === 'back') return 'fire back';
  // "“…,” he went on", "“…!” the crowd cried out": with their particle, going on and crying out say the words beside them.
  if (/^(go|goes|went)$/iu.test(word)) return next?.toLowerCase() === 'on' ? 'continue' : undefined;
  if (/^(cry|cries|cried)$/iu.test(word)) return next?.toLowerCase() === 'out' ? 'cry out' : undefined;
  const lemma = cueLemma(word);
  // ("the decision was accepted by the player, Hill shrieked: “…”": "accept" reports only a clause after it.)
  return lemma === 'accept' ? undefined : (lemma ?? QUOTATION_CUE_FORMS.get(word.toLowerCase()));
}

/** Nouns naming something said, which a colon and a quotation may follow: "a new message: “…”". */
export const SPEECH_NOUNS = new Set(
  (
    'message comment comments words statement question questions answer warning advice response reply quote headline tweet post ' +
    'note slogan line remark remarks promise vow plea appeal argument explanation verdict retort'
  ).split(' '),
);

/** Verbs whose first object is the listener, not the content: "told reporters (that) ...". With
 *  "urged them to leave" or "asked him to stay" the object belongs to the content. */
export const LISTENER_VERBS = new Set(['tell', 'remind', 'assure', 'inform']);

/** Words between a cue and "that" that keep "that" a complementizer: "said on Thursday that". */
export const BEFORE_THAT = new Set(
  (
    'out back down phone on in at to during after before last this earlier late later in a an the statement interview news conference reporters journalists ' +
    'tweet post video message speech address letter email televised written joint press briefing ' +
    'friday saturday sunday monday tuesday wednesday thursday week weekend month quarter year morning evening night again also repeatedly previously ' +
    // "said afterwards that …", "reported last quarter that …"
    'afterwards afterward today yesterday tonight ' +
    // "have said for months that …"
    'for days weeks months years decades'
  ).split(' '),
);

/** A word of when or where between a cue and "that": "said on Tuesday that", "said earlier in August that". */
export const whenOrWhereWord = (word: string): boolean => BEFORE_THAT.has(word.toLowerCase()) || isCalendarWord(word);

/** The index of "that" after words of when or where from `k` ("on Wednesday that", "last week that"), or `k`. */
export function thatPastWhenOrWhere(tokens: Token[], k: number): number {
  let n = k;
  for (const end = k + 5; n < end && whenOrWhereWord(tokens[n]?.text ?? ''); n++);
  return tokens[n]?.text.toLowerCase() === 'that' ? n : k;
}

/** Whether "that" comes at `k`, or past words of when or where from it ("said on Monday that"). */
export const thatFollowsAt = (tokens: Token[], k: number): boolean => tokens[thatPastWhenOrWhere(tokens, k)]?.text.toLowerCase() === 'that';

/** "would add $84 billion", "added 3 percent", "Club posts £2.1m loss", "posted a $3bn profit": an
 *  amount after "add" or "post" is no speech. */
export const reportsAnAmount = (lemma: string | undefined, next: string | undefined, after?: string): boolean =>
  (lemma === 'add' && AMOUNT.test(next ?? '')) || (lemma === 'post' && (AMOUNT.test(next ?? '') || (A_OR_AN.test(next ?? '') && AMOUNT.test(after ?? ''))));
const AMOUNT = /^[\p{N}$€£¥]/u;
const A_OR_AN = /^(a|an)$/iu;

/** Verbs that report a retort with "back" after them: "fired back", "hit back", "shot back". */
export const RETORT_VERBS = /^(fire|fires|fired|hit|hits|shot|shoots|push|pushed|pushes)$/u;

/** Verbs whose content may be an infinitive: "vowed to punish", "urged them to leave". */
export const INFINITIVE_VERBS = new Set([
  'vow',
  'pledge',
  'promise',
  'urge',
  'order',
  'encourage',
  'beg',
  'plead',
  'implore',
  'ask',
  'tell',
  'warn',
  'agree',
  'threaten',
  'demand',
  'propose',
  'recommend',
  'advise',
  // "claims to represent the valley", "claimed to have seen it": what one says of oneself.
  'claim',
]);

/** Verbs that report what evidence says rather than speech: "a poll shows that …", "the study
 *  found …". Kept out of the cue list: they count only with a document as subject, or before "that". */
const EVIDENCE_FORMS = new Map([
  ...['show', 'shows', 'showed', 'shown', 'showing'].map((f) => [f, 'show'] as const),
  ...['find', 'finds', 'found'].map((f) => [f, 'find'] as const),
  ...['rule', 'rules', 'ruled'].map((f) => [f, 'rule'] as const),
  ...['estimate', 'estimates', 'estimated'].map((f) => [f, 'estimate'] as const),
  ...['forecast', 'forecasts', 'forecasted'].map((f) => [f, 'forecast'] as const),
]);
export const evidenceLemma = (word: string): string | undefined => EVIDENCE_FORMS.get(word);

/** Heads of noun phrases that name evidence: polls, studies, records, footage. */
export const DOCUMENT_NOUNS = new Set(
  (
    'poll polls survey surveys study studies report reports analysis analyses data video videos footage transcript transcripts ' +
    'records documents audit review investigation research figures statistics census findings memo filing filings estimates minutes emails ' +
    'average averages inquiry results polling inspection inspections ballot'
  ).split(' '),
);
