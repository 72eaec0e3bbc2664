// The title run before a name: "Sen. Lindsey Graham", "White House doctor Connie Mariano", "The
// minister of the economy, Mr. Reyes,", "Prosecuting, Helen Ward".
import { COURTESY_TITLES } from './speaker-words.js';
import { roleOf } from './roles.js';
import { MODIFIER, type Title, titleOf, words } from './title-words.js';
import { isLowerCaseWord } from './tokens.js';

const TITLE_RUN = 6;
const BEFORE_REACH = 80;
const COURTESY_TITLE_AT_END = new RegExp(String.raw`\b(${COURTESY_TITLES})\.?\s*$`, 'u');

/** "Prosecuting, " or "Defending, " opening a sentence before a name; or a fronted phrase naming the
 *  side ("Opening the case for the prosecution at Manchester Crown Court, ", "For the defence, "). */
const COUNSEL =
  /(?:^|[.;!?]\s+|\n\s*)(?:(Prosecuting|Defending)|(?:[^,.;:!?“”"]{0,40}\s)?[Ff]or the (prosecution|Crown|defen[cs]e)\b[^,.;:!?“”"]{0,50})\s*,\s*$/u;
/** Words COUNSEL cannot match without: the text before most names holds none, and the pattern is slow to fail. */
const mayNameCounsel = (before: string) => before.includes('Prosecuting') || before.includes('Defending') || before.includes('or the ');

/** A title owned by a body of several words or by a plural name, before a comma: "Greystone Foods'
 *  chief executive, ", "Brennan Precision's managing director, ". */
const OWNED_TITLE = /(?:^|[.;:!?]\s+|\n\s*|,?\s+and\s+)((?:\p{Lu}[\p{L}.&-]*\s+){1,3}\p{Lu}[\p{L}.-]*['’]s?|\p{Lu}[\p{L}.-]*s['’])\s+([^,.;:!?]{1,60}),\s*$/u;
/** A cleric's or a privy counsellor's style ending the words before a name. */
const CLERICAL_STYLE_AT_END = /\b(?:the\s+)?(?:(?:Very|Rt|Right|Most)\.?\s+)?(?:Rev|Revd|Reverend|Ven|Venerable|Hon)\.?\s*$/u;
/** Words CLERICAL_STYLE_AT_END cannot match without: the text before most names holds none, and the pattern, anchored at the end, tries every start. */
const mayEndInStyle = (before: string) => before.includes('Rev') || before.includes('Ven') || before.includes('Hon');

/** The title run just before `start` (stopping at the first word that is not part of a title). */
export function titleBefore(text: string, start: number, from = 0): Title {
  let before = text.slice(Math.max(from, start - BEFORE_REACH), start);
  // "The minister of the economy, Mr. Reyes": a description, a comma, then a courtesy title.
  before = before.replace(COURTESY_TITLE_AT_END, '');
  // "The Dean of York, the Very Rev Dominic Barrington": a cleric's or a privy counsellor's style.
  if (mayEndInStyle(before)) before = before.replace(CLERICAL_STYLE_AT_END, '');
  // "Prosecuting, Helen Ward told the court": a court report gives counsel's side by a participle.
  const counsel = mayNameCounsel(before) ? COUNSEL.exec(before) : null;
  if (counsel) return { roles: [/^(Prosecuting|prosecution|Crown)$/u.test(counsel[1] ?? counsel[2]!) ? 'prosecutor' : 'lawyer'], qualifiers: [] };
  // ("… and the finance minister, Pedro Salas": the second of two joined so; "Lange's lawyer,
  // Michael Fitch", "His attorney, Mark Geragos": a possessor for the article; "The Minister of
  // Labour, Dr Aisha Bello": an honorific after the comma.)
  const described = before.replace(/\b(Dr|Prof|Comrade|Alhaji|Alhaja|Hajia|Malam|Mallam|Engr|Barr)\.?\s*$/u, '');
  // (Only words ending in a comma are tried: the pattern is slow to fail on the words before most names.)
  const comma = described.trimEnd().endsWith(',')
    ? (/(?:^|[.;:!?]\s+|\n\s*|,?\s+and\s+)(the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s)\s+([^,.;:!?]{1,60}),\s*$/iu.exec(described) ??
      OWNED_TITLE.exec(described))
    : null;
  if (comma) return titleOf(words(`${comma[1]} ${comma[2]}`));
  const tokens = before.split(/\s+/u).filter(Boolean);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= TITLE_RUN; i--) {
    const t = tokens[i]!;
    const role = roleOf(t);
    // "Peru's trade minister", "Iran's nuclear chief": a possessor qualifies the role across a word or two.
    const beforePossessor = run.length > 0 && isLowerCaseWord(t) && tokens.slice(Math.max(0, i - 2), i).some((w) => /^\p{Lu}.*['’]s$/u.test(w));
    if (!(role || beforePossessor || /^\p{Lu}/u.test(t) || /^\p{N}/u.test(t) || /['’]s$/u.test(t) || MODIFIER.test(t) || /-/u.test(t))) break;
    run.unshift(t);
    if (/[,;:!?]$/u.test(t) || (/\.$/u.test(t) && !role && !/^(\p{Lu}\.)+$/u.test(t))) break;
  }
  return titleOf(run.filter((t) => !/[,;:!?]$/u.test(t)));
}
