import { shingleHash } from './fnv';
import { WordBuffer, hashWords, seqB, sequenceHash, spacedDash } from './normalize';
import { attributionStart } from './pullQuote';

/**
 * What duplicate detection needs of one paragraph, a pure function of its text, so that a caller
 * that keeps a document's paragraphs between edits (the language server) hashes only the changed
 * ones: see findDuplicatesFromFingerprints.
 */
export interface ParagraphFingerprint {
  /** 64-bit hash of the folded word sequence, as two 32-bit halves: the exact-copy key. */
  keyA: number;
  keyB: number;
  /** Number of folded words. */
  words: number;
  /** Words left once a pull quote's attribution is stripped, or -1 when there is none. */
  quoteWords: number;
  /** The word hashes, then the hashes of the word 3-shingles (max(0, words - 2) of them). */
  hashes: Int32Array;
}

/**
 * All paragraphs of one run, in flat typed arrays indexed by word: words[i] is a word hash and
 * shingles[i] the hash of the shingle starting at word i (when i + 2 is still in the paragraph).
 * Paragraph p holds words [starts[p], starts[p + 1]).
 */
export class Run {
  readonly words = new WordBuffer();
  shingles = spareShingles;
  starts: Int32Array;
  keyA: Int32Array;
  keyB: Int32Array;
  quoteWords: Int32Array;
  private count = 0;

  constructor(readonly paragraphs: number) {
    spareShingles = EMPTY;
    if (spareWords) {
      this.words.data = spareWords;
      spareWords = undefined;
    }
    this.starts = new Int32Array(paragraphs + 1);
    this.keyA = new Int32Array(paragraphs);
    this.keyB = new Int32Array(paragraphs);
    this.quoteWords = new Int32Array(paragraphs);
  }

  /**
   * Keeps the first f paragraphs and makes room for `total` in all: the next paragraph added is
   * paragraph f (the language server keeps a document's run between edits).
   */
  keepFirst(f: number, total: number): void {
    if (total > this.keyA.length) {
      const cap = Math.max(total, 2 * this.keyA.length);
      const grow = (a: Int32Array, n: number) => {
        const b = new Int32Array(n);
        b.set(a.subarray(0, Math.min(a.length, n)));
        return b;
      };
      this.starts = grow(this.starts, cap + 1);
      this.keyA = grow(this.keyA, cap);
      this.keyB = grow(this.keyB, cap);
      this.quoteWords = grow(this.quoteWords, cap);
    }
    this.count = f;
    this.words.length = this.starts[f];
  }

  /** Hashes the next paragraph's text. */
  addText(text: string): void {
    const p = this.count++;
    const s = this.words.length;
    this.starts[p] = s;
    const n = hashWords(text, 0, text.length, this.words);
    this.starts[p + 1] = s + n;
    this.keyA[p] = sequenceHash(this.words.data, s, s + n);
    this.keyB[p] = seqB;
    this.quoteWords[p] = quoteWords(text, n);
  }

  /** Takes the next paragraph from its fingerprint. */
  addFingerprint(f: ParagraphFingerprint): void {
    const p = this.count++;
    const s = this.words.length;
    const n = f.words;
    while (this.words.data.length < s + n) this.words.grow();
    // Copied by hand: a subarray view per paragraph is garbage on every run.
    const h = f.hashes;
    const w = this.words.data;
    for (let i = 0; i < n; i++) w[s + i] = h[i];
    this.words.length = s + n;
    this.starts[p] = s;
    this.starts[p + 1] = s + n;
    this.keyA[p] = f.keyA;
    this.keyB[p] = f.keyB;
    this.quoteWords[p] = f.quoteWords;
    if (n > 2) {
      this.reserveShingles(s + n);
      const sh = this.shingles;
      for (let i = 0; i < n - 2; i++) sh[s + i] = h[n + i];
    }
  }

  /** Computes the shingle hashes of paragraphs [from, to) that were added as text. */
  hashShingles(from: number, to: number): void {
    this.reserveShingles(this.starts[to]);
    const w = this.words.data;
    const sh = this.shingles;
    for (let p = from; p < to; p++) {
      const e = this.starts[p + 1];
      for (let i = this.starts[p]; i + 2 < e; i++) sh[i] = shingleHash(w[i], w[i + 1], w[i + 2]);
    }
  }

  /**
   * Gives back the room grown beyond an eighth more than the run holds: a kept run lives as long as
   * its document, and doubling may have left up to half of each buffer empty.
   */
  trim(): void {
    this.words.data = trimmed(this.words.data, this.words.length);
    this.shingles = trimmed(this.shingles, this.words.length);
  }

  /** Hands the buffers back for the next run (the editor runs one on every change). */
  release(): void {
    if (this.words.data.length <= KEEP_WORDS) spareWords = this.words.data;
    if (this.shingles.length <= KEEP_WORDS) spareShingles = this.shingles;
  }

  private reserveShingles(n: number): void {
    if (this.shingles.length >= n) return;
    const next = new Int32Array(Math.max(n, this.words.data.length));
    next.set(this.shingles);
    this.shingles = next;
  }
}

/** A buffer whose first n entries are used, cut to an eighth more once it has a quarter more. */
export function trimmed<T extends Int32Array>(a: T, n: number): T {
  return a.length > n + (n >> 2) + 1024 ? (a.slice(0, n + (n >> 3) + 1024) as T) : a;
}

/** Buffers kept between runs, up to KEEP_WORDS words (some 2 MB of text). */
const KEEP_WORDS = 1 << 19;
const EMPTY = new Int32Array(0);
let spareWords: Int32Array | undefined;
let spareShingles = EMPTY;

const own = new WordBuffer();
/**
 * The fingerprint of a paragraph's text: what Run.addText and hashShingles compute for it, in a
 * buffer kept between calls (a Run per paragraph cost more than the hashing).
 */
export function paragraphFingerprint(text: string): ParagraphFingerprint {
  own.length = 0;
  const n = hashWords(text, 0, text.length, own);
  const w = own.data;
  const keyA = sequenceHash(w, 0, n);
  const keyB = seqB;
  const hashes = new Int32Array(n + Math.max(0, n - 2));
  for (let i = 0; i < n; i++) hashes[i] = w[i];
  for (let i = 0; i + 2 < n; i++) hashes[n + i] = shingleHash(w[i], w[i + 1], w[i + 2]);
  return { keyA, keyB, words: n, quoteWords: quoteWords(text, n), hashes };
}

const scratch = new WordBuffer();
/** Words of a paragraph of n words that are left once a pull quote's attribution is cut, or -1. */
function quoteWords(text: string, n: number): number {
  const cut = attributionStart(text, spacedDash);
  if (cut <= 0) return -1;
  scratch.length = 0;
  return n - hashWords(text, cut, text.length, scratch);
}
