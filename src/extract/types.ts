// Typed inputs and outputs of the extraction pipeline stages.
// Every offset is a JavaScript string index into the text given to `extract` (end exclusive).

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';
export type QuoteKind = 'DIRECT' | 'INDIRECT' | 'MIXED';
/** What is attributed: words said, or a belief, fear or hope held ("Police believe the fire was set"). */
export type QuoteAct = 'SPEECH' | 'BELIEF';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** What a block of the document is; only BODY blocks carry statements and quotes. FURNITURE is a
 *  page's label, prompt, time stamp or link, NOTE an editor's note or correction. */
export type BlockRole = 'MASTHEAD' | 'TITLE' | 'SEPARATOR' | 'BODY' | 'CREDIT' | 'NOTE' | 'FURNITURE' | 'BOILERPLATE';

/** A paragraph-like block of the document (separated by blank lines or line breaks). */
export interface Block extends TextSpan {
  index: number;
  role: BlockRole;
}

export interface Sentence extends TextSpan {
  index: number;
  /** index of the Block the sentence belongs to */
  block: number;
}

export interface Layout {
  text: string;
  blocks: Block[];
  /** Sentences of BODY blocks, in document order. */
  sentences: Sentence[];
  /** The story's first sentence, after any byline or source line and its dateline. */
  lead?: Sentence;
  /** The text laid out line by line, where hard-wrapped lines were joined into paragraphs above. */
  byLine?: Layout;
}

/**
 * NAME: a proper name; PRONOUN: "he", "they"; NOMINAL: "the minister", "the two";
 * DEMONYM: "Russian" for Russia. Only NAME mentions are name mentions in the extract contract.
 */
export type MentionKind = 'NAME' | 'PRONOUN' | 'NOMINAL' | 'DEMONYM';

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Entity {
  /** Document-local identifier, stable within one extraction ("e1", "e2", ...). */
  id: string;
  type: EntityType;
  /** Canonical name with titles and honorifics stripped ("Ali Khamenei"). */
  name: string;
  /** Every other name the document uses for it ("Khamenei", "Ayatollah Seyyed Ali Khamenei", "SNSC"). */
  aliases: string[];
  /** Every reference found, of any kind, in document order. */
  mentions: Mention[];
  /** From first names and honorifics where they tell it; pronoun resolution uses it. */
  gender: 'MALE' | 'FEMALE' | null;
}

export interface Statement extends TextSpan {
  /** order of the statement in the document */
  index: number;
  /** ids of the entities the statement is about */
  about: string[];
}

export interface Speaker {
  entityId: string | null;
  /** resolved canonical name, even where the text says "he" */
  name: string | null;
  /** the surface mention naming the speaker in this passage ("he", "Shamkhani", "The two") */
  mention: Mention | null;
}

export interface Quote extends TextSpan {
  /** `text`: the words said, its parts joined without what interrupts them */
  kind: QuoteKind;
  /** SPEECH, or a BELIEF held: kept apart from speech by the contract and the knowledge base */
  act: QuoteAct;
  /** the pieces of the content within start..end, without an interrupting attribution
   *  (“A,” she said, “B.” → A and B); one piece, the whole span, when uninterrupted */
  parts: TextSpan[];
  speaker: Speaker;
  cue: TextSpan | null;
  /** the verbatim parts inside quote marks (for MIXED quotes; the whole content for DIRECT) */
  quoted: TextSpan[];
  /** ids of the entities the quote is about */
  about: string[];
  /** indexes of the statements the quote sits in */
  statements: number[];
  /** 0..1, from how the quote was found (cue, speaker evidence, quote marks): see confidence.ts */
  confidence: number;
}

export interface Extraction {
  layout: Layout;
  entities: Entity[];
  statements: Statement[];
  quotes: Quote[];
}
