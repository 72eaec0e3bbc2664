// Where the names of a document are, by character offset: the speaker searches (speakers.ts and the
// modules it calls) ask it whether a token belongs to a name, and of which entity.
import { cueLemma } from './cues.js';
import { isTitleWord, opensOffice } from './phrase-heads.js';
import { roleOf } from './roles.js';
import { SpansByOffset } from './spans-by-offset.js';
import { type Token, lastIndexOfWord } from './tokens.js';
import type { Entity, MentionKind } from './types.js';

export interface SpeakerSurface {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** the entity whose NAME mention this is, when it is one */
  entityId: string | null;
}

interface NamedSpan {
  start: number;
  end: number;
  entity: Entity;
}

const CLAUSE_MARK = /^[,.;:“”"]$/u;

export class NameIndex {
  /** The name covering an offset (a later mention where two overlap). */
  readonly nameAt: SpansByOffset<NamedSpan>;
  private readonly firstPerson: NamedSpan | null = null;

  constructor(
    readonly text: string,
    entities: Entity[],
  ) {
    const names: NamedSpan[] = [];
    for (const e of entities) {
      for (const m of e.mentions) {
        if (m.kind !== 'NAME') continue;
        names.push({ start: m.start, end: m.end, entity: e });
        if (e.type === 'PERSON' && (!this.firstPerson || m.start < this.firstPerson.start)) this.firstPerson = { start: m.start, end: m.end, entity: e };
      }
    }
    this.nameAt = new SpansByOffset(names);
  }

  /** The first person named in the text before `pos`, as the surface of that first mention. */
  firstPersonBefore(pos: number): SpeakerSurface | null {
    const first = this.firstPerson;
    return first && first.start < pos ? this.surface(first.start, first.end, 'NAME', first.entity.id) : null;
  }

  surface(start: number, end: number, kind: MentionKind, entityId: string | null): SpeakerSurface {
    return { start, end, text: this.text.slice(start, end), kind, entityId };
  }

  indexAt(tokens: Token[], start: number): number {
    return tokens.findIndex((t) => t.start === start);
  }

  /** The person's name starting at `offset`, as a speaker, or null. */
  personStartingAt(offset: number): SpeakerSurface | null {
    const name = this.nameAt.get(offset);
    return name?.start === offset && name.entity.type === 'PERSON' ? this.surface(name.start, name.end, 'NAME', name.entity.id) : null;
  }

  /** Whether a person's name starts at `offset`. */
  isPersonAt(offset: number): boolean {
    const name = this.nameAt.get(offset);
    return name?.start === offset && name.entity.type === 'PERSON';
  }

  /** Whether an organization's name ends at `offset`. */
  isOrganizationEndingAt(offset: number): boolean {
    const name = this.nameAt.get(offset - 1);
    return name?.end === offset && name.entity.type === 'ORGANIZATION';
  }

  isPlace(phrase: SpeakerSurface): boolean {
    return phrase.entityId !== null && this.nameAt.get(phrase.start)?.entity.type === 'LOCATION';
  }

  organizationNear(tokens: Token[], j: number): SpeakerSurface | null {
    for (let k = j; k >= 0 && j - k < 8; k--) {
      const name = this.nameAt.get(tokens[k]!.start);
      if (name && name.entity.type === 'ORGANIZATION') return this.surface(name.start, name.end, 'NAME', name.entity.id);
      if (CLAUSE_MARK.test(tokens[k]!.text) || cueLemma(tokens[k]!.text)) break;
    }
    return null;
  }

  /** A person named after a possessor or an organization through title words: "CNN’s Ana Silva",
   *  "CNN host Ana Silva", "Clinton’s campaign manager Robby Mook", "Del. Ana Silva". */
  personAfterTitle(tokens: Token[], end: number): SpeakerSurface | null {
    let k = tokens.findIndex((t) => t.start >= end);
    if (k < 0) return null;
    // ("former Secretary of Homeland Security Ann Holt": past the capitalised words of an office.)
    let office = -1;
    for (const from = k; k < tokens.length && k - from < (office < 0 ? 6 : 9); k++) {
      const t = tokens[k]!;
      const name = this.nameAt.get(t.start);
      if (name) return name.entity.type === 'PERSON' && k > from ? this.surface(name.start, name.end, 'NAME', name.entity.id) : null;
      if (k > from && opensOffice(tokens, k)) office = k;
      // "chairman and chief executive Marco Rossi": two titles joined by "and".
      const joinsTitles = t.text === 'and' && k > from && isTitleWord(tokens[k - 1]!.text) && isTitleWord(tokens[k + 1]?.text ?? '');
      const ofOffice = office >= 0 && (k === office || /^\p{Lu}\p{Ll}/u.test(t.text));
      if (!isTitleWord(t.text) && !this.isAbbreviationDot(tokens, k) && !joinsTitles && !ofOffice) return null;
    }
    return null;
  }

  /** The period of a title abbreviation before a name: "Del. Ana Silva". */
  isAbbreviationDot(tokens: Token[], k: number): boolean {
    return tokens[k]?.text === '.' && roleOf(tokens[k - 1]?.text ?? '') !== null && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  }

  /** The token before a bracketed aside ending at `j` ("Meeks (D-N.Y.)"), or `j`. */
  pastBrackets(tokens: Token[], j: number): number {
    if (tokens[j]?.text !== ')') return j;
    const open = lastIndexOfWord(tokens, '(', j);
    return open > 0 ? open - 1 : j;
  }
}
