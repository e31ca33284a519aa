import type { Run } from './run';

/**
 * Exact similarity of a later paragraph P to one earlier paragraph Q, on word hashes:
 * the containment of P's word 3-shingles in Q's, and (for short P, where one changed word already
 * costs three of few shingles) a word alignment of P against its best-matching stretch of Q.
 */

/** A reusable set of 32-bit shingle hashes with the first word position of each. */
class ShingleSet {
  private keys = new Int32Array(1024);
  private pos = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private gen = 1;
  private mask = 1023;

  reset(n: number): void {
    if (n * 2 > this.keys.length) {
      let cap = this.keys.length;
      while (cap < n * 2) cap *= 2;
      this.keys = new Int32Array(cap);
      this.pos = new Int32Array(cap);
      this.stamp = new Int32Array(cap);
      this.mask = cap - 1;
      this.gen = 0;
    }
    this.gen++;
  }

  add(h: number, p: number): void {
    let i = (h ^ (h >>> 16)) & this.mask;
    while (this.stamp[i] === this.gen) {
      if (this.keys[i] === h) return;
      i = (i + 1) & this.mask;
    }
    this.stamp[i] = this.gen;
    this.keys[i] = h;
    this.pos[i] = p;
  }

  /** First position of h in the set's paragraph, or -1. */
  get(h: number): number {
    let i = (h ^ (h >>> 16)) & this.mask;
    while (this.stamp[i] === this.gen) {
      if (this.keys[i] === h) return this.pos[i];
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

export interface Match {
  /** Share of P's 3-shingles found in Q. */
  containment: number;
  /** P's shingles found in Q. */
  shared: number;
}

/** Paragraphs up to this many words are also compared by alignment. */
export const ALIGN_MAX_WORDS = 40;

export class Comparer {
  private set = new ShingleSet();
  private setOf = -1;
  private qShingles = new Int32Array(64);
  private col = new Int32Array(64);
  /** Positions in Q of the first and last shingle the last comparison shared. */
  private lo = 0;
  private hi = 0;

  /**
   * Containment of P in Q, paragraph q of the run, by their 3-shingles: P's n - 2 are given, from
   * pShingles[at] on. Q's set is reused when the next comparison is against the same paragraph.
   */
  compare(pShingles: Int32Array, at: number, n: number, run: Run, q: number): Match {
    const qn = run.starts[q + 1] - run.starts[q];
    if (n < 3 || qn < 3) return { containment: 0, shared: 0 };
    if (this.setOf !== q) {
      if (this.qShingles.length < qn) this.qShingles = new Int32Array(qn * 2);
      const sh = run.shingles(q, this.qShingles);
      const from = run.shingleAt;
      this.set.reset(qn);
      for (let i = 0; i + 2 < qn; i++) this.set.add(sh[from + i], i);
      this.setOf = q;
    }
    let shared = 0;
    let lo = qn;
    let hi = 0;
    for (let i = 0; i + 2 < n; i++) {
      const pos = this.set.get(pShingles[at + i]);
      if (pos < 0) continue;
      shared++;
      if (pos < lo) lo = pos;
      if (pos > hi) hi = pos;
    }
    this.lo = lo;
    this.hi = hi;
    return { containment: shared / (n - 2), shared };
  }

  /**
   * Word edits from P to its best-matching stretch of Q, found by the last compare() of the same
   * pair: Q is cut to the shared shingles with room for P's length either side.
   */
  edits(words: Int32Array, ps: number, pe: number, qs: number, qe: number): number {
    const n = pe - ps;
    return this.distance(words, ps, pe, Math.max(qs, qs + this.lo - n), Math.min(qe, qs + this.hi + 3 + n));
  }

  /** Word edit distance from P to its best-matching substring of Q (Sellers' algorithm). */
  private distance(w: Int32Array, ps: number, pe: number, qs: number, qe: number): number {
    const n = pe - ps;
    if (this.col.length <= n) this.col = new Int32Array(n + 1);
    const col = this.col;
    for (let i = 0; i <= n; i++) col[i] = i;
    let best = n;
    for (let j = qs; j < qe; j++) {
      const q = w[j];
      let diag = 0; // D[i-1][j-1], with D[0][*] = 0: a match may start anywhere in Q
      col[0] = 0;
      for (let i = 1; i <= n; i++) {
        const up = col[i]; // D[i][j-1]
        const v = Math.min(diag + (w[ps + i - 1] === q ? 0 : 1), up + 1, col[i - 1] + 1);
        diag = up;
        col[i] = v;
      }
      if (col[n] < best) best = col[n];
    }
    return best;
  }
}
