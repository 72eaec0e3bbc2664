// What the extraction unit tests read of a short article: its body after a headline line, or the entity stage's names.
import { DEFAULT_MIN_CONFIDENCE } from '../../src/extract/confidence.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { extract } from '../../src/extract/index.js';
import { layout } from '../../src/extract/layout.js';

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

/** The words said of each of the body's quotes whose cue is `cue`. */
export const textsOf = (body: string, cue: string) =>
  quoteReadings(body)
    .filter((q) => q.cue === cue)
    .map((q) => q.text);

/** The readings of the body's quotes whose cue is `cue`. */
export const readingOf = (body: string, cue: string) => quoteReadings(body).filter((q) => q.cue === cue);

/** The words naming the speaker of the body's quote whose content opens with `content`. */
export const mentionOf = (body: string, content: string) => quoteReadings(body).find((q) => q.text.startsWith(content))?.mention;

/** Each quote of the body as written: its cue, the words naming its speaker and the words said. */
export function quotesAsWritten(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

/** Each quote of the body as its cue, speaker name and the words said, an opening "that" left out. */
export const quotesSaid = (body: string) =>
  extractBody(body).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text.replace(/^that\s+/u, '') }));

/** The words said of each quote of the body set after a first paragraph of its own, an opening "that" left out. */
export const textsAfterLead = (body: string) => quotesSaid(`Ferry talks end.\n\n${body}`).map((q) => q.text);

/** [words said, speaker name] of each quote of the body, an opening "that" left out. */
export const saidAndSpeakers = (body: string) => extractBody(body).quotes.map((q) => [q.text.replace(/^that\s+/u, ''), q.speaker.name]);

/** [cue, speaker name, words said] of each quote of the body the extract command would print (at or
 *  above the default confidence). */
export const sureQuotes = (body: string) =>
  extractBody(body)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.cue?.text, q.speaker.name, q.text]);

/** Each quote of the body at or above the default confidence as its kind, the words naming the speaker,
 *  its cue and the texts of its parts. */
export const quotesOf = (body: string) =>
  extractBody(body)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.kind, q.speaker.mention?.text ?? null, q.cue?.text ?? null, q.parts.map((p) => p.text)]);

/** "TYPE:surface" of every name mention the entity stage finds in the body. */
export const nameMentionsOf = (body: string) =>
  extractBody(body).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

/** The entities the entity stage alone finds in a text given whole (its first line the headline). */
export const entitiesOf = (text: string) => recognizeEntities(layout(text));

/** "TYPE:surface" of every name mention the entity stage alone finds in such a text. */
export const typedNames = (text: string) => entitiesOf(text).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

/** "TYPE:canonical name" of every entity the entity stage alone finds in such a text. */
export const namesOf = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);

/** The type of every entity in such a text, by its canonical name. */
export const typesOf = (text: string) => new Map(entitiesOf(text).map((e) => [e.name, e.type]));

/** "TYPE:count of name mentions" of each entity called `name` in such a text. */
export const nameMentionCounts = (text: string, name: string) =>
  entitiesOf(text)
    .filter((e) => e.name === name)
    .map((e) => `${e.type}:${e.mentions.filter((m) => m.kind === 'NAME').length}`);
