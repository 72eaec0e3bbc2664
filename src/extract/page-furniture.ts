// Page furniture: the lines a news page sets around its story as it is scraped or exported. They
// carry no speech. Labels, prompts, time stamps and links to other stories name nothing of the
// story either (FURNITURE); picture captions and credits (CREDIT) name people and bodies, which are
// kept. A note on how the piece was made or mended, or on its writer (NOTE), keeps its names and the
// speech it reports of others, though the piece itself is no speaker there.
import { ARTICLE_ALTERNATIVES } from './lexicon.js';
import { NAME_WORD, WRITER_NAME } from './author.js';
import { POST_SIGNATURE } from './embedded-posts.js';
import { NEWSROOM_LABEL, TEASER_LINE } from './newsroom-labels.js';

export type Furniture = 'FURNITURE' | 'CREDIT' | 'NOTE';

// Labels heading a list of other stories, whole-line labels in their own right too: "Related
// Topics", "More on this story", "Most read".
const LISTING_LABELS = String.raw`related (?:articles|stories|topics|content|coverage|links)|more (?:on|about) this (?:story|topic)|more from [\p{L} ]{2,24}|most (?:read|popular|viewed)|top stories|explore more on these topics`;

// Whole-line labels a page sets between paragraphs: "Advertisement", "Share this article", "Key
// events", "RELATED ARTICLES", "More on this story", "4 min read" (a lone numeral is a pager's).
const PAGE_LABEL = new RegExp(
  String.raw`^(?:skip advertisement|advertisements?|share(?: this (?:article|story|page)| or comment on this article| on \p{L}+)?|key events|show key events only|pinned post|previous|next|\d{1,2}|reuse this content|${LISTING_LABELS}|(?:image|media|photo|video) caption|listen to this article|comments?|\d+\s*min(?:ute)?s?\s+read)$`,
  'iu',
);

// Labels after which the lines are headlines of other stories: "READ MORE:", "Related Topics".
const LINK_LIST = new RegExp(`^(?:read more|more|related|see also|also read|also see|also watch|watch|recommended|trending|latest|${LISTING_LABELS})$`, 'iu');

// A time stamp, alone on its line: "Published: 09:14 BST, 3 May 2024 | Updated: 16:42 BST",
// "Updated 2 hours ago", "Sat 11 May 2024 07.00 BST", "14:32 GMT".
const STAMP_WORD =
  /^(?:published|updated?|last|modified|posted|first|on|at|ago|an?|hours?|hrs?|minutes?|mins?|days?|seconds?|secs?|just|now|today|yesterday|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[ap]\.?m\.?)$/iu;
const TIME_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|IST|PKT|JST|KST|HKT|SGT|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|WAT|EAT|CAT|SAST|UK)$/u;
const NUMBER_OF_TIME = /^\d[\d:./-]*(?:am|pm|st|nd|rd|th|h)?$/iu;

// Prompts to the reader: "Sign up to our newsletter", "Follow Pam Key on Twitter @pamkeyNEN",
// "Download the app", "Do you have a story? Email …", "Like us on Facebook".
const PROMPT =
  /^(?:sign up|subscribe|download|follow|like us|join us|get (?:our|the latest)|send (?:us|your)|email us|contact (?:us|the newsroom)|click here|tap here|do you have a (?:story|news tip)|got a (?:story|news tip)|have your say)(?![\p{L}-])/iu;
const CHANNEL =
  /\b(?:newsletters?|app|twitter|facebook|instagram|tiktok|youtube|whatsapp|telegram|linkedin|threads|x|e-?mail|inbox|podcast|comments?|story|tips?)\b|@\p{L}/iu;

// "Copyright 2024 The Associated Press. All rights reserved.", "© Agence France-Presse".
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s)/iu;
const ALL_RIGHTS_RESERVED = /\ball rights reserved\b/iu;

// Who reported and edited: "(Reporting by Ann Holt; Editing by Mark Potter)", "Associated Press writer
// Mike Tran contributed to this report.", "(With inputs from PTI)", an agency's initials "afp/jm/rl".
const REPORTING =
  /^\((?:(?:additional |further )?reporting|writing|editing|edited|compiled|translated|with inputs?|with (?:additional )?reporting) (?:by|from)\b|^with inputs? from\b|^\p{Ll}{2,5}(?:\/\p{Ll}{2,5}){1,4}$/iu;
const CONTRIBUTED = /\bcontributed (?:to )?this (?:report|story|article)\.?\)?$/iu;
const REPORTING_BY = /^(?:(?:[Aa]dditional |[Ff]urther )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by \p{Lu}/u;

// How the piece was made or mended: "Editor's note: …", "Correction: …", "This story has been
// updated to …", "An earlier version of this article …".
const NOTE =
  /^(?:editors?['’]s? note|correction|clarification)\s*[:—–-]|^(?:this (?:article|story|report|piece|post)|an earlier version of this (?:article|story|report)) (?:has been|was|is|had|incorrectly|misstated|misspelled|said|stated|gave)\b/iu;
// "A version of this article appears in print on …, with the headline: …": the paper's page, not the story's.
const PRINT_EDITION = /^a version of this (?:article|story) (?:appears|appeared|was published)\b/iu;

// Picture captions and credits: "Photo: …", "Image source, Essex Police", "Pictures: PA, Getty Images",
// a caption ending in its credit ("… Picture: Getty Images", "… REUTERS/Ivan Alvarado"), or one that
// points at the picture without a closing full stop ("Kelly Marsh (pictured) said she would appeal").
const CAPTION_LABEL =
  /^(?:\?\?|(?:photo|photograph|picture|image|credit|caption)s?\s*[:/]|(?:photo|picture|image|media) (?:credit|caption|source)s?\s*[:/,]?)/iu;
const CREDIT_AT_END = /\b(?:photo|photograph|picture|image)s?(?: credit)?\s*[:/]\s*[^.!?:]{2,60}$/iu;
const AGENCY_CREDIT_AT_END = /\b\p{Lu}{2,}(?: Photo)?\/\s?\p{Lu}[\p{L}.'’ -]{0,40}\p{L}$/u;
const POINTS_AT_PICTURE = /\((?:pictured|left|right|centre|center|above|below|inset)\b/iu;
const PICTURE_AGENCY =
  /^(?:(?:Getty Images|AFP|AP(?: Photo)?|Reuters|REUTERS|EPA(?:-EFE)?|PA(?: Media| Wire)?|Shutterstock|Alamy|Rex(?: Features)?|NurPhoto|SOPA Images|Xinhua)(?:\s*(?:via|\/|,|and)\s*|$))+$/u;

// A reporter's title on a line of its own under the byline: "Political Correspondent", "Local
// Democracy Reporter".
const BYLINE_TITLE = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist|contributor)$/iu;
const BYLINE_TITLE_END = /(?:reporter|correspondent|editor|writer|columnist|journalist|contributor)$/iu;
/** The longest of those titles ("correspondent"). */
const LONGEST_BYLINE_TITLE = 13;

// Every line is asked whether it is furniture, and most are paragraphs of the story: a pattern not
// anchored at the line's start is tried at each of their characters, and one anchored at both ends
// is slow to fail too. Those are tried only on a line holding what any of their matches holds.
const withWord = (word: RegExp, pattern: RegExp) => (line: string) => word.test(line) && pattern.test(line);
const allRightsReserved = withWord(/all rights reserved/iu, ALL_RIGHTS_RESERVED);
const contributedToThis = withWord(/contributed/iu, CONTRIBUTED);
const creditAtEnd = withWord(/photo|picture|image/iu, CREDIT_AT_END);
const agencyCreditAtEnd = withWord(/\//u, AGENCY_CREDIT_AT_END);
const isBylineTitle = (label: string) => BYLINE_TITLE_END.test(label.slice(-LONGEST_BYLINE_TITLE)) && BYLINE_TITLE.test(label);

// A byline: "By Harriet Cole and Tomas Vidal", "by: Kayla Brooks", "By Priya Shah, Business Reporter".
// The writer is no one the story's descriptions stand for ("The chancellor told the Commons …").
const BYLINE = new RegExp(String.raw`^[Bb]y:?\s+${NAME_WORD}(?:\s+(?:and\s+)?${NAME_WORD}){0,5}(?:\s*[,|—–-]\s*[^.!?]{0,60})?$`, 'u');

// The writer's note at the end: "Sian Morgan is the health editor of WalesOnline.", "Daniel Okafor
// covers City Hall for The Times.", "Gareth Evans is a former councillor and the author of …".
const AUTHOR_NOTE = new RegExp(
  String.raw`^${WRITER_NAME},?\s+(?:is\s+(?:${ARTICLE_ALTERNATIVES})\b[^.]{0,80}?\b(?:reporter|correspondent|editor|writer|columnist|journalist|author|contributor|contributing)\b|(?:covers|writes about|reports on)\s)`,
  'u',
);

const SENTENCE_END = /[.!?]["”’']?$/u;

const CLOSING_PUNCTUATION = /^[\s:,.|>»›]$/u;
/** The line as a label reads it: without a stray opening quote mark or closing punctuation. (The
 *  closing run is found from the end: a pattern anchored at the end would be tried at every space of
 *  a paragraph.) */
function bare(line: string): string {
  const opened = line.replace(/^["“]\s*/u, '');
  let end = opened.length;
  while (end > 0 && CLOSING_PUNCTUATION.test(opened[end - 1]!)) end--;
  return opened.slice(0, end);
}

// A live blog's entry time alone ("2:45 p.m.", "14:32 GMT") stays a paragraph: it parts one entry,
// and the people it names, from the next.
const ENTRY_TIME = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+\p{Lu}{2,4})?$/iu;

/** Whether every word of a line is part of a date or time, and some word a figure. */
function isTimeStamp(line: string): boolean {
  if (line.length > 120 || !/\d/u.test(line) || ENTRY_TIME.test(line)) return false;
  const words = line.split(/[\s,|:/–—-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => NUMBER_OF_TIME.test(w) || STAMP_WORD.test(w) || TIME_ZONE.test(w));
}

/** What page furniture a line is, by its own shape, or null for a line of the story; `label` is the
 *  line as a label reads it (bare). */
function furnitureOf(line: string, label: string): Furniture | null {
  if (CAPTION_LABEL.test(line)) return 'CREDIT';
  if (PAGE_LABEL.test(label) || NEWSROOM_LABEL.test(label) || TEASER_LINE.test(label) || isTimeStamp(label)) return 'FURNITURE';
  if (isBylineTitle(label) || COPYRIGHT.test(label) || allRightsReserved(label) || PRINT_EDITION.test(label) || (PROMPT.test(label) && CHANNEL.test(label)))
    return 'FURNITURE';
  if (REPORTING.test(label) || contributedToThis(label) || REPORTING_BY.test(label) || BYLINE.test(line)) return 'CREDIT';
  if (NOTE.test(label) || AUTHOR_NOTE.test(line)) return 'NOTE';
  // An embedded post's signature ("— Jane Doe (@janedoe) May 3, 2024") names its author.
  if (POST_SIGNATURE.test(line)) return 'CREDIT';
  if (PICTURE_AGENCY.test(label) || creditAtEnd(line) || agencyCreditAtEnd(line)) return 'CREDIT';
  if (POINTS_AT_PICTURE.test(line) && !SENTENCE_END.test(line)) return 'CREDIT';
  return null;
}

/** A short line without a closing full stop: a headline, a caption. */
const isHeadlineLike = (line: string) => !SENTENCE_END.test(line) && line.split(/\s+/u).length <= 20;

/** The furniture of each line, given the lines before it: the headlines under a bare link label
 *  ("READ MORE:", "Related Topics") are links to other stories, and the line under a lone picture
 *  credit or an "Image caption" label is the caption. */
export function furnitureOfLines(lines: string[]): Array<Furniture | null> {
  const out: Array<Furniture | null> = [];
  let listing = false;
  let captioned = false;
  for (const line of lines) {
    const label = bare(line);
    const own = furnitureOf(line, label);
    if (own) out.push(own);
    else if (listing && isHeadlineLike(line)) out.push('FURNITURE');
    else if (captioned && isHeadlineLike(line)) out.push('CREDIT');
    else out.push(null);
    listing = (listing && out[out.length - 1] !== null) || LINK_LIST.test(label);
    captioned = PICTURE_AGENCY.test(label) || /^(?:image|photo|media) caption$/iu.test(label);
  }
  return out;
}
