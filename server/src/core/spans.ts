import type { ActorType, ArticleModel, CasualtyFigure, EntityMention, Outcome } from './types';

/**
 * Every highlightable span of a model — entities and casualty figures — in document order
 * (an entity before a figure at the same start), overlapping ones included, in flat arrays: what
 * the editor's highlighting needs, without the mention objects.
 */
export interface HighlightSpans {
  start: Int32Array;
  end: Int32Array;
  /** 0 actor, 1 place, 2 casualty figure. */
  kind: Uint8Array;
  /** An actor's type (index in ACTOR_TYPES) or a figure's outcome (index in OUTCOMES); 255 for places. */
  detail: Uint8Array;
  /** 1 for an entity found by cues alone (not in any dictionary). */
  inferred: Uint8Array;
  length: number;
}

export const ACTOR_TYPES: readonly ActorType[] = ['armed-group', 'state-force', 'state', 'organisation', 'media', 'person'];
export const OUTCOMES: readonly Outcome[] = ['killed', 'wounded', 'kidnapped', 'missing', 'executed', 'arrested', 'displaced'];

/** A resolved section and where it starts in this version of the text. */
export interface Part {
  section: { start: number; entities: EntityMention[]; casualties: CasualtyFigure[] };
  start: number;
}

/**
 * The highlights of one version of a document while it is being analysed: `parts[0..count)` are
 * the sections resolved so far, a prefix of the document's in document order, and `upTo` the
 * offset their text reaches (where the first section still being resolved starts). A section's
 * mentions depend on its own paragraphs only (see sectionStarts), so these are already exactly
 * the final model's highlights before `upTo`; `complete` once every section is resolved.
 */
export interface Highlights {
  parts: readonly Part[];
  count: number;
  upTo: number;
  complete: boolean;
}

const partsOf = new WeakMap<ArticleModel, readonly Part[]>();
const sectionSpans = new WeakMap<Part['section'], HighlightSpans>();

/** Records the sections a model is gathered from (see assemble), so spans need not gather it. */
export function registerParts(model: ArticleModel, parts: readonly Part[]): void {
  partsOf.set(model, parts);
}

/** A finished model's highlights. */
export function highlightsOf(model: ArticleModel): Highlights {
  const parts = partsOf.get(model) ?? [{ section: { start: 0, entities: model.entities, casualties: model.casualties }, start: 0 }];
  return { parts, count: parts.length, upTo: model.text.length, complete: true };
}

/** The model's spans (see spansOfParts). */
export function highlightSpans(model: ArticleModel): HighlightSpans {
  const h = highlightsOf(model);
  return spansOfParts(h.parts, 0, h.count);
}

/**
 * The spans of parts[from..to): from each section's (made once per section, offsets relative to
 * the section, then moved), so an edit of a long document costs a copy of typed arrays rather
 * than moving every later mention.
 */
export function spansOfParts(parts: readonly Part[], from: number, to: number): HighlightSpans {
  const each: HighlightSpans[] = [];
  let total = 0;
  for (let i = from; i < to; i++) {
    const s = spansOfSection(parts[i].section);
    each.push(s);
    total += s.length;
  }
  const out = empty(total);
  for (let i = from; i < to; i++) {
    const s = each[i - from];
    const start = parts[i].start;
    const at = out.length;
    for (let k = 0; k < s.length; k++) {
      out.start[at + k] = s.start[k] + start;
      out.end[at + k] = s.end[k] + start;
    }
    out.kind.set(s.kind.subarray(0, s.length), at);
    out.detail.set(s.detail.subarray(0, s.length), at);
    out.inferred.set(s.inferred.subarray(0, s.length), at);
    out.length += s.length;
  }
  return out;
}

/** A section's spans, offsets relative to its start, made once per section. */
export function spansOfSection(section: Part['section']): HighlightSpans {
  let s = sectionSpans.get(section);
  if (!s) sectionSpans.set(section, (s = spansOf(section.entities, section.casualties, -section.start)));
  return s;
}

/** The parts of h that may hold spans meeting [start, end): indices [from, to). */
export function partsMeeting(h: Highlights, start: number, end: number): { from: number; to: number } {
  let lo = 0;
  let hi = h.count;
  // The last part starting at or before `start` (parts are in document order)...
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h.parts[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, lo - 1);
  // ...to the first starting at or after `end`.
  let to = from;
  while (to < h.count && h.parts[to].start < end) to++;
  return { from, to };
}

function empty(n: number): HighlightSpans {
  return { start: new Int32Array(n), end: new Int32Array(n), kind: new Uint8Array(n), detail: new Uint8Array(n), inferred: new Uint8Array(n), length: 0 };
}

/** Entities and figures (each sorted by start, or sorted here) merged, offsets moved by `shift`. */
function spansOf(entities: readonly EntityMention[], casualties: readonly CasualtyFigure[], shift: number): HighlightSpans {
  const ents = inOrder(entities);
  const figs = inOrder(casualties);
  const out = empty(ents.length + figs.length);
  for (let i = 0, j = 0; i < ents.length || j < figs.length; ) {
    const k = out.length++;
    if (i < ents.length && (j >= figs.length || ents[i].start <= figs[j].start)) {
      const e = ents[i++];
      [out.start[k], out.end[k]] = [e.start + shift, e.end + shift];
      out.kind[k] = e.kind === 'actor' ? 0 : 1;
      out.detail[k] = e.kind === 'actor' ? ACTOR_TYPES.indexOf(e.type as ActorType) & 255 : 255;
      out.inferred[k] = e.inDictionary ? 0 : 1;
    } else {
      const c = figs[j++];
      [out.start[k], out.end[k], out.kind[k], out.detail[k]] = [c.start + shift, c.end + shift, 2, OUTCOMES.indexOf(c.outcome) & 255];
    }
  }
  return out;
}

/** The list if sorted by start (it always is, from the recognisers), else a sorted copy. */
function inOrder<T extends { start: number }>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return [...list].sort((a, b) => a.start - b.start);
  return list;
}
