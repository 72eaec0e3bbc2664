// Quotations opened with two grave accents and closed with two apostrophes (``…''), as some archives
// and typesetting systems type them. The stages read the plain-ASCII double apostrophes (''…'') as a
// quotation; an opening `` is read as those. Two units stand for two, so every offset holds; the
// output's texts come from the text given (single-quotes.ts withTextsOf).

/** The text with each `` read as the '' it stands for; the text itself when it has none. */
export const graveOpenings = (text: string): string => (text.includes('``') ? text.replaceAll('``', "''") : text);
