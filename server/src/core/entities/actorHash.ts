import type { ActorTokens } from './actorTokens';

/**
 * Cheap keys for the actor recogniser's hot loops: a character class table for tokenising, a
 * string hash that tokens compute from their char codes while being read, and word sets checked
 * on that hash first, so most tokens are turned away without making a key string.
 */

/**
 * Character classes: 0 none; ASCII 1 upper letter, 2 lower letter, 3 digit; other BMP 4 letter or
 * mark, 5 letter that is upper case, 6 number; astral (a surrogate pair) 7 letter or mark, 8 number.
 * Letters and marks are \p{L} and \p{M}, numbers \p{N}: the classes of text/tokens.ts's WORD pattern.
 */
export const ASCII = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : 0));

const UPPER_BIT = 1;
export const LOWER_BIT = 2;
export const DIGIT_BIT = 4;
/** Every code unit: 0 unless an ASCII letter or digit, else the folded unit (A-Z lower-cased) << 3 | UPPER_BIT / LOWER_BIT / DIGIT_BIT. */
export const ASCII_WORD = new Uint16Array(65536).map((_, c) => (c >= 65 && c <= 90 ? ((c + 32) << 3) | UPPER_BIT : c >= 97 && c <= 122 ? (c << 3) | LOWER_BIT : c >= 48 && c <= 57 ? (c << 3) | DIGIT_BIT : 0));

const LM = /[\p{L}\p{M}]/u;
const N = /\p{N}/u;
// Class + 1 of every BMP code unit from 128 on, filled on first sight (0: not yet known).
const table = new Uint8Array(65536);

/** The class of the code point at src[i], `c` its first code unit (128 or more). */
export function slowClass(src: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = src.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    const ch = src.slice(i, i + 2);
    return LM.test(ch) ? 7 : N.test(ch) ? 8 : 0;
  }
  const t = table[c];
  if (t !== 0) return t - 1;
  const ch = String.fromCharCode(c);
  const k = LM.test(ch) ? (ch !== ch.toLowerCase() ? 5 : 4) : N.test(ch) ? 6 : 0;
  table[c] = k + 1;
  return k;
}

/** True when the character at src[i] can be part of a word token. */
export function isWordChar(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  return (c < 128 ? ASCII[c] : slowClass(src, i, c)) !== 0;
}

/** The hash tokens compute for their keys: h = h * 31 + code unit, over 32 bits. */
export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of a two-word key ("abdel rahman") from the hashes of its words. */
export function pairHash(a: number, b: number): number {
  return (Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) + b) | 0;
}

/**
 * A set of key hashes behind a bitmap: `has` on a miss (most tokens) is one array read. The bitmap
 * grows with the set, about 32 bits per key (a few per cent false positives, checked in the set):
 * a fixed large bitmap per set put dozens of them out of the CPU caches.
 */
export class HashSet {
  private bits = new Uint32Array(1 << (MIN_BITS - 5));
  private shift = 32 - MIN_BITS;
  private readonly set = new Set<number>();

  add(h: number): void {
    if (this.set.has(h)) return;
    this.set.add(h);
    if (this.set.size * 32 > this.bits.length * 32 && this.shift > 32 - MAX_BITS) {
      // Twice the bits, and every hash placed again.
      this.shift--;
      this.bits = new Uint32Array(this.bits.length * 2);
      for (const k of this.set) this.mark(k);
    } else this.mark(h);
  }

  private mark(h: number): void {
    const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  has(h: number): boolean {
    const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0 && this.set.has(h);
  }

  clear(): void {
    this.bits.fill(0);
    this.set.clear();
  }

  /** False when `h` is surely not in the set (a bitmap read); true may be a false positive. */
  maybe(h: number): boolean {
    const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

const MIN_BITS = 10;
const MAX_BITS = 20;

/** A word set keyed by folded (or exact) token keys, checked on the token's hash before its string. */
export class WordSet {
  readonly words: Set<string>;
  private readonly hashes = new HashSet();
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.hashes.add(hashString(w));
  }

  /** Token k's folded key is in the set. */
  fold(t: ActorTokens, k: number): boolean {
    return this.hashes.has(t.fh[k]) && this.words.has(t.fold(k));
  }

  /** Token k's text is in the set (a possessive's text never is: the sets hold no "'s"). */
  text(t: ActorTokens, k: number): boolean {
    return (t.flags[k] & 2) === 0 && this.hashes.has(t.xh[k]) && this.words.has(t.exact(k));
  }
}

/** A word set from a space-separated list. */
export function words(list: string): WordSet {
  return new WordSet(list.split(' '));
}
