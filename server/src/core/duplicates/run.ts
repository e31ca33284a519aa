import { shingleHash } from './fnv';
import { WordBuffer, hashWords, seqB, sequenceHash } from './normalize';
import { quoteWords, type ParagraphFingerprint } from './fingerprint';
import type { Paragraph } from '../types';

/**
 * All paragraphs of one run, in flat typed arrays: words[i] is a word hash, and paragraph p holds
 * words [starts[p], starts[p + 1]). Shingle hashes are made from the words where they are needed
 * (see shingles): kept, they would double the run's memory for little time.
 */
export class Run {
  readonly words = new WordBuffer();
  starts: Int32Array;
  keyA: Int32Array;
  keyB: Int32Array;
  quoteWords: Int32Array;
  /** Where the array shingles() returned has the paragraph's first shingle hash. */
  shingleAt = 0;
  private count = 0;
  /** The fingerprints of the paragraphs held (see hold): the first heldCount are in the arrays. */
  private held: readonly ParagraphFingerprint[] = [];
  private heldCount = 0;

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
   * Holds the paragraphs of a new version of the document, given their fingerprints (yielding every
   * `step` of them). The words of the paragraphs it begins and ends with as the last version did
   * stay, those at the end moved in one copy. The others are copied from their fingerprints, or
   * hashed again from their text when a kept run relieved the fingerprint of its hashes (see relieve).
   */
  *hold(fps: readonly ParagraphFingerprint[], paragraphs: readonly Paragraph[], step: number): Generator<undefined> {
    const old = this.held;
    const m = this.heldCount;
    const n = fps.length;
    let a = 0;
    while (a < m && a < n && fps[a] === old[a]) a++;
    let b = 0;
    while (a + b < m && a + b < n && fps[n - 1 - b] === old[m - 1 - b]) b++;
    this.room(n);
    let between = 0;
    for (let k = a; k < n - b; k++) between += fps[k].words;
    const from = this.starts[m - b];
    const to = this.starts[a] + between;
    while (this.words.data.length < to + this.starts[m] - from) this.words.grow();
    this.words.data.copyWithin(to, from, this.starts[m]);
    this.heldCount = a; // the words after the first a are not all in place until the end
    this.count = a;
    this.words.length = this.starts[a];
    for (let k = a; k < n - b; k++) {
      const f = fps[k];
      if (f.hashes) this.addFingerprint(f, f.hashes);
      else this.addText(paragraphs[k].text);
      if ((k - a) % step === step - 1) yield;
    }
    for (let k = n - b; k < n; k++) this.addFingerprint(fps[k], undefined);
    this.held = fps;
    this.heldCount = n;
  }

  /**
   * Drops the hashes of the fingerprints held, once a kept run is done with them: it holds the
   * words, and a document's fingerprints would double the memory it keeps.
   */
  relieve(): void {
    for (let k = 0; k < this.heldCount; k++) this.held[k].hashes = undefined;
  }

  /**
   * The shingle hashes of paragraph p, from shingleAt on in the array returned: its fingerprint's
   * while it has them, else made from the words into `out` (which has room).
   */
  shingles(p: number, out: Int32Array): Int32Array {
    const s = this.starts[p];
    const n = this.starts[p + 1] - s;
    const h = p < this.heldCount ? this.held[p].hashes : undefined;
    if (h) {
      this.shingleAt = n;
      return h;
    }
    const w = this.words.data;
    for (let i = 0; i + 2 < n; i++) out[i] = shingleHash(w[s + i], w[s + i + 1], w[s + i + 2]);
    this.shingleAt = 0;
    return out;
  }

  /** Room for n paragraphs. */
  private room(n: number): void {
    if (n <= this.keyA.length) return;
    const cap = Math.max(n, 2 * this.keyA.length);
    const grow = (a: Int32Array, size: number) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, cap + 1);
    this.keyA = grow(this.keyA, cap);
    this.keyB = grow(this.keyB, cap);
    this.quoteWords = grow(this.quoteWords, cap);
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

  /** Takes the next paragraph from its fingerprint: its words copied from `hashes`, or already in place. */
  private addFingerprint(f: ParagraphFingerprint, hashes: Int32Array | undefined): void {
    const p = this.count++;
    const s = this.words.length;
    const n = f.words;
    if (hashes) {
      while (this.words.data.length < s + n) this.words.grow();
      // Copied by hand: a subarray view per paragraph is garbage on every run.
      const w = this.words.data;
      for (let i = 0; i < n; i++) w[s + i] = hashes[i];
    }
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
