// Stage 1: layout. Splits a document into blocks, tells body from masthead, title, photo credit
// and exporter boilerplate (PressReader's "Newspapers in English"...), and splits body blocks into
// sentences. Pure and offset-preserving: every span indexes the input text.
import type { Block, BlockRole, Layout, Sentence } from './types.js';
import { isMajorPlace } from './gazetteer.js';
import { newsroomLabelLength } from './newsroom-labels.js';
import { furnitureOfLines } from './page-furniture.js';
import { splitSentences } from './sentences.js';
import { extended } from './extended.js';

const SEPARATOR = /^[-–—_*=•]{1,3}$/u;
const BOILERPLATE = [/^Newspapers (in|from) \p{L}/u, /^(Printed and distributed by |PressReader\b|Copyright\b|©)/iu];
// Mis-decoded picture icons ("??  ??") or an explicit label mark a picture credit.
const CREDIT = [/\?\?/u, /^(photo|photograph|picture|image|credit)s?\s*[:/]/iu];

type RawBlock = { start: number; end: number; text: string };

function splitLines(text: string): RawBlock[] {
  const lines: RawBlock[] = [];
  const line = /[^\r\n]+/gu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}

// A hard-wrapped paragraph: lines of one width (an e-mail or plain-text export wraps at 60 to 80
// characters) with no blank line between, some breaking inside a sentence.
const WRAP_MIN = 40;
const WRAP_MAX = 100;
const SENTENCE_END = /[.!?:;"”’)]$/u;

/** Consecutive lines of a hard-wrapped paragraph as one block, so that its sentences and quotations
 *  are read whole; any other line stays a block of its own. */
function joinWrappedLines(text: string, lines: RawBlock[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    // Line j wraps into line j + 1: it is as long as a wrapped line, and only one line break lies between.
    while (
      j + 1 < lines.length &&
      lines[j]!.text.length >= WRAP_MIN &&
      lines[j]!.text.length <= WRAP_MAX &&
      !/\n[^\S\n]*\r?\n/u.test(text.slice(lines[j]!.end, lines[j + 1]!.start))
    )
      j++;
    const run = lines.slice(i, j + 1);
    // (The last line of a wrapped paragraph is no longer than the others: a headline before a long
    // paragraph is no wrapped line. A list or a table of results opens every line with a capital or
    // a figure; wrapped prose goes on in lower case somewhere.)
    const wrapped =
      run.length > 1 &&
      run[run.length - 1]!.text.length <= WRAP_MAX &&
      run.slice(0, -1).some((l) => !SENTENCE_END.test(l.text)) &&
      run.slice(1).some((l) => /^\p{Ll}/u.test(l.text));
    if (wrapped) {
      blocks.push({ start: run[0]!.start, end: run[run.length - 1]!.end, text: text.slice(run[0]!.start, run[run.length - 1]!.end) });
    } else for (const line of run) blocks.push(line);
    i = j + 1;
  }
  return blocks;
}

/** Short lines without sentence punctuation that follow the body (agency names, photographers). */
function looksLikeCreditLine(text: string): boolean {
  if (CREDIT.some((re) => re.test(text))) return true;
  if (text.length > 80) return false; // four words at most: no need to split a long paragraph
  const words = text.split(/\s+/u);
  return words.length <= 4 && !/[.!?:;,"”’]$/u.test(text) && /^\p{Lu}/u.test(text);
}

// "LONDON (Reuters) - …", "TOKYO (AP) — …", "TEHRAN, Jan. 5 (IRNA) -- …", "KARACHI, Pakistan (AP) — …":
// a dateline opens the first paragraph of a wire story: a place in capitals, up to three short
// comma parts (a country, a date, a year), the agency in brackets, then a dash, or (after the agency) the
// story's first capitalised word ("NEW DELHI, March 3 (PTI) Prime Minister …").
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’/-]{1,30}(?:,\s*[\p{Lu}\p{N}][\p{L}\p{N}.' ]{1,23}?){0,3}(?:\s*[-–—]{1,2}\s+(?=\S)|\s*\([^)\n]{1,40}\)(?:\s*[-–—]{1,2}\s+(?=\S)|\s+(?=\p{Lu}\p{Ll})))/u;

// "Tokyo (Reuters) - …": a place written in title case needs its agency in brackets and a dash.
const TITLE_CASE_DATELINE =
  /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} \((?:Reuters|AP|AFP|Xinhua|IRNA|PTI|APP|Anadolu|Kyodo|Yonhap|Bloomberg|dpa|ANI|IANS|UNI|TASS|Bernama|Antara|WAM|SPA|KUNA|MENA|QNA)\)\s*[-–—]{1,2}\s+(?=\S)/u;

// "NEW DELHI: Prime Minister …", "ISLAMABAD: …": a place in capitals and a colon (a name and a
// colon is a transcript line, so the place must be a country, a capital or a big city).
const COLON_DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}):\s+(?=\p{Lu})/u;

/** How many paragraphs of the body a dateline may stand at the head of: the lead, or one after a subtitle or two. */
const DATELINE_REACH = 3;

/** Where the story begins after a dateline ("NAIROBI, Kenya (AP) — "), or 0: the dateline is no
 *  part of the first sentence's claim. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text) ?? TITLE_CASE_DATELINE.exec(text) ?? COLON_DATELINE.exec(text);
  if (m?.[1] !== undefined && !isMajorPlace(m[1].trim())) return 0;
  return m && /\p{Ll}/u.test(text.slice(m[0].length)) ? m[0].length : 0;
}

/** A first line that is the story's lead paragraph rather than its headline: a dateline opens it,
 *  or it holds more than one sentence (headlines are one phrase; some end in a period). */
function isLeadParagraph(text: string): boolean {
  if (datelineLength(text) > 0 && /[.!?]["”’]?$/u.test(text)) return true;
  return splitSentences(text, 0, text.length).length > 1;
}

function assignRoles(blocks: Array<{ text: string }>): BlockRole[] {
  const roles: BlockRole[] = blocks.map(() => 'BODY');
  let end = blocks.length;
  while (end > 0 && BOILERPLATE.some((re) => re.test(blocks[end - 1]!.text))) roles[--end] = 'BOILERPLATE';
  const hadFooter = end < blocks.length;

  // PressReader: masthead, title, "-" separator, then the body.
  const separator = blocks.slice(0, 4).findIndex((b) => SEPARATOR.test(b.text));
  let bodyStart = 0;
  // Labels and time stamps over the headline ("EXCLUSIVE", "Updated 2 hours ago") do not take its place.
  const furniture = furnitureOfLines(blocks.map((b) => b.text));
  let first = 0;
  while (first < blocks.length - 1 && furniture[first] === 'FURNITURE') first++;
  if (separator > 0) {
    roles[separator] = 'SEPARATOR';
    roles[separator - 1] = 'TITLE';
    for (let i = 0; i < separator - 1; i++) roles[i] = 'MASTHEAD';
    bodyStart = separator + 1;
  } else if (blocks.length > first + 1 && !isLeadParagraph(blocks[first]!.text)) {
    roles[first] = 'TITLE';
    bodyStart = first + 1;
  }

  // Credits sit between the last body paragraph and the footer. Without an exporter footer only
  // lines with an explicit credit mark count, so a short closing line of an article is kept.
  while (end > bodyStart + 1) {
    const text = blocks[end - 1]!.text;
    const credit = hadFooter || separator > 0 ? looksLikeCreditLine(text) : CREDIT.some((re) => re.test(text));
    if (!credit) break;
    roles[--end] = 'CREDIT';
  }
  // Page furniture among the paragraphs carries no speech; labels and links among the closing
  // credits and footer name nothing ("Related Topics", "Copyright 2024 … All rights reserved").
  for (let i = 0; i < roles.length; i++) {
    const kind = furniture[i];
    if (kind && (roles[i] === 'BODY' || (kind === 'FURNITURE' && (roles[i] === 'CREDIT' || roles[i] === 'BOILERPLATE')))) roles[i] = kind;
  }
  return roles;
}

export function layout(text: string): Layout {
  const lines = splitLines(text);
  const paragraphs = joinWrappedLines(text, lines);
  const laid = layoutOf(text, paragraphs);
  // Names are read line by line, as the entity models learnt them from wire copy (CoNLL-2003).
  return paragraphs.length === lines.length ? laid : extended(laid, { byLine: layoutOf(text, lines) });
}

function layoutOf(text: string, raw: RawBlock[]): Layout {
  const roles = assignRoles(raw);
  const blocks: Block[] = raw.map((b, index) => ({ start: b.start, end: b.end, text: b.text, index, role: roles[index]! }));
  const sentences: Sentence[] = [];
  // The dateline opens the story's first paragraph, which may follow a byline or a source line
  // ("By Maria Lopez", "Daily Monitor"): short lines without punctuation do not begin the story.
  let lead: Sentence | undefined;
  // A dateline may open the paragraph after a subtitle too ("MYRTLE BEACH, S.C. - …" below a deck
  // of one sentence): once, within the first paragraphs of the body.
  let dated = false;
  let bodies = 0;
  for (const block of blocks) {
    // A note on the piece may report what someone in the story said ("Clarification: … to reflect
    // that Fowler is calling for …"): its sentences are read.
    if (block.role !== 'BODY' && block.role !== 'NOTE') continue;
    // "BREAKING: …" and a dateline are no part of the paragraph's claims.
    const label = newsroomLabelLength(block.text);
    const dateline: number = dated || bodies >= DATELINE_REACH ? 0 : datelineLength(block.text.slice(label));
    dated ||= dateline > 0;
    if (block.role === 'BODY') bodies++;
    const from = block.start + label + dateline;
    const first = sentences.length;
    for (const s of splitSentences(text, from, block.end)) {
      sentences.push({ start: s.start, end: s.end, text: s.text, index: sentences.length, block: block.index });
    }
    if (!lead && block.role === 'BODY' && !looksLikeCreditLine(block.text)) lead = sentences[first];
  }
  return { text, blocks, sentences, lead };
}
