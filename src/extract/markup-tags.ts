// Markup left in an exported or scraped article (an embedded post, `<tweet author="@pike" date="…">…</tweet>`,
// a stray `<br/>` or `</p>`) is no text: the quote marks around its attribute values open no quotation,
// and its attributes name no one. The stages read each tag as blanks, one space for one character, so
// every offset holds; the words between the tags are read as the article's own. The output's texts
// come from the text given (single-quotes.ts withTextsOf).

/** An opening, closing or empty tag: a name, then attributes each with a quoted or plain value, on one
 *  line and of bounded length, so that "a < b" or "x<y and z>w" is never one. */
const TAG = /<\/?[A-Za-z][\w:-]{0,40}(?:\s+[\w:-]{1,40}\s*=\s*(?:"[^"\n<>]{0,400}"|'[^'\n<>]{0,400}'|[^\s"'<>]{1,400})){0,20}\s*\/?>/gu;

/** The text with every markup tag blanked; the text itself when it has none. */
export function blankMarkupTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(TAG, (tag) => ' '.repeat(tag.length));
}
