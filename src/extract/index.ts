// The extraction pipeline: layout → entities → quotes → attribution → linking. Pure functions,
// no I/O; every offset indexes the text given. `extract` is what the rest of the application calls
// (`extractWithEvidence` to train the confidence model).
import type { Extraction, Quote, Span, Statement, TextSpan } from './types.js';
import { layout as layoutOf } from './layout.js';
import { attributeQuotes } from './attribution.js';
import { aboutLinker, recognizeEntities } from './entities/index.js';
import { mergeChains } from './entity-chains.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { genderFromOwnWords } from './pronoun-gender.js';
import { partsOf, saidText } from './quote-draft.js';
import { findQuotes } from './quotes.js';
import type { AttributedQuote } from './speech-history.js';
import { quoteConfidence } from './confidence.js';
import { capSecondHand } from './second-hand-quotes.js';
import { capRepeated } from './repeated-quotes.js';
import type { ConfidenceEvidence } from './confidence-features.js';
import { findStatements } from './statements.js';
import { beliefForm } from './belief-verbs.js';
import { graveOpenings } from './grave-quotes.js';
import { blankMarkupTags } from './markup-tags.js';
import { curlySingleQuotes, withTextsOf } from './single-quotes.js';

export function extract(text: string): Extraction {
  return extractWithEvidence(text).extraction;
}

/** The extraction, and for each quote the evidence its confidence comes from (to train that model). */
export function extractWithEvidence(text: string): { extraction: Extraction; evidence: ConfidenceEvidence[] } {
  // 'Quoted,' she said: straight single quotes read as the curly ones they stand for, ``Quoted,''
  // as ''Quoted,'', and markup tags as blanks.
  const curly = curlySingleQuotes(graveOpenings(blankMarkupTags(text)));
  const found = extractCurly(curly);
  if (curly !== text) withTextsOf(text, found.extraction);
  return found;
}

function extractCurly(text: string): { extraction: Extraction; evidence: ConfidenceEvidence[] } {
  const layout = layoutOf(text);
  const entities = mergeChains(recognizeEntities(layout));
  const drafts = findQuotes(layout, entities);
  genderFromOwnWords(layout.text, entities, drafts);
  const attributed = attributeQuotes(layout, entities, drafts);
  const statements = findStatements(layout, entities);
  const about = aboutLinker(entities);
  const evidence: ConfidenceEvidence[] = [];
  const quotes: Quote[] = attributed.map((q) => {
    const parts = partsOf(layout.text, q);
    const found = confidenceEvidence(q, parts);
    evidence.push(found);
    return {
      start: q.start,
      end: q.end,
      text: saidText(parts),
      kind: q.kind,
      act: q.cue && beliefForm(q.cue.text.toLowerCase()) ? 'BELIEF' : 'SPEECH',
      parts,
      speaker: q.resolved,
      cue: q.cue,
      quoted: q.quoted,
      about: about(q).filter((id) => id !== q.resolved.entityId),
      statements: statementsOver(statements, q),
      confidence: quoteConfidence(found),
    };
  });
  return { extraction: { layout, entities, statements, quotes: capRepeated(capSecondHand(quotes)) }, evidence };
}

/** What a quote's confidence is computed from: its kind, cue, speaker and content. */
function confidenceEvidence(q: AttributedQuote, parts: TextSpan[]): ConfidenceEvidence {
  return {
    kind: q.kind,
    cue: q.cue,
    // (A quotation going on borrows the words naming its speaker: no evidence of its own.)
    speaker: q.continues ? { ...q.resolved, mention: null } : q.resolved,
    continues: q.continues,
    labelled: q.sentence < 0,
    phraseOnly: q.phraseOnly,
    declined: q.declined,
    topic: q.topic,
    // (the words said: a content interrupted by its attribution is as long as its parts, not its span)
    content: { start: q.start, end: q.end, text: saidText(parts) },
  };
}

/** Indexes of the statements (sentences, in order, not overlapping) that overlap `span`. */
function statementsOver(statements: Statement[], span: Span): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, firstStartingAtOrAfter(statements, span.start) - 1); i < statements.length && statements[i]!.start < span.end; i++) {
    if (statements[i]!.end > span.start) out.push(statements[i]!.index);
  }
  return out;
}
