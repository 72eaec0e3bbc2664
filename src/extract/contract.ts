// The JSON shape of the extract command (and of the evaluation): entities with their NAME mentions,
// quotes with a flat speaker, statements. Other tools read this shape; change it only additively.
import { DEFAULT_MIN_CONFIDENCE } from './confidence.js';
import type { Extraction } from './types.js';

export interface ContractOutput {
  id: string;
  entities: Array<{ id: string; type: string; name: string; mentions: Array<{ start: number; end: number }> }>;
  quotes: Array<{
    kind: string;
    /** SPEECH, or BELIEF (only with beliefs asked for) */
    act: string;
    start: number;
    end: number;
    /** the slice start..end (the words said without interruptions are the `parts`) */
    text: string;
    /** [start, end] of each piece of the content; one piece when uninterrupted */
    parts: Array<[number, number]>;
    speaker: { entityId: string | null; name: string | null; start: number | null; end: number | null };
    cue: string | null;
    about: string[];
    /** 0..1, from how the quote was found */
    confidence: number;
  }>;
  statements: Array<{ start: number; end: number; text: string; about: string[] }>;
  error?: string;
}

/** The extraction as contract JSON, with the quotes whose confidence is at least `minConfidence`: speech,
 *  and beliefs held ("Police believe …") only when asked for, as they are no speech. */
export function toContract(id: string, x: Extraction, minConfidence = DEFAULT_MIN_CONFIDENCE, withBeliefs = false): ContractOutput {
  return {
    id,
    entities: x.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.filter((m) => m.kind === 'NAME').map(({ start, end }) => ({ start, end })),
    })),
    quotes: x.quotes
      .filter((q) => q.confidence >= minConfidence && (withBeliefs || q.act === 'SPEECH'))
      .map((q) => ({
        kind: q.kind,
        act: q.act,
        start: q.start,
        end: q.end,
        text: x.layout.text.slice(q.start, q.end),
        parts: q.parts.map((p) => [p.start, p.end] as [number, number]),
        speaker: {
          entityId: q.speaker.entityId,
          name: q.speaker.name,
          start: q.speaker.mention?.start ?? null,
          end: q.speaker.mention?.end ?? null,
        },
        cue: q.cue?.text ?? null,
        about: q.about,
        confidence: q.confidence,
      })),
    statements: x.statements.map((s) => ({ start: s.start, end: s.end, text: s.text, about: s.about })),
  };
}

export function failedContract(id: string, error: string): ContractOutput {
  return { id, entities: [], quotes: [], statements: [], error };
}
