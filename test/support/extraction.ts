// What the extraction unit tests read of a short article: its body, after a headline line.
import { extract } from '../../src/extract/index.js';

/** The extraction of an article whose first line is a headline and whose body is `body`. */
export const extractBody = (body: string) => extract(`Test article\n\n${body}`);

/** The speaker name of each quote of the body. */
export const speakersOf = (body: string) => extractBody(body).quotes.map((q) => q.speaker.name);

/** Each quote of the body as its parts' texts and its speaker name. */
export const partsAndSpeakers = (body: string) => extractBody(body).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker.name]);

/** Each quote of the body as its cue, speaker name, the words naming the speaker and the words said. */
export function quoteReadings(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({
    cue: q.cue?.text ?? null,
    speaker: q.speaker.name,
    mention: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
    text: q.text,
  }));
}

/** "TYPE:surface" of every name mention the entity stage finds in the body. */
export const nameMentionsOf = (body: string) =>
  extractBody(body).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));
