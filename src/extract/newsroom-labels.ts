// Words a newsroom sets before a colon on its pages. They are never speakers ("BREAKING: …"), and after a
// link or teaser word the line names another story, so it holds no speech ("ALSO: Police seek …").
const TEASERS =
  'read more|read|also read|also|more|related|see also|watch|video|listen|photos?|gallery|click here|sign up|subscribe|' +
  'follow us|recommended|must watch|live|trending|podcast|latest';
const LABELS =
  "clarification|corrections?|update|updated|editor['’]s note|note|abstract|advertisement|disclosure|sources?|" +
  'breaking|breaking news|exclusive|opinion|analysis|fact check|sponsored|developing|interview|q ?& ?a|explainer|insight|profile';

/** A line that opens with a link or teaser word: "READ MORE: …", "Watch — …". */
export const TEASER_LINE = new RegExp(`^\\s*(${TEASERS})\\s*[:|—–-]`, 'iu');
/** The whole text before a colon is a label of the page, not a speaker. */
export const NEWSROOM_LABEL = new RegExp(`^(${TEASERS}|${LABELS})$`, 'iu');

const LABEL_PREFIX = new RegExp(`^(${LABELS})\\s*:\\s+(?=\\S)`, 'iu');

/** How many characters a label of the page takes at the start of a paragraph ("BREAKING: "), or 0. */
export function newsroomLabelLength(text: string): number {
  return LABEL_PREFIX.exec(text)?.[0].length ?? 0;
}
