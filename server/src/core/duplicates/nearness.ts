import type { Run } from './run';
import type { ShingleTable } from './shingleTable';
import { ALIGN_MAX_WORDS, type Comparer, type Match } from './similarity';

/** A paragraph needs this many words to be a near copy ("a word dropped" from fewer is a new text). */
export const MIN_NEAR_WORDS = 8;
/** A pull quote's sentence, once its attribution is stripped, needs this many. */
export const MIN_QUOTE_WORDS = 5;
/** A near copy must share at least this many 3-shingles with its original, not just a phrase. */
export const MIN_SHARED_SHINGLES = 3;
/** Candidates (by shingle votes) checked exactly per paragraph. */
const MAX_CANDIDATES = 4;

/**
 * The MAX_CANDIDATES touched paragraphs with the most votes (≥ floor; ties to the earlier one),
 * in document order.
 */
export function topCandidates(votes: Int32Array, touched: Int32Array, m: number, floor: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < m; i++) {
    const q = touched[i];
    const v = votes[q];
    if (v < floor) continue;
    let at = top.length;
    while (at > 0 && (votes[top[at - 1]] < v || (votes[top[at - 1]] === v && top[at - 1] > q))) at--;
    if (at >= MAX_CANDIDATES) continue;
    top.splice(at, 0, q);
    if (top.length > MAX_CANDIDATES) top.pop();
  }
  // Insertion sort: at most MAX_CANDIDATES entries, and Array.prototype.sort allocates.
  for (let i = 1; i < top.length; i++) {
    const q = top[i];
    let j = i;
    for (; j > 0 && top[j - 1] > q; j--) top[j] = top[j - 1];
    top[j] = q;
  }
  return top;
}

/** Edits a short paragraph of n words may differ by: as many as containment ≥ t allows a long one, one at least. */
function allowedEdits(n: number, t: number): number {
  return Math.max(1, Math.floor(((1 - t) * (n - 2)) / 3 + 1e-9));
}

/** Fewest shingles an n-word near copy shares with its original (each edit costs at most 3). */
export function neededShared(n: number, t: number): number {
  const byContainment = Math.ceil(t * (n - 2) - 1e-9);
  return n > ALIGN_MAX_WORDS ? byContainment : Math.min(byContainment, n - 2 - 3 * allowedEdits(n, t));
}

/**
 * The near-copy similarity of an n-word paragraph, or 0 below the bar. Shingle containment is the
 * measure; but one changed word costs three shingles, too many of a short paragraph's few, so a
 * paragraph of up to ALIGN_MAX_WORDS words also passes when a word alignment finds it within
 * allowedEdits: a copy with a word dropped, changed or added, not a formulaic sentence with its
 * numbers and places swapped. `edits` is only called when the shingles leave it a chance.
 */
export function nearSimilarity(m: Match, n: number, t: number, edits: () => number): number {
  if (m.shared < MIN_SHARED_SHINGLES) return 0;
  if (m.containment >= t) return m.containment;
  if (n > ALIGN_MAX_WORDS) return 0;
  const allowed = allowedEdits(n, t);
  if (n - 2 - m.shared > 3 * allowed || 1 - allowed / n < t - 1e-9 && 1 - 1 / n < t) return 0;
  const d = edits();
  const similarity = 1 - d / n;
  return d <= allowed && similarity >= t ? similarity : 0;
}

/** Shared by every tracker (one runs at a time): votes per kept paragraph, and the paragraphs that got one. */
let votes = new Int32Array(1024);
let touched = new Int32Array(1024);

/**
 * The kept paragraph of which paragraph p of the run is a near copy or pull quote, if any: the
 * paragraphs holding its shingles (slots[i] is its i-th shingle's slot in the table, -1 if new;
 * `hits` of them are not) vote, and the top candidates are verified exactly. sh[at..] are its
 * shingle hashes.
 */
export function nearOriginal(run: Run, table: ShingleTable, comparer: Comparer, threshold: number, slots: Int32Array, p: number, hits: number, sh: Int32Array, at: number): { q: number; similarity: number } | undefined {
  const t = Math.min(1, Math.max(0, threshold));
  const { starts, quoteWords } = run;
  const s = starts[p];
  let e = starts[p + 1];
  let min = MIN_NEAR_WORDS;
  if (quoteWords[p] >= 0) {
    e = s + quoteWords[p];
    min = MIN_QUOTE_WORDS;
  }
  const n = e - s;
  if (n < min) return undefined;
  const floor = Math.max(MIN_SHARED_SHINGLES, Math.ceil(0.5 * neededShared(n, t)));
  if (hits < floor) return undefined; // a candidate gets at most one vote per hit
  if (votes.length < starts.length) {
    votes = new Int32Array(starts.length);
    touched = new Int32Array(starts.length);
  }
  let m = 0;
  for (let i = 0; i + 2 < n; i++) {
    const slot = slots[i];
    if (slot < 0) continue;
    const first = table.first(slot);
    const last = table.last(slot);
    if (votes[first]++ === 0) touched[m++] = first;
    if (last !== first && votes[last]++ === 0) touched[m++] = last;
  }
  const top = topCandidates(votes, touched, m, floor);
  for (let i = 0; i < m; i++) votes[touched[i]] = 0;
  const w = run.words.data;
  let best: { q: number; similarity: number } | undefined;
  for (const q of top) {
    const match = comparer.compare(sh, at, n, run, q);
    const similarity = nearSimilarity(match, n, t, () => comparer.edits(w, s, e, starts[q], starts[q + 1]));
    if (similarity >= t && (!best || similarity > best.similarity + 0.1)) best = { q, similarity: round(similarity) };
  }
  return best;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
