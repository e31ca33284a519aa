import { ALIGN_MAX_WORDS, type Match } from './similarity';

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

