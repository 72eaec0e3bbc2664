// Finds the words that name a speaker next to a cue: a name, a pronoun ("he"), or a noun phrase
// ("the two", "a spokeswoman for the ministry", "officials"), skipping adverbs and appositions. The
// searches live by what they read: noun phrases (noun-phrases.ts) and the head that speaks in one
// (speaker-heads.ts), the speaker before a cue (speaker-before.ts, apposition-speakers.ts), and the
// subject of a clause or the speaker after a cue (clause-subjects.ts).
import { quotationCueLemma } from './cues.js';
import { NameIndex, type SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { clauseSubject } from './clause-subjects.js';
import { speakerAfter } from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before.js';
import type { Token } from './tokens.js';

export class SpeakerFinder extends NameIndex {
  /**
   * The noun phrase ending at token `j`, or null when the words there cannot name a speaker.
   * `anyNoun`: next to quote marks any noun phrase may speak ("the announcer said, “…”"); next to
   * a bare cue only role and group nouns do, since "states" or "notes" may be the verb's object.
   */
  phraseEndingAt(tokens: Token[], j: number, anyNoun = false): SpeakerSurface | null {
    return phraseEndingAt(this, tokens, j, anyNoun);
  }

  /** The speaker left of the cue at `cue`: "X said", "X, a spokesman, said", "X has also said". */
  before(tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | 'CONJOINED' | null {
    return speakerBefore(this, tokens, cue, anyNoun);
  }

  /** The speaker right of the cue: "said Caddell", "said Senator Tom Baker", "said the minister". */
  after(tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | null {
    return speakerAfter(this, tokens, cue, anyNoun);
  }

  /** The subject opening a sentence, past leading phrases ("During the meeting with X, Shamkhani …",
   *  "Meanwhile, it …"), or past title words before a name ("Democratic candidate Hillary Clinton"). */
  subject(tokens: Token[], loose = false): SpeakerSurface | null {
    return clauseSubject(this, tokens, loose);
  }

  /** The speaker of the nearest cue before `j`, a verb that attributes the quotation before it:
   *  "“A,” Trump said, adding, “B”" → Trump; "“A,” she continued, citing …" → she. */
  ofEarlierCue(tokens: Token[], j: number): SpeakerSurface | 'CONJOINED' | null {
    for (let k = j - 1; k >= 0; k--) {
      if (!quotationCueLemma(tokens[k]!.text, tokens[k + 1]?.text)) continue;
      const who = this.before(tokens, k, true);
      return who && who !== 'CONJOINED' ? who : this.after(tokens, k, true);
    }
    return null;
  }
}
