import type { CasualtyFigure, EntityMention, Paragraph } from '../types';
import type { CasualtyScan, ScannedFigure } from './scan';
import { placeOf, victimActorOf } from './context';
import { sourceOf } from './sourceCues';

/**
 * The sorted entities' offsets in reused typed arrays, filled once per call: mentions come in many
 * object shapes, so each binary-search step reading `.start` off them was a slow property load.
 */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function indexOffsets(sorted: EntityMention[]): void {
  const n = sorted.length;
  if (starts.length < n) {
    starts = new Int32Array(2 * n);
    ends = new Int32Array(2 * n);
  }
  for (let k = 0; k < n; k++) {
    starts[k] = sorted[k].start;
    ends[k] = sorted[k].end;
  }
}

/** The entities (sorted by start, offsets in `starts`/`ends`) that lie inside [a, b), found by binary search. */
function within(sorted: EntityMention[], a: number, b: number): EntityMention[] {
  const n = sorted.length;
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < n && starts[k] < b; k++) if (ends[k] <= b) out.push(sorted[k]);
  return out;
}

function sortedByStart(entities: EntityMention[]): EntityMention[] {
  for (let i = 1; i < entities.length; i++) if (entities[i].start < entities[i - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  return entities;
}

/**
 * The document-wide half of casualty finding: places the scanned candidates at their paragraph's
 * offset, decides breakdowns across sentences and paragraphs ("Eight were children." belongs to the
 * most recent figure of the same or the previous paragraph), and reads victim actor, place and
 * source from the entities. Its cost is in the figures, not in the text.
 */
export function linkCasualties(text: string, paragraphs: Paragraph[], scans: CasualtyScan[], entities: EntityMention[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const sorted = sortedByStart(entities);
  indexOffsets(sorted);
  recentIndex = -1;
  recentParagraph = -1;
  wholes.length = 0;
  lastParagraph = -1;
  // One call per paragraph with figures: small functions are optimised sooner than one long loop.
  for (let pi = 0; pi < paragraphs.length; pi++) if (scans[pi].figures.length) linkParagraph(text, paragraphs[pi], scans[pi], sorted, out);
  return out;
}

// The last figure that is not itself a breakdown (its index in the output, -1: none yet), and its paragraph.
let recentIndex = -1;
let recentParagraph = -1;
// The figures that are not breakdowns, as [output index, paragraph] pairs, most recent last; the paragraph of the last figure kept.
const wholes: number[] = [];
let lastParagraph = -1;
/** A breakdown in a paragraph of its own lies at most this many paragraphs after the last figure (a list's heading between)… */
const BREAKDOWN_GAP = 2;
/** …and this many after its whole (the list's other items between). */
const BREAKDOWN_REACH = 10;

/**
 * The whole of a breakdown in paragraph pi with no harm word of its own ("- Lattakia: 762 civilians"
 * in a list under a figure some paragraphs up): the most recent figure within reach that is no smaller; -1: none.
 */
function earlierWhole(pi: number, min: number, out: CasualtyFigure[]): number {
  if (lastParagraph < 0 || pi - lastParagraph > BREAKDOWN_GAP) return -1;
  for (let k = wholes.length - 2; k >= 0 && pi - wholes[k + 1] <= BREAKDOWN_REACH; k -= 2) if (out[wholes[k]].min >= min) return wholes[k];
  return -1;
}

function linkParagraph(text: string, p: Paragraph, scan: CasualtyScan, sorted: EntityMention[], out: CasualtyFigure[]): void {
  // Where each scanned figure went in `out` (-1: dropped); parents may come later in a sentence ("3 Pakistanis among 7 …").
  const placed: number[] = [];
  const forward: [CasualtyFigure, number][] = [];
  let sentence = -1;
  let follows = false;
  for (const f of scan.figures) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      follows = recentIndex >= 0 && recentParagraph === p.index;
    }
    let subsetOf: number | undefined;
    let outcome = f.outcome;
    // A breakdown without a harm word may also follow its whole from a paragraph before (a list item).
    const apart = f.parent === 'previous' && f.followOnly && !follows ? earlierWhole(p.index, f.min, out) : -1;
    // (And a part of such a breakdown: "762 civilians, among them 212 in Jableh".)
    const partOfKept = typeof f.parent === 'number' && f.parent < placed.length && placed[f.parent] >= 0;
    let keep = !f.followOnly || follows || apart >= 0 || partOfKept;
    if (keep && typeof f.parent === 'number') {
      if (f.parent < placed.length) {
        subsetOf = placed[f.parent] >= 0 ? placed[f.parent] : undefined;
        keep = subsetOf !== undefined || !f.inherits;
      }
    } else if (keep && f.parent === 'previous' && (apart >= 0 || (recentIndex >= 0 && p.index - recentParagraph <= 1))) {
      subsetOf = apart >= 0 ? apart : recentIndex;
      if (f.inherits) outcome = out[subsetOf].outcome;
    } else if (f.inherits) keep = false;
    if (!keep) { placed.push(-1); continue; }
    const fig = figure(text, scan.text, p.start, f, outcome, sorted);
    if (subsetOf !== undefined) fig.subsetOf = subsetOf;
    else if (typeof f.parent === 'number') forward.push([fig, f.parent]);
    placed.push(out.length);
    out.push(fig);
    lastParagraph = p.index;
    if (fig.subsetOf === undefined && typeof f.parent !== 'number') {
      recentIndex = out.length - 1;
      recentParagraph = p.index;
      wholes.push(recentIndex, p.index);
    }
  }
  for (const [fig, parent] of forward) if (placed[parent] >= 0) fig.subsetOf = placed[parent];
}

function figure(text: string, scanText: string, offset: number, f: ScannedFigure, outcome: CasualtyFigure['outcome'], sorted: EntityMention[]): CasualtyFigure {
  const start = offset + f.start, end = offset + f.end;
  const fig: CasualtyFigure = { start, end, text: text.slice(start, end), min: f.min, approximate: f.approximate, outcome, victims: f.victims };
  if (f.max !== undefined) fig.max = f.max;
  const near = sorted.length ? within(sorted, offset + f.wStart, offset + f.wEnd) : [];
  const actor = near.length ? victimActorOf(text, near, offset + f.npStart, offset + f.npEnd) : undefined;
  const place = near.length ? placeOf(text, offset + f.wStart, near, start, end) : undefined;
  const source = f.sources.length ? sourceOf(scanText, f.sources, near, offset, f.start) : undefined;
  if (actor) fig.victimActor = actor;
  if (place) fig.place = place;
  if (f.period) fig.period = f.period;
  if (source) fig.source = source;
  return fig;
}
