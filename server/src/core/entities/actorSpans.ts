import type { EntityMention, Paragraph } from '../types';

/**
 * Offset bookkeeping of the actor resolver in typed arrays. Mentions and places come in many
 * object shapes, so every property read on them is slow; here each is read once per call.
 */

/** The place mentions by start, for the place overlapping a span (a country acting reuses the place's exact span). */
export class PlaceIndex {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private n = 0;
  /** The span of the place the last successful `find` found. */
  start = 0;
  end = 0;

  reset(places: EntityMention[]): this {
    const n = places.length;
    if (this.starts.length < n) {
      this.starts = new Int32Array(2 * n);
      this.ends = new Int32Array(2 * n);
    }
    let sorted = true;
    for (let k = 0; k < n; k++) {
      this.starts[k] = places[k].start;
      this.ends[k] = places[k].end;
      if (k > 0 && this.starts[k] < this.starts[k - 1]) sorted = false;
    }
    if (!sorted) {
      // A stable sort by start, as places.slice().sort((a, b) => a.start - b.start).
      const order = places.map((_, k) => k).sort((a, b) => places[a].start - places[b].start);
      for (let k = 0; k < n; k++) {
        this.starts[k] = places[order[k]].start;
        this.ends[k] = places[order[k]].end;
      }
    }
    this.n = n;
    return this;
  }

  /** True when the first place ending after `start` overlaps [start, end); its span is then in this.start / this.end. */
  find(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.n || !(this.starts[lo] < end && start < this.ends[lo])) return false;
    this.start = this.starts[lo];
    this.end = this.ends[lo];
    return true;
  }
}

let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
const byStartThenLonger = (a: number, b: number): number => starts[a] - starts[b] || ends[b] - ends[a] || a - b;

/**
 * The mentions sorted by start, longer first at the same start (ties keep their order), without
 * overlaps: the earlier, then longer mention wins.
 */
export function sortedWithoutOverlaps(all: EntityMention[]): EntityMention[] {
  const n = all.length;
  if (starts.length < n) {
    starts = new Int32Array(2 * n);
    ends = new Int32Array(2 * n);
  }
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    starts[k] = all[k].start;
    ends[k] = all[k].end;
    order.push(k);
  }
  order.sort(byStartThenLonger);
  const out: EntityMention[] = [];
  let lastEnd = 0;
  for (const k of order) {
    if (out.length && lastEnd > starts[k]) continue;
    out.push(all[k]);
    lastEnd = ends[k];
  }
  return out;
}

/**
 * The mentions outside wire credits: "(Reporting by Abdi Sheikh and Abdiqani Hassan; Writing by George
 * Obulutsa)" names journalists, no actors ("George" would fold to Georgia). `mentions` sorted.
 */
export function withoutCredits(text: string, paragraphs: readonly Paragraph[], mentions: EntityMention[]): EntityMention[] {
  // The paragraphs holding a credit, then one pass over the (sorted) mentions.
  const credited: Paragraph[] = [];
  for (const p of paragraphs) if (p.text.indexOf(' by ') >= 0 && CREDIT.test(p.text)) credited.push(p);
  if (!credited.length) return mentions;
  let c = 0;
  return mentions.filter((m) => {
    while (c < credited.length && credited[c].end <= m.start) c++;
    const p = credited[c];
    return !p || m.start < p.start || !CREDITED.test(text.slice(Math.max(p.start, m.start - 160), m.start));
  });
}

const CREDIT = /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled) by /;
/** The text before a mention ends inside a credit: "… by" and names, no clause break since. */
const CREDITED = /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled) by [^;().\n]*$/;
