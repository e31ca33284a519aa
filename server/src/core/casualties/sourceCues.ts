import type { EntityMention } from '../types';
import type { Tok } from './sentenceTokens';
import { wordBit } from './wordTable';
import { parseNumberAt } from './numberWords';

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
  /** The text the literal phrase is read from, [from, to); read on first use (few cues are ever asked). */
  from: number;
  to: number;
  /** Only an actor named there is the source, no literal phrase ("SOHR: 23 killed", not "Idlib: 31 killed"). */
  actorOnly?: boolean;
}

// Literal phrases already read, kept beside the cues so that scans stay immutable.
const LITERALS = new WeakMap<SourceCue, string | null>();

// (A monitor's own verbs too: "The Observatory documented the death of 23 civilians".)
const CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'reporting', 'stated', 'announced', 'claimed', 'confirmed', 'added', 'documented', 'recorded', 'counted', 'verified']);
// The words that can start a cue: a reporting verb or "according (to)".
const CUE_START = wordBit((w) => CUES.has(w) || w === 'according');
const HEDGE_AUX: ReadonlySet<string> = new Set(['are', 'were', 'was', 'is', 'been', 'be']);
// "reported dead", "claimed by Daesh", "claimed responsibility": not attribution.
const NOT_ATTRIBUTION: ReadonlySet<string> = new Set(['dead', 'killed', 'missing', 'wounded', 'injured', 'by', 'responsibility']);
const PRONOUN = /^(?:he|she|they|it|we|i|you|which|who)$/i;
// Words after ", said" that show the speaker came before: "…, said on Tuesday that", "…, said its forces had".
const NOT_SPEAKER: ReadonlySet<string> = new Set(['that', 'its', 'their', 'on', 'in', 'at', 'after', 'late', 'earlier', 'yesterday', 'today', 'tonight', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The reporting cues among toks, whose text lies in text[floor, end). */
export function sourceCues(text: string, toks: readonly Tok[], floor: number, end: number): SourceCue[] {
  const out: SourceCue[] = [];
  // "SOHR: 23 civilians killed …": a name heading the line, before a colon, reports what follows.
  const colon = headingColon(toks, floor);
  if (colon >= 0) out.push({ pos: toks[colon].start, at: toks[colon].start, reach: 70, side: 'before', from: floor, to: toks[colon].start, actorOnly: true });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!(t.bits & CUE_START) || t.start < floor || t.end > end) continue;
    const according = t.w === 'according' && toks[i + 1]?.w === 'to' && toks[i + 1].spaced;
    if (!according && !CUES.has(t.w)) continue;
    const cueEnd = according ? toks[i + 1].end : t.end;
    const next = toks[according ? i + 2 : i + 1];
    const prev = toks[i - 1];
    // "are reported to have been killed", "are said to": hedges, not attribution.
    if (!according && prev && HEDGE_AUX.has(prev.w) && t.spaced && next?.w === 'to' && next.spaced) continue;
    if (!according && next && next.spaced && (NOT_ATTRIBUTION.has(next.w) || (next.w === 'the' && toks[i + 2]?.w === 'lives'))) continue;
    // "as the army announced a new offensive": a verb with an object of its own reports nothing.
    if (!according && t.w !== 'said' && t.w !== 'told' && next?.spaced && (next.w === 'a' || next.w === 'an')) continue;
    // "…, said the Syrian Observatory": after a comma or closing quote the speaker follows the verb.
    // Not when what follows cannot be the speaker: "MINUSMA, said it had sent a patrol", "…, said 12 civilians".
    const inverted =
      t.w !== 'told' && prev !== undefined && prev.start >= floor && t.start - prev.end < 3 && (prev.raw === ',' || prev.raw === '”' || prev.raw === '"') &&
      next?.kind === 'word' && !NOT_SPEAKER.has(next.w) && !PRONOUN.test(next.w) && parseNumberAt(toks as Tok[], according ? i + 2 : i + 1) === null;
    if (according || inverted) out.push({ pos: t.start, at: cueEnd, reach: according ? 25 : 20, side: 'after', from: cueEnd, to: end });
    else out.push({ pos: t.start, at: t.start, reach: 70, side: 'before', from: floor, to: t.start });
  }
  return out;
}

/**
 * The source of the figure at figStart: the actor at the nearest cue that names one, else that
 * cue's literal phrase. `text` is the paragraph's text (cue offsets are relative to it).
 */
export function sourceOf(text: string, cues: readonly SourceCue[], entities: EntityMention[], offset: number, figStart: number): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of cues) {
    const dist = Math.abs(c.pos - figStart);
    if (dist >= bestDist) continue;
    const actor = entities.length ? appositiveHead(text, c, entities, offset) ?? named(entities, offset + c.at, c.reach, c.side, offset + speakerFloor(text, c)) : undefined;
    const value = actor ?? (c.actorOnly ? undefined : literalOf(text, c));
    if (value) { best = value; bestDist = dist; }
  }
  return best;
}

/** The colon after one to four capitalised words opening the paragraph at `floor`, as a token index (-1: none). */
function headingColon(toks: readonly Tok[], floor: number): number {
  if (!toks.length || toks[0].start !== floor) return -1;
  for (let i = 0; i < toks.length && i <= 4; i++) {
    const t = toks[i];
    if (t.raw === ':') return i > 0 ? i : -1;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.raw)) return -1;
  }
  return -1;
}

function literalOf(text: string, c: SourceCue): string | undefined {
  let literal = LITERALS.get(c);
  if (literal === undefined) LITERALS.set(c, (literal = (c.side === 'after' ? literalAfter(text, c.from, c.to) : literalBefore(text, c.from, c.to)) ?? null));
  return literal ?? undefined;
}

/**
 * Where the speaker of a cue before its verb may start: the start of the verb's clause when that
 * clause has words of its own ("killing six of the group's fighters, activists said": the speaker
 * is "activists", not an actor named earlier), else the cue's floor ("SOHR, a Britain-based
 * monitor, said": the verb opens its clause, the speaker stands before the appositive).
 */
function speakerFloor(text: string, c: SourceCue): number {
  if (c.side === 'after') return c.from;
  let i = c.to;
  while (i > c.from && !isClauseMark(text.charCodeAt(i - 1))) i--;
  const clause = text.slice(i, c.to);
  return /\p{L}/u.test(clause) && !RELATIVE.test(clause) ? i : c.from;
}

// "…, according to the Observatory, which added that": a relative pronoun stands for a speaker named before.
const RELATIVE = /^\s*(?:which|who|whose)\b/i;

/** , ; : " “ ” ( — compared by code unit: a regex test per character cost a one-character string each. */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x28;
}

/**
 * "Abu Mohammad, a former teacher from Maarat al-Numan who runs a school, said": a verb right after
 * an appositive's closing comma has the actor just before its opening comma as speaker.
 */
function appositiveHead(text: string, c: SourceCue, entities: EntityMention[], offset: number): string | undefined {
  if (c.side !== 'before') return undefined;
  let i = c.to;
  while (i > c.from && text.charCodeAt(i - 1) === 32) i--;
  if (text.charCodeAt(i - 1) !== 0x2c) return undefined;
  const open = text.lastIndexOf(',', i - 2);
  if (open < c.from || i - open > 160 || /[.;:"“”]/.test(text.slice(open, i))) return undefined;
  const head = entities.find((e) => e.kind === 'actor' && e.end <= offset + open && offset + open - e.end <= 2);
  return head?.canonical;
}

function named(entities: EntityMention[], at: number, within: number, side: 'before' | 'after', floor: number): string | undefined {
  let hit: EntityMention | undefined;
  for (const e of entities) {
    if (e.kind !== 'actor') continue;
    if (side === 'before' && e.end <= at && e.start >= floor && at - e.end <= within && (!hit || e.end > hit.end)) hit = e;
    if (side === 'after' && e.start >= at && e.start - at <= within && (!hit || e.start < hit.start)) hit = e;
  }
  return hit?.canonical;
}

function literalBefore(text: string, floor: number, at: number): string | undefined {
  // A verb right after a comma ("MINUSMA, said it had") takes the phrase before the comma.
  let to = at;
  while (to > floor && (text[to - 1] === ',' || /\s/.test(text[to - 1]))) to--;
  const lead = text.slice(floor, to);
  // The clause before the verb is its subject when short ("forces loyal to the unity government in
  // Tripoli said"); a long one ends with it.
  const clause = lead.slice(-300).split(/[,;:"“”(]/).pop() ?? '';
  const words = lastWords(clause, clause.trim().split(/\s+/).length <= 10 ? 10 : 6);
  // Drop a leading connective and trailing auxiliaries: "with the Observatory reporting", "The group has reported".
  const v = words?.replace(/^(?:with|and|but|as|while|that)\s+/i, '').replace(/(?:\s+(?:has|have|had|was|were|is|are|also))+$/i, '');
  return v && !PRONOUN.test(v) ? v : undefined;
}

/** Up to `max` final words of a phrase (letters, digits, apostrophes, hyphens), the first starting with a letter. */
function lastWords(phrase: string, max: number): string | undefined {
  const all = phrase.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = all.length - 1; i >= 0 && out.length < max; i--) {
    if (!/^[\w'’-]+$/.test(all[i])) break;
    out.unshift(all[i]);
  }
  while (out.length && !/^[A-Za-z]/.test(out[0])) out.shift();
  return out.length ? out.join(' ') : undefined;
}

function literalAfter(text: string, at: number, end: number): string | undefined {
  const m = /^\s*([^,.;:"“”()]{2,60})/.exec(text.slice(at, end));
  if (!m) return undefined;
  // Cut at 60 characters, the phrase ends at its last whole word.
  const cut = m[1].length === 60 && /[\p{L}\p{N}]/u.test(text.charAt(at + m[0].length));
  return (cut ? m[1].replace(/\s*\S+$/, '') : m[1]).trim() || undefined;
}
