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
  /**
   * The word hashes, then the hashes of the word 3-shingles (max(0, words - 2) of them); undefined
   * once a kept tracker holds the words (see Run.relieve).
   */
  hashes: Int32Array | undefined;
}

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
export function quoteWords(text: string, n: number): number {
  const cut = attributionStart(text, spacedDash);
  if (cut <= 0) return -1;
  scratch.length = 0;
  return n - hashWords(text, cut, text.length, scratch);
}
