import type { WordBuffer } from './tokens';

/**
 * Running a costly name pattern only where it can match. The place patterns ("X Dam", "near X",
 * "X, a village") spend their time trying every capitalised word of a paragraph as a name start;
 * but each match contains a cheap literal (its cue word) and consists of name characters only.
 * So a pattern need only run over the stretch of name characters around a cue word, and there
 * only from a few words before it.
 */

/** A family of name patterns and the cheap cue every one of their matches contains. */
export interface Cue {
  /** The cue's literals, of name characters, found with other cues' by a CueFinder. */
  readonly literals: readonly string[];
  /** Global regexes that consume name characters only and look at most one character outside a stretch. */
  readonly patterns: readonly RegExp[];
  /** Commas are name characters too. */
  readonly commas?: boolean;
  /** The most separators (ASCII spaces, hyphens, line breaks) a match holds before its cue. */
  readonly reach: number;
  /** A further test of the cue's start that holds in every match ("a capital right before"). */
  readonly accept?: (text: string, start: number) => boolean;
}

/**
 * Name characters: ASCII letters, white space, hyphens, apostrophes, (optionally) commas, and any
 * non-ASCII character (a wider stretch is harmless; it keeps every character outside ASCII).
 */
function stretchChar(c: number, commas: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 45 || c === 39 || (c >= 9 && c <= 13) || c >= 128 || (commas && c === 44);
}

// Separators counted for `reach`: only ASCII ones. A name may also be joined by a non-ASCII space;
// not counting it only starts the pattern further back, which is always safe.
const separator = (c: number) => c === 32 || c === 45 || (c >= 9 && c <= 13);

/** What matchAround calls with each match of pattern k (index absolute) and the caller's `out`. */
export type Each<T> = (text: string, k: number, m: RegExpExecArray, out: T) => void;

/**
 * Calls `each(text, k, m, out)` with every match `m` of each pattern k of `cue` in `text`, with `index` made
 * absolute: per pattern, the same matches in the same order as an `exec` loop over the whole text.
 * Why: a match lies inside one stretch of name characters. The first cue of a stretch (every hit
 * of `found`, the finder's hits for this text, is tried, so none is missed) comes at or before every
 * match's own cue; so no match starts before the point `reach` separators back from it. From there
 * to the stretch's end, with one character of context each side for \b and lookbehinds, a pattern
 * finds exactly the stretch's matches. Stretches without a cue hold none. A stretch's matches are
 * reported pattern by pattern. `out` is passed through to `each`, so that callers need no closure per call.
 */
export function matchAround<T>(text: string, cue: Cue, each: Each<T>, out: T, found: CueFinder): void {
  const accept = cue.accept;
  const bit = found.bit(cue);
  const { at, mask, count } = found;
  for (let k = 0, done = 0; k < count; k++) {
    if ((mask[k] & bit) === 0 || at[k] < done || (accept && !accept(text, at[k]))) continue;
    done = runStretch(text, cue, at[k], each, out);
  }
}

/** Runs the cue's patterns over the stretch around the cue at text[start]; returns the stretch's end. */
function runStretch<T>(text: string, cue: Cue, start: number, each: Each<T>, out: T): number {
  const { patterns, reach } = cue;
  const commas = cue.commas === true;
  let a = start;
  for (let seps = 0; a > 0; a--) {
    const c = text.charCodeAt(a - 1);
    if (!stretchChar(c, commas) || (separator(c) && seps++ === reach)) break;
  }
  let b = start;
  while (b < text.length && stretchChar(text.charCodeAt(b), commas)) b++;
  const from = a > 0 ? a - 1 : 0;
  const slice = text.slice(from, b < text.length ? b + 1 : b);
  for (let k = 0; k < patterns.length; k++) {
    const re = patterns[k];
    re.lastIndex = a - from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      m.index += from;
      each(text, k, m, out);
    }
  }
  return b;
}

/**
 * Where the literals of several cues occur in a text, read off the text's words (no pass over its
 * characters). A literal is a space and words (" Dam", " power station"), a word and a space
 * ("near "), or a comma, a space, a word and a space (", a "), of ASCII letters. Its word is found
 * as a word's ASCII-letter start (" X"), end ("X ") or whole (", X "): so every place where a literal
 * stands with ASCII word boundaries beside its letters is reported (the cues' patterns put \b there),
 * and some more (" power" without " station"): a report where no match has its cue only makes a
 * pattern run over a stretch that holds no match. A hit's cues are all those with a literal of its word.
 */
export class CueFinder {
  /** Hit k: a literal of the cues in bit set mask[k] starts at text[at[k]]; hits in text order. */
  at: Int32Array = new Int32Array(64);
  mask: Int32Array = new Int32Array(64);
  count = 0;
  // The literals' words by form, then by first letter (a short list to compare a word against).
  private readonly before = byLetter();
  private readonly after = byLetter();
  private readonly comma = byLetter();
  private readonly bits = new Map<Cue, number>();

  constructor(cues: readonly Cue[]) {
    cues.forEach((c, k) => {
      this.bits.set(c, 1 << k);
      for (const l of c.literals ?? []) {
        const m = /^(, | )?([A-Za-z]+)( .*)?$/.exec(l);
        if (!m || (m[1] !== ' ' && m[3] !== ' ')) throw new Error(`CueFinder: unsupported literal "${l}"`);
        if (m[1] === undefined) add(this.after, m[2], 1 << k, true);
        else add(m[1] === ' ' ? this.before : this.comma, m[2], 1 << k);
      }
    });
  }

  /** The bit of a cue given to the constructor. */
  bit(cue: Cue): number {
    return this.bits.get(cue)!;
  }

  /** Finds the literals in `text`, whose words `words` holds (the hits hold until the next call). */
  find(text: string, words: WordBuffer): this {
    const { starts, ends, code } = words;
    const { before, after, comma } = this;
    const last = text.length;
    this.count = 0;
    for (let i = 0; i < words.length; i++) {
      const s = starts[i];
      const e = ends[i];
      // A literal word of length L can be this word's ASCII-letter start (end) only if the word ends
      // (starts) there or a non-letter follows (precedes): so most words are passed over by a
      // table of lengths and a character or two, before any comparison.
      const short = e - s >= 31 ? -1 : (2 << (e - s)) - 1;
      if (s > 0 && code[s - 1] === 32) {
        // ", a ": the whole word, with a space after it.
        if (s > 1 && code[s - 2] === 44 && e < last && code[e] === 32) this.hit(s - 2, lookup(comma, code, s, e));
        const c = code[s];
        for (let m = c < 128 ? before.lengths[c] & short : 0; m !== 0; ) {
          const n = 31 - Math.clz32(m);
          m ^= 1 << n;
          if (s + n === e || !isLetter(code[s + n])) {
            this.hit(s - 1, prefix(before.lists[c], code, s, e));
            break;
          }
        }
      }
      if (e < last && code[e] === 32) {
        const c = code[e - 1];
        for (let m = c < 128 ? after.lengths[c] & short : 0; m !== 0; ) {
          const n = 31 - Math.clz32(m);
          m ^= 1 << n;
          if (e - n === s || !isLetter(code[e - n - 1])) {
            const list = after.lists[c];
            const k = suffix(list, code, s, e);
            if (k >= 0) this.hit(e - list[k].word.length, list[k].mask);
            break;
          }
        }
      }
    }
    return this;
  }

  private hit(at: number, mask: number): void {
    if (mask === 0) return;
    const n = this.count++;
    if (n === this.at.length) [this.at, this.mask] = [grown(this.at), grown(this.mask)];
    this.at[n] = at;
    this.mask[n] = mask;
  }
}

/** Literal words by their first letter (the last for `after`): a short list to compare a word against, and a bit set of their lengths. */
interface Words {
  lists: { word: string; mask: number }[][];
  lengths: Int32Array;
}

const byLetter = (): Words => ({ lists: Array.from({ length: 128 }, () => []), lengths: new Int32Array(128) });
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function add(table: Words, word: string, bit: number, last = false): void {
  if (word.length > 30) throw new Error(`CueFinder: literal word too long "${word}"`);
  const c = word.charCodeAt(last ? word.length - 1 : 0);
  table.lengths[c] |= 1 << word.length;
  const entry = table.lists[c].find((x) => x.word === word);
  if (entry) entry.mask |= bit;
  else table.lists[c].push({ word, mask: bit });
}

/** Whether `word` is at code[from…]. */
function at(word: string, code: Uint16Array, from: number): boolean {
  for (let j = 0; j < word.length; j++) if (word.charCodeAt(j) !== code[from + j]) return false;
  return true;
}

/** The cues of the list's word that is code[from, to) (0: none). */
function lookup(table: Words, code: Uint16Array, from: number, to: number): number {
  if (from === to || code[from] >= 128) return 0;
  for (const { word, mask } of table.lists[code[from]]) if (word.length === to - from && at(word, code, from)) return mask;
  return 0;
}

/** The cues of the list's word that is the ASCII-letter start of the word code[from, to) (0: none). */
function prefix(list: Words['lists'][number], code: Uint16Array, from: number, to: number): number {
  for (const { word, mask } of list) {
    const end = from + word.length;
    if (end <= to && (end === to || !isLetter(code[end])) && at(word, code, from)) return mask;
  }
  return 0;
}

/** Which of the list's words is the ASCII-letter end of the word code[from, to) (-1: none). */
function suffix(list: Words['lists'][number], code: Uint16Array, from: number, to: number): number {
  for (let k = 0; k < list.length; k++) {
    const start = to - list[k].word.length;
    if (start >= from && (start === from || !isLetter(code[start - 1])) && at(list[k].word, code, start)) return k;
  }
  return -1;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * For a cue that follows a name ("X Dam", "X, a village"): whether the word right before text[at]
 * may end a name, that is, holds a capital. Tested loosely (any non-ASCII character counts), so it
 * holds wherever a name pattern (…\p{Lu}[\p{L}\p{M}'’]* right before the cue) could match.
 */
export function capitalBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
    if (!((c >= 97 && c <= 122) || c === 39)) return false;
  }
  return false;
}
