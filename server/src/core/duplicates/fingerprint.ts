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
 * All paragraphs of one run, in flat typed arrays: words[i] is a word hash, and paragraph p holds
 * words [starts[p], starts[p + 1]). Shingle hashes are made from the words where they are needed
 * (see shingleHash): kept, they would double the run's memory for little time.
 */
export class Run {
  readonly words = new WordBuffer();
  starts: Int32Array;
  keyA: Int32Array;
  keyB: Int32Array;
  quoteWords: Int32Array;
  private count = 0;

  constructor(readonly paragraphs: number) {
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
  }

  /**
   * Gives back the room grown beyond an eighth more than the run holds: a kept run lives as long as
   * its document, and doubling may have left up to half of its buffer empty.
   */
  trim(): void {
    this.words.data = trimmed(this.words.data, this.words.length);
  }

  /** Hands the buffer back for the next run (the editor runs one on every change). */
  release(): void {
    if (this.words.data.length <= KEEP_WORDS) spareWords = this.words.data;
  }
}

/** A buffer whose first n entries are used, cut to an eighth more once it has a quarter more. */
export function trimmed<T extends Int32Array>(a: T, n: number): T {
  return a.length > n + (n >> 2) + 1024 ? (a.slice(0, n + (n >> 3) + 1024) as T) : a;
}

/** A buffer kept between runs, up to KEEP_WORDS words (some 2 MB of text). */
const KEEP_WORDS = 1 << 19;
let spareWords: Int32Array | undefined;

const own = new WordBuffer();
/**
 * The fingerprint of a paragraph's text: what Run.addText computes for it, in a buffer kept between
 * calls (a Run per paragraph cost more than the hashing).
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
