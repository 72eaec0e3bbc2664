// What the text shows an organization to be, which a description of a body must fit
// (organization-descriptions.ts): a news outlet, a business, or a body of no business.
import type { Entity } from './types.js';
import { COMPANY_FORMS, COMPANY_HEADS } from './entities/organization-vocabulary.js';
import { NEWS_ORGANIZATIONS } from './entities/named-body-vocabulary.js';
import { isBusinessWord, OUTLET_WORDS } from './description-heads.js';
import { isFiniteVerb, isFunctionWord, ARTICLE_ALTERNATIVES } from './lexicon.js';

/** The last word of a paper's or a broadcaster's name: "the Evening News", "the Kelvo Sentinel". */
const OUTLET_NAME_END =
  /\b(news|times|post|journal|herald|tribune|gazette|daily|press|telegraph|tv|radio|magazine|sentinel|observer|chronicle|inquirer|examiner|courier|dispatch)$/iu;

/** A news agency, paper or broadcaster: "Reuters", "the Evening News", "CNN", "the Kelvo Sentinel". */
// (Journals of a science are outlets too: "the New England Journal of Medicine", "Annals of Oncology".)
export const isOutlet = (e: Entity) =>
  NEWS_ORGANIZATIONS.has(e.name.toLowerCase()) || OUTLET_NAME_END.test(e.name) || /\b(journal|annals|proceedings) of\b|^the lancet$/iu.test(e.name);

/** The last word before the spaces ending a text. (A match starts where a word does, so (?<![\p{L}-]) changes
 *  none: it spares the engine retrying each word from every one of its letters.) */
const WORD_BEFORE_SPACE = /(?<![\p{L}-])([\p{L}-]+)\s+$/u;

/** Whether the text calls the organization an outlet right before a mention: "told state broadcaster ERT". */
export const calledOutlet = (text: string, e: Entity): boolean =>
  e.mentions.some((m) => OUTLET_WORDS.has(WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? ''));

/** Whether a mention of the organization is followed by an apposition naming a body of no business:
 *  "Clean Rivers Now, a campaign group,", "Shelter, the housing charity,". */
export function describedAsNoBusiness(text: string, e: Entity): boolean {
  return (
    e.mentions.some(
      (m) =>
        NO_BUSINESS_APPOSITION.test(text.slice(m.end, m.end + 60)) ||
        // "the Unite union said", "the charity Shelter": a kind of body written next to the name
        // ("Boeing union members" are a business's workers).
        kindWrittenAfter(text.slice(m.end, m.end + 40)) ||
        NO_BUSINESS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
    ) || NO_BUSINESS_NAME.test(e.name)
  );
}
/** A name ending in a kind of body of no business: "Hendon Riverside Residents' Association", "the Ramblers' Society". */
const NO_BUSINESS_NAME = /\b(?:Association|Society|Foundation|Charity|Coalition|Campaign|Council)$/u;
const NO_BUSINESS_KIND = 'union|charity|party|association|federation';
const NO_BUSINESS_AFTER = new RegExp(`^\\s+(?:${NO_BUSINESS_KIND})\\b[\\s,]*(\\p{L}*)`, 'u');
const kindWrittenAfter = (after: string): boolean => {
  const next = NO_BUSINESS_AFTER.exec(after)?.[1];
  return next !== undefined && (!next || isFunctionWord(next) || isFiniteVerb(next));
};
const NO_BUSINESS_BEFORE = new RegExp(`\\b(?:${NO_BUSINESS_KIND})\\s+$`, 'u');
const NO_BUSINESS_APPOSITION = new RegExp(
  String.raw`^,\s+(?:${ARTICLE_ALTERNATIVES})\s+(?:[\p{L}-]+\s+){0,2}(?:group|charity|union|association|campaign|coalition|alliance|movement|network|nonprofit|non-profit|think tank|party|federation|society|trust)\b`,
  'iu',
);

/** Whether the text shows the organization to be a business: by its name ("Barlow Bank", "Nordair
 *  Ltd"), or by the word just before a mention ("drugmaker Veranta", "company Veranta"). */
export function describedAsBusiness(text: string, e: Entity): boolean {
  const words = e.name.toLowerCase().split(/\s+/u);
  const last = words.at(-1)!;
  if (words.some((w) => COMPANY_FORMS.has(w)) || COMPANY_HEADS.has(last)) return true;
  if (isBusinessWord(last) && !words.some((w) => PUBLIC_BANKS.has(w))) return true;
  return e.mentions.some((m) => {
    const before = WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    return !!before && isBusinessWord(before[1]!.toLowerCase());
  });
}
/** Banks of a state, which may oversee others: "the European Central Bank", "the Federal Reserve Bank". */
const PUBLIC_BANKS = new Set(['central', 'reserve', 'federal', 'national', 'world', 'development']);
