import type { DuplicateFinding, Paragraph } from '../types';
import { ExactIndex, sameWords } from './exactIndex';
import type { ParagraphFingerprint } from './fingerprint';
import { Run } from './run';
import { Journal } from './journal';
import { ShingleTable } from './shingleTable';
import { Comparer } from './similarity';
import { MIN_SHARED_SHINGLES, nearOriginal } from './nearness';

/** Paragraphs between two chances to pause. */
const STEP = 256;

/** Distinct shingles a new table starts with room for. */
const INITIAL_SHINGLES = 40_000;

/** Shared by every tracker (one runs at a time): the shingle hashes of the paragraph being added, and their slots in the table. */
let slots = new Int32Array(256);
let shingles = new Int32Array(256);

/**
 * Finds every later copy of a paragraph, in one pass in document order (see findDuplicates), and —
 * when kept (`keep`) between versions of a document — finds them again after an edit from the
 * first paragraph that changed: the findings before it stand (a paragraph's finding depends only
 * on the paragraphs before it), and the tables are taken back to that paragraph by an undo log of
 * every insertion, instead of being rebuilt. An edit in the middle of a long document costs half
 * a full pass, one near its end almost nothing.
 */
export class DuplicateTracker {
  private threshold = NaN;
  private fps: readonly ParagraphFingerprint[] = [];
  /** Paragraphs [0, added) of the version `fps` came from are in the tables. */
  private added = 0;
  private offsets = new Float64Array(0);
  private run: Run | undefined;
  private exact = new ExactIndex(0);
  private table: ShingleTable | undefined;
  private findings: DuplicateFinding[] = [];
  /** How to take the tables back to any paragraph (see Journal). */
  private journal = new Journal();
  /** The exact index grew while paragraph `floor` was added: it cannot be taken back before that. */
  private floor = 0;
  private comparer = new Comparer();

  constructor(private readonly keep: boolean) {}

  /** The findings for paragraphs whose fingerprints[i] = paragraphFingerprint(paragraphs[i].text). */
  update(paragraphs: Paragraph[], fingerprints: readonly ParagraphFingerprint[], threshold: number): DuplicateFinding[] {
    const steps = this.steps(paragraphs, fingerprints, threshold);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same, yielding every few hundred paragraphs so a caller can pause. A run given up between
   * two yields leaves the tables holding the paragraphs added so far, from which the next resumes.
   */
  *steps(paragraphs: Paragraph[], fingerprints: readonly ParagraphFingerprint[], threshold: number): Generator<undefined, DuplicateFinding[]> {
    if (fingerprints.length !== paragraphs.length) throw new Error(`${fingerprints.length} fingerprints for ${paragraphs.length} paragraphs`);
    const n = paragraphs.length;
    this.comparer = new Comparer(); // it keeps a paragraph's shingle set by index, which an edit may change
    let f = this.firstChange(paragraphs, fingerprints, threshold);
    if (!this.run || !this.table || f < this.floor) {
      f = 0;
      let words = 0;
      for (const fp of fingerprints) words += fp.words;
      this.reset(n, words);
    } else this.rollBack(f);
    this.threshold = threshold;
    yield* this.run!.hold(fingerprints, paragraphs, STEP);
    return yield* this.detect(f, paragraphs, fingerprints);
  }

  /** The findings for paragraphs hashed from their text (no fingerprints kept: the CLI's path). */
  updateFromTexts(paragraphs: Paragraph[], threshold: number): DuplicateFinding[] {
    const n = paragraphs.length;
    this.reset(n, 0);
    this.threshold = threshold;
    const run = this.run!;
    for (const p of paragraphs) run.addText(p.text);
    this.table!.reserve(Math.min(run.words.length * 0.6, INITIAL_SHINGLES));
    const steps = this.detect(0, paragraphs, []);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /** Adds paragraphs f.. in order, then keeps the state (`keep`) or hands the buffers back. */
  private *detect(f: number, paragraphs: Paragraph[], fingerprints: readonly ParagraphFingerprint[]): Generator<undefined, DuplicateFinding[]> {
    const n = paragraphs.length;
    this.journal.reserve(n);
    if (this.keep) {
      // What the tables hold from here on: paragraphs [0, added) of this version.
      this.fps = fingerprints;
      if (this.offsets.length < n) this.offsets = new Float64Array(Math.max(n, 2 * this.offsets.length));
      for (let k = 0; k < n; k++) this.offsets[k] = paragraphs[k].start;
    }
    this.added = f;
    for (let p = f; p < n; p++) {
      this.add(p, paragraphs);
      this.added = p + 1;
      if (p % STEP === STEP - 1) yield;
    }
    this.journal.begin(n, this.findings.length);
    const out = this.findings.slice();
    if (this.keep) {
      this.run!.trim();
      this.run!.relieve();
      this.journal.trim();
    } else {
      this.table!.release();
      this.run!.release();
      this.run = this.table = undefined;
    }
    return out;
  }

  /** The first paragraph that is not one the tables hold, at the same offset, under the same threshold. */
  private firstChange(paragraphs: Paragraph[], fps: readonly ParagraphFingerprint[], threshold: number): number {
    if (threshold !== this.threshold) return 0;
    const m = Math.min(paragraphs.length, this.added);
    for (let k = 0; k < m; k++) if (fps[k] !== this.fps[k] || paragraphs[k].start !== this.offsets[k]) return k;
    return m;
  }

  private reset(n: number, words: number): void {
    // The table starts small and grows: scraped text repeats itself, and a table sized for every
    // shingle of a large document would be mostly empty and far bigger than the caches. A kept
    // table starts from what the last run reached, and grows in the order its keys came, so that
    // the journal still takes it back (see ShingleTable.reserve).
    const expected = Math.max(Math.min(words * 0.6, INITIAL_SHINGLES), this.keep && this.table ? this.table.count * 1.25 : 0);
    this.table = new ShingleTable(expected);
    this.exact = new ExactIndex(n);
    if (!this.keep || !this.run) this.run = new Run(n); // a kept run's words stay: see Run.hold
    this.findings = [];
    this.journal.clear();
    this.floor = 0;
    this.added = 0;
  }

  /** Takes the tables back to how they stood before paragraph f was added. */
  private rollBack(f: number): void {
    if (f >= this.added) return;
    this.findings.length = this.journal.rollBack(f, this.added, this.table!, this.exact);
    this.added = f;
  }

  /**
   * Paragraph p: an exact copy (its folded word sequence equals a kept paragraph's), a near copy or
   * pull quote (its shingles, or its quote's, contained ≥ threshold in one kept paragraph found by
   * shingle votes and verified exactly), or kept: then added to the tables. **Invariant:** an
   * original is always a kept paragraph, and the tables hold only kept paragraphs, so removing
   * every finding leaves a text in which nothing is found again.
   */
  private add(p: number, paragraphs: Paragraph[]): void {
    const run = this.run!;
    const table = this.table!;
    const { starts, keyA, keyB } = run;
    const w = run.words.data;
    this.journal.begin(p, this.findings.length);
    const s = starts[p];
    const e = starts[p + 1];
    if (e === s) return; // no words: a rule or a separator, never a copy
    const twin = this.exact.find(keyA[p], keyB[p]);
    if (twin >= 0 && sameWords(w, s, e, starts[twin], starts[twin + 1])) {
      this.findings.push(finding(paragraphs, p, twin, 'exact', 1));
      return;
    }
    // Probe each shingle once: the probes serve the vote and then the insertion.
    const k = Math.max(0, e - s - 2);
    if (k > slots.length) {
      slots = new Int32Array(k * 2);
      shingles = new Int32Array(k * 2);
    }
    const grows = this.exact.grows;
    table.reserve(k, this.keep ? this.journal : undefined);
    let hits = 0;
    const sh = run.shingles(p, shingles);
    const at0 = run.shingleAt;
    for (let i = 0; i < k; i++) {
      const slot = table.probe(sh[at0 + i]);
      slots[i] = slot;
      if (slot >= 0) hits++;
    }
    // No candidate can gather more votes than there are hits.
    const near = hits >= MIN_SHARED_SHINGLES ? nearOriginal(run, table, this.comparer, this.threshold, slots, p, hits, sh, at0) : undefined;
    if (near) {
      this.findings.push(finding(paragraphs, p, near.q, 'near', near.similarity));
      return;
    }
    if (twin < 0) this.journal.exact(p, this.exact.add(p));
    for (let i = 0; i < k; i++) {
      const slot = slots[i];
      const last = slot >= 0 ? table.last(slot) : -1;
      const at = table.put(sh[at0 + i], p, slot);
      if (!this.keep) continue;
      if (slot >= 0) this.journal.record(slot, last);
      else if (at >= 0) this.journal.record(at, -1);
    }
    if (this.exact.grows !== grows) this.floor = p;
  }
}

function finding(paragraphs: Paragraph[], p: number, q: number, kind: 'exact' | 'near', similarity: number): DuplicateFinding {
  const a = paragraphs[p];
  const b = paragraphs[q];
  return { start: a.start, end: a.end, originalStart: b.start, originalEnd: b.end, kind, similarity, paragraph: a.index, originalParagraph: b.index };
}
