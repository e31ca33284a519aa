import { hashString, slowClass, ASCII, ASCII_WORD, DIGIT_BIT, LOWER_BIT } from './actorHash';
import { CodeUnits } from '../text/codeUnits';
import { CAP, DIGIT, MERGED, POSS, SHOUT, SLOW, TokenArrays, UPPER } from './actorTokenArrays';

export { blankGap, commaGap, fastFold, gapJoinable, isDash, sentenceBreak } from './actorText';
export { BARE, CAP, DIGIT, MERGED, POSS, SHOUT, SLOW, UPPER } from './actorTokenArrays';

/**
 * Word tokens of one string in typed arrays, reused from call to call (no object per token).
 * Tokens are the runs of text/tokens.ts's WORD pattern; a possessive "'s" is cut from the keys
 * and span end ("Russia's" keys as "russia"); dotted initials ("U.S.", "U.N.") are one token keyed
 * "US" / "us". Keys are hashed while tokenising; the key strings are made only where needed.
 */
export class ActorTokens extends TokenArrays {
  private readonly units = new CodeUnits();
  /** Where tokenising stopped: src.length, or less after a reset with a token limit. */
  private next = 0;

  /**
   * Tokenises `src` (replacing the previous contents); with `upTo`, only until that many tokens are
   * made (see more).
   */
  reset(src: string, upTo = Infinity): this {
    this.src = src;
    this.n = this.leadCount = 0;
    this.gen++;
    if (this.merged.size) this.merged.clear();
    this.code = this.units.load(src);
    this.next = 0;
    return this.more(upTo);
  }

  /**
   * Tokenises on until there are `upTo` tokens or the text ends. Only the last token made may still
   * change (dotted initials join the next capital into it): tokens [0, upTo - 1) are final. A
   * caller that needs a few tokens near the start of a paragraph skips tokenising the rest.
   */
  more(upTo: number): this {
    const src = this.src;
    const len = src.length;
    const code = this.code;
    let i = this.next;
    for (; i < len && this.n < upTo; ) {
      let c = code[i];
      let k = c < 128 ? ASCII[c] : slowClass(src, i, c);
      if (k === 0) {
        i++;
        continue;
      }
      // [\p{L}\p{M}\p{N}]+ then (['’ʼʿʾ`][\p{L}\p{M}]+)*, hashing as we go.
      const s = i;
      let fold = 0;
      let exact = 0;
      let f = k === 1 ? CAP : k === 3 ? DIGIT : k === 5 ? CAP | SLOW : k >= 4 ? SLOW : 0;
      let lower = false;
      let az = true;
      let lettersOnly = false;
      for (;;) {
        if (k <= 3 && !lettersOnly) {
          // Plain ASCII letters and digits (most of the text): a tight loop, flags gathered as bits.
          // code[len] is 0, so the loop stops at the end of the text.
          let bits = 0;
          let v = ASCII_WORD[c];
          do {
            fold = (Math.imul(fold, 31) + (v >> 3)) | 0;
            exact = (Math.imul(exact, 31) + c) | 0;
            bits |= v;
            c = code[++i];
            v = ASCII_WORD[c];
          } while (v !== 0);
          if (bits & (LOWER_BIT | DIGIT_BIT)) az = false;
          if (bits & LOWER_BIT) lower = true;
          // A space ends most words.
          if (c === 32 || i >= len) break;
          k = c < 128 ? 0 : slowClass(src, i, c);
        } else {
          if (k === 1) fold = (Math.imul(fold, 31) + c + 32) | 0;
          else {
            az = false;
            if (k === 2) lower = true;
            else if (k >= 4) f |= SLOW;
            fold = (Math.imul(fold, 31) + c) | 0;
          }
          exact = (Math.imul(exact, 31) + c) | 0;
          i += k === 7 || k === 8 ? 2 : 1;
          if (i >= len) break;
          c = code[i];
          k = c < 128 ? ASCII[c] : slowClass(src, i, c);
        }
        if (k === 0 || k === 6) {
          // An apostrophe inside a word ("Ya'qub") when a letter follows; it keeps to letters after that.
          if (!isApostrophe(c) || i + 1 >= len) break;
          const d = code[i + 1];
          const kd = d < 128 ? ASCII[d] : slowClass(src, i + 1, d);
          if (kd === 0 || kd === 3 || kd === 6 || kd === 8) break;
          k = c === 39 ? 9 : 4;
          lettersOnly = true;
        } else if (lettersOnly && (k === 3 || k === 6 || k === 8)) break;
      }
      if (i === s + 1 && this.initials(s, i)) continue;
      // The common token (no possessive, nothing needing foldCase) is stored here; push does the rest.
      const n = this.n;
      if (f & SLOW || n === this.start.length || (i - s > 2 && code[i - 1] === 115 && (code[i - 2] === 39 || code[i - 2] === 0x2019))) {
        this.push(s, i, f, fold, exact, lower, az);
        continue;
      }
      this.n = n + 1;
      if (f & (CAP | DIGIT)) this.leads[this.leadCount++] = n;
      this.start[n] = s;
      this.end[n] = i;
      if (!lower) f |= UPPER;
      if (az && i - s >= 3) f |= SHOUT;
      this.flags[n] = f;
      this.xh[n] = exact;
      this.fh[n] = fold;
      // Past the space after the word, saving the outer loop a turn.
      if (c === 32) i++;
    }
    this.next = i;
    return this;
  }

  private push(s: number, e: number, f: number, fold: number, exact: number, lower: boolean, az: boolean): void {
    const k = this.n;
    if (k === this.start.length) this.grow();
    this.n++;
    if (f & (CAP | DIGIT)) this.leads[this.leadCount++] = k;
    this.start[k] = s;
    this.end[k] = e;
    const code = this.code;
    const possessive = e - s > 2 && code[e - 1] === 115 && (code[e - 2] === 39 || code[e - 2] === 0x2019);
    if (possessive) {
      // Keys without the "'s": hash the core again (rare).
      f = (f & (CAP | DIGIT)) | POSS;
      fold = exact = 0;
      lower = false;
      for (let i = s; i < e - 2; i++) {
        const c = code[i];
        exact = (Math.imul(exact, 31) + c) | 0;
        fold = (Math.imul(fold, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
        if (c >= 97 && c <= 122) lower = true;
        else if (c >= 128 || c === 96) {
          f |= SLOW;
          if (String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) lower = true;
        }
      }
    } else if (f & SLOW) {
      for (let i = s; i < e && !lower; i++) {
        const c = code[i];
        if (c >= 128 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) lower = true;
      }
    }
    if (!lower) f |= UPPER;
    if (az && !possessive && e - s >= 3) f |= SHOUT;
    this.flags[k] = f;
    this.xh[k] = exact;
    this.fh[k] = f & SLOW ? hashString(this.fold(k)) : fold;
  }

  /** "U.S.": joins a single capital after "<capital>." into the token before; true when it did. */
  private initials(s: number, e: number): boolean {
    const src = this.src;
    const p = this.n - 1;
    if (e !== s + 1 || p < 0 || !isAZ(src.charCodeAt(s)) || src.charCodeAt(s - 1) !== 46) return false;
    const merged = (this.flags[p] & MERGED) !== 0;
    // The previous raw token is a single capital ending just before the dot (a merged token's end already covers its dot).
    if (!(merged ? this.end[p] === s : this.end[p] === s - 1 && this.start[p] === s - 2 && isAZ(src.charCodeAt(s - 2)))) return false;
    const letters = (this.merged.get(p) ?? src[this.start[p]]) + src[s];
    this.merged.set(p, letters);
    this.end[p] = src.charCodeAt(e) === 46 ? e + 1 : e;
    this.flags[p] = CAP | UPPER | MERGED | (letters.length >= 3 ? SHOUT : 0);
    this.fh[p] = hashString(letters.toLowerCase());
    this.xh[p] = hashString(letters);
    return true;
  }
}

function isAZ(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2bf || c === 0x2be || c === 96;
}
