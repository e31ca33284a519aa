import type { DuplicateFinding, Paragraph } from '../types';
import { ExactIndex } from './exactIndex';
import { Run, type ParagraphFingerprint } from './fingerprint';
import { ShingleTable } from './shingleTable';
import { ALIGN_MAX_WORDS, Comparer, type Match } from './similarity';

/** A paragraph needs this many words to be a near copy ("a word dropped" from fewer is a new text). */
export const MIN_NEAR_WORDS = 8;
/** A pull quote's sentence, once its attribution is stripped, needs this many. */
export const MIN_QUOTE_WORDS = 5;
/** A near copy must share at least this many 3-shingles with its original, not just a phrase. */
export const MIN_SHARED_SHINGLES = 3;
/** Candidates (by shingle votes) checked exactly per paragraph. */
const MAX_CANDIDATES = 4;

/**
 * Finds every later copy of a paragraph. The first occurrence is the original; a copy is exact when
 * its folded word sequence equals a kept paragraph's, near when its word 3-shingles are contained
 * (≥ threshold) in one kept paragraph, a pull quote when the sentence left after stripping its
 * attribution is. One pass in document order: exact copies by a 64-bit hash of the word sequence,
 * near candidates by votes from a shingle table (first and last kept paragraph per shingle), each
 * candidate verified exactly. Time and memory are linear in the text.
 *
 * **Invariant:** an original is always a kept (unflagged) paragraph, and the table holds only kept
 * paragraphs, so removing every finding leaves a text in which nothing is found again.
 */
export function findDuplicates(paragraphs: Paragraph[], threshold: number): DuplicateFinding[] {
  const run = new Run(paragraphs.length);
  for (const p of paragraphs) run.addText(p.text);
  run.hashShingles(0, paragraphs.length);
  return detect(run, paragraphs, threshold);
}

/**
 * The same findings as findDuplicates(paragraphs, threshold), from fingerprints[i] =
 * paragraphFingerprint(paragraphs[i].text), which a caller may keep for unchanged paragraphs.
 */
export function findDuplicatesFromFingerprints(paragraphs: Paragraph[], fingerprints: ParagraphFingerprint[], threshold: number): DuplicateFinding[] {
  if (fingerprints.length !== paragraphs.length) throw new Error(`${fingerprints.length} fingerprints for ${paragraphs.length} paragraphs`);
  const run = new Run(paragraphs.length);
  for (const f of fingerprints) run.addFingerprint(f);
  return detect(run, paragraphs, threshold);
}

/** Distinct shingles the table starts with room for. */
const INITIAL_SHINGLES = 40_000;

/** Reused between runs: the language server runs this on every change. */
let votes = new Int32Array(1024);
let touched = new Int32Array(1024);
let slots = new Int32Array(256);

function detect(run: Run, paragraphs: Paragraph[], threshold: number): DuplicateFinding[] {
  const t = Math.min(1, Math.max(0, threshold));
  const { starts, keyA, keyB, quoteWords, shingles: sh } = run;
  const w = run.words.data;
  const exact = new ExactIndex(paragraphs.length);
  // Start small and let the table grow: scraped text repeats itself, and a table sized for every
  // shingle of a large document would be mostly empty and far bigger than the caches.
  const table = new ShingleTable(Math.min(run.words.length * 0.6, INITIAL_SHINGLES));
  if (votes.length < paragraphs.length) {
    votes = new Int32Array(paragraphs.length);
    touched = new Int32Array(paragraphs.length);
  }
  const comparer = new Comparer();
  const out: DuplicateFinding[] = [];

  for (let p = 0; p < paragraphs.length; p++) {
    const s = starts[p];
    const e = starts[p + 1];
    if (e === s) continue; // no words: a rule or a separator, never a copy
    const twin = exact.find(keyA[p], keyB[p]);
    if (twin >= 0 && sameWords(w, s, e, starts[twin], starts[twin + 1])) {
      out.push(finding(paragraphs, p, twin, 'exact', 1));
      continue;
    }
    // Probe each shingle once: the probes serve the vote and then the insertion.
    const k = Math.max(0, e - s - 2);
    if (k > slots.length) slots = new Int32Array(k * 2);
    table.reserve(k);
    let hits = 0;
    for (let i = 0; i < k; i++) {
      const slot = table.probe(sh[s + i]);
      slots[i] = slot;
      if (slot >= 0) hits++;
    }
    // No candidate can gather more votes than there are hits.
    const near = hits >= MIN_SHARED_SHINGLES ? nearOriginal(p, hits) : undefined;
    if (near) {
      out.push(finding(paragraphs, p, near.q, 'near', near.similarity));
      continue;
    }
    if (twin < 0) exact.add(p);
    for (let i = 0; i < k; i++) table.put(sh[s + i], p, slots[i]);
  }
  table.release();
  run.release();
  return out;

  function nearOriginal(p: number, hits: number): { q: number; similarity: number } | undefined {
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
    let m = 0;
    for (let i = 0; i + 2 < n; i++) {
      const slot = slots[i];
      if (slot < 0) continue;
      const first = table.first(slot);
      const last = table.last(slot);
      if (votes[first]++ === 0) touched[m++] = first;
      if (last !== first && votes[last]++ === 0) touched[m++] = last;
    }
    const top = topCandidates(m, floor);
    for (let i = 0; i < m; i++) votes[touched[i]] = 0;
    let best: { q: number; similarity: number } | undefined;
    for (const q of top) {
      const match = comparer.compare(sh, s, e, q, starts[q], starts[q + 1]);
      const similarity = nearSimilarity(match, n, t, () => comparer.edits(w, s, e, starts[q], starts[q + 1]));
      if (similarity >= t && (!best || similarity > best.similarity + 0.1)) best = { q, similarity: round(similarity) };
    }
    return best;
  }
}

/**
 * The MAX_CANDIDATES touched paragraphs with the most votes (≥ floor; ties to the earlier one),
 * in document order.
 */
function topCandidates(m: number, floor: number): number[] {
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
function neededShared(n: number, t: number): number {
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

function sameWords(w: Int32Array, s: number, e: number, ts: number, te: number): boolean {
  if (e - s !== te - ts) return false;
  for (let i = 0; i < e - s; i++) if (w[s + i] !== w[ts + i]) return false;
  return true;
}

function finding(paragraphs: Paragraph[], p: number, q: number, kind: 'exact' | 'near', similarity: number): DuplicateFinding {
  const a = paragraphs[p];
  const b = paragraphs[q];
  return { start: a.start, end: a.end, originalStart: b.start, originalEnd: b.end, kind, similarity, paragraph: a.index, originalParagraph: b.index };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
