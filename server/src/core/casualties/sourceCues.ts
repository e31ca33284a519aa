import type { EntityMention } from '../types';
import type { Tok } from './sentenceTokens';

/**
 * Who reported a figure ("the Syrian Observatory for Human Rights said"). The scan finds the
 * reporting verbs of a sentence from its tokens, with the literal phrase each would attribute to;
 * the link prefers an actor named where the speaker stands, and the cue nearest the figure.
 */
export interface SourceCue {
  /** Offset of the reporting verb, to prefer the cue nearest the figure. */
  pos: number;
  /** Offset the speaker is looked for from, within `reach` characters on `side`. */
  at: number;
  reach: number;
  side: 'before' | 'after';
  literal?: string;
}

const CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'reporting', 'stated', 'announced', 'claimed', 'confirmed', 'added']);
const HEDGE_AUX: ReadonlySet<string> = new Set(['are', 'were', 'was', 'is', 'been', 'be']);
// "reported dead", "claimed by Daesh", "claimed responsibility": not attribution.
const NOT_ATTRIBUTION: ReadonlySet<string> = new Set(['dead', 'killed', 'missing', 'wounded', 'injured', 'by', 'responsibility']);
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** The reporting cues among toks, whose text lies in text[floor, end). */
export function sourceCues(text: string, toks: readonly Tok[], floor: number, end: number): SourceCue[] {
  const out: SourceCue[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.start < floor || t.end > end) continue;
    const according = t.w === 'according' && toks[i + 1]?.w === 'to' && toks[i + 1].spaced;
    if (!according && !CUES.has(t.w)) continue;
    const cueEnd = according ? toks[i + 1].end : t.end;
    const next = toks[according ? i + 2 : i + 1];
    const prev = toks[i - 1];
    // "are reported to have been killed", "are said to": hedges, not attribution.
    if (!according && prev && HEDGE_AUX.has(prev.w) && t.spaced && next?.w === 'to' && next.spaced) continue;
    if (!according && next && next.spaced && (NOT_ATTRIBUTION.has(next.w) || (next.w === 'the' && toks[i + 2]?.w === 'lives'))) continue;
    // "…, said the Syrian Observatory": after a comma or closing quote the speaker follows the verb.
    const inverted = t.w !== 'told' && prev !== undefined && prev.start >= floor && t.start - prev.end < 3 && (prev.raw === ',' || prev.raw === '”' || prev.raw === '"');
    if (according || inverted) out.push({ pos: t.start, at: cueEnd, reach: according ? 25 : 20, side: 'after', literal: literalAfter(text, cueEnd, end) });
    else out.push({ pos: t.start, at: t.start, reach: 70, side: 'before', literal: literalBefore(text, floor, t.start) });
  }
  return out;
}

/** The source of the figure at figStart: the actor at the nearest cue that names one, else that cue's literal phrase. */
export function sourceOf(cues: readonly SourceCue[], entities: EntityMention[], offset: number, figStart: number): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of cues) {
    const value = (entities.length ? named(entities, offset + c.at, c.reach, c.side) : undefined) ?? c.literal;
    const dist = Math.abs(c.pos - figStart);
    if (value && dist < bestDist) { best = value; bestDist = dist; }
  }
  return best;
}

function named(entities: EntityMention[], at: number, within: number, side: 'before' | 'after'): string | undefined {
  let hit: EntityMention | undefined;
  for (const e of entities) {
    if (e.kind !== 'actor') continue;
    if (side === 'before' && e.end <= at && at - e.end <= within && (!hit || e.end > hit.end)) hit = e;
    if (side === 'after' && e.start >= at && e.start - at <= within && (!hit || e.start < hit.start)) hit = e;
  }
  return hit?.canonical;
}

function literalBefore(text: string, floor: number, at: number): string | undefined {
  const lead = text.slice(floor, at);
  const m = /([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5})\s*$/.exec(lead.split(/[,;:"“”(]/).pop() ?? '');
  // Drop a leading connective and trailing auxiliaries: "with the Observatory reporting", "The group has reported".
  const v = m?.[1].trim().replace(/^(?:with|and|but|as|while|that)\s+/i, '').replace(/(?:\s+(?:has|have|had|was|were|is|are|also))+$/i, '');
  return v && !PRONOUN.test(v) ? v : undefined;
}

function literalAfter(text: string, at: number, end: number): string | undefined {
  const m = /^\s*([^,.;:"“”()]{2,60})/.exec(text.slice(at, end));
  return m?.[1].trim() || undefined;
}
