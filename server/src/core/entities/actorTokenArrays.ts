import { fastFold, gapJoinable, sentenceBreak } from './actorText';
import { nameGap } from '../text/tokens';

/** Token flags. */
export const CAP = 1; // first letter upper case ("Syria", "IS")
export const POSS = 2; // ends in a possessive "'s" / "’s", cut from keys and span end
export const UPPER = 4; // no lower-case letter in the key ("IS", "U.S.", "444")
export const SHOUT = 8; // the text is three or more letters A-Z ("WHERE")
export const DIGIT = 16; // starts with a digit
export const SLOW = 32; // key needs foldCase (non-ASCII or backtick)
export const MERGED = 64; // dotted initials ("U.S.") joined into one token keyed "US"
export const BARE = 128; // with POSS: a possessive that lost its apostrophe ("Assads"), one letter cut

/**
 * The token arrays ActorTokens (actorTokens.ts) fills, and what the scanners read from them:
 * texts, keys, spans, the gaps between tokens, and a token read again as a bare possessive.
 */
export class TokenArrays {
  src = '';
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint8Array(256);
  /** Hash of the folded key and of the exact key (possessive cut). */
  fh = new Int32Array(256);
  xh = new Int32Array(256);
  /** Indices of the tokens starting with a capital or a digit, in order: the name-finding loops visit only these. */
  leads = new Int32Array(256);
  leadCount = 0;
  // Folded keys made so far: folds[k] is valid when foldGen[k] === gen.
  protected folds: string[] = [];
  protected foldGen = new Int32Array(256);
  protected gen = 1;
  protected merged = new Map<number, string>();
  /** The code units of `src` (reading a typed array is cheaper than charCodeAt). */
  code: Uint16Array = new Uint16Array(0);
  // What bareStem changed, for unstem.
  private saved = [0, 0, 0];

  protected grow(): void {
    const size = this.start.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = widen(this.start, new Int32Array(size));
    this.end = widen(this.end, new Int32Array(size));
    this.flags = widen(this.flags, new Uint8Array(size));
    this.fh = widen(this.fh, new Int32Array(size));
    this.xh = widen(this.xh, new Int32Array(size));
    this.leads = widen(this.leads, new Int32Array(size));
    this.foldGen = widen(this.foldGen, new Int32Array(size));
  }

  /** The token's text (the letters of dotted initials). */
  text(k: number): string {
    return this.flags[k] & MERGED ? this.merged.get(k)! : this.src.slice(this.start[k], this.end[k]);
  }

  /** Exact-case key: the text without a possessive "'s". */
  exact(k: number): string {
    return this.flags[k] & MERGED ? this.merged.get(k)! : this.src.slice(this.start[k], this.trimEnd(k));
  }

  /** Case and diacritic folded key (possessive cut), made on first use. */
  fold(k: number): string {
    if (this.foldGen[k] === this.gen) return this.folds[k];
    while (this.folds.length <= k) this.folds.push('');
    this.foldGen[k] = this.gen;
    return (this.folds[k] = fastFold(this.exact(k)));
  }

  /** Token k's key (folded or exact) equals `key`; compares characters, making no string for plain ASCII tokens. */
  keyEquals(k: number, key: string, fold: boolean): boolean {
    const f = this.flags[k];
    if (f & MERGED || (fold && f & SLOW)) return (fold ? this.fold(k) : this.exact(k)) === key;
    const s = this.start[k];
    const n = this.trimEnd(k) - s;
    if (n !== key.length) return false;
    const code = this.code;
    for (let i = 0; i < n; i++) {
      let c = code[s + i];
      if (fold && c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  /** End of the token without a possessive "'s". */
  trimEnd(k: number): number {
    const f = this.flags[k];
    return f & POSS ? this.end[k] - (f & BARE ? 1 : 2) : this.end[k];
  }

  /** Length of the token's text. */
  textLength(k: number): number {
    return this.flags[k] & MERGED ? this.merged.get(k)!.length : this.end[k] - this.start[k];
  }

  /** Index of the token starting at or containing `offset`, or -1. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid] <= offset) lo = mid + 1;
      else if (this.start[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** True when only spaces or a single hyphen/dash separate tokens k-1 and k (text/tokens.ts joinable). */
  joinable(k: number): boolean {
    const from = this.end[k - 1];
    const to = this.start[k];
    // The common case first: one space.
    return to === from + 1 && this.code[from] === 32 ? true : gapJoinable(this.src, from, to);
  }

  /** joinable(k), but not across a dash set off by spaces (text/tokens.ts nameGap). */
  sameName(k: number): boolean {
    const from = this.end[k - 1];
    const to = this.start[k];
    return to === from + 1 && this.code[from] === 32 ? true : nameGap(this.src, from, to);
  }

  /** True when the text between tokens a and b ends a sentence or a line. */
  breakBetween(a: number, b: number): boolean {
    const from = this.end[a];
    const to = this.start[b];
    return to === from + 1 && this.code[from] === 32 ? false : sentenceBreak(this.src, from, to);
  }

  /**
   * Reads token k as a possessive that lost its apostrophe ("Assads forces", "ISs fighters"): keys
   * without the final "s". False, changing nothing, when it cannot be one; unstem(k) undoes it.
   */
  bareStem(k: number): boolean {
    const f = this.flags[k];
    const s = this.start[k];
    const e = this.end[k];
    const code = this.code;
    if (!(f & CAP) || f & (POSS | MERGED | SLOW) || e - s < 3 || code[e - 1] !== 115 || code[e - 2] === 115 || code[e - 2] === 39) return false;
    let fold = 0;
    let exact = 0;
    let lower = false;
    for (let i = s; i < e - 1; i++) {
      const c = code[i];
      exact = (Math.imul(exact, 31) + c) | 0;
      fold = (Math.imul(fold, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      if (c >= 97 && c <= 122) lower = true;
    }
    this.saved[0] = f;
    this.saved[1] = this.fh[k];
    this.saved[2] = this.xh[k];
    this.flags[k] = (f & (CAP | DIGIT)) | POSS | BARE | (lower ? 0 : UPPER);
    this.fh[k] = fold;
    this.xh[k] = exact;
    this.foldGen[k] = 0;
    return true;
  }

  /** Undoes the last bareStem(k). */
  unstem(k: number): void {
    this.flags[k] = this.saved[0];
    this.fh[k] = this.saved[1];
    this.xh[k] = this.saved[2];
    this.foldGen[k] = 0;
  }
}
