import type { WordBuffer } from './tokens';
import type { Cue } from './stretches';

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

  /** Finds the literals in the text `words` last scanned (the hits hold until the next call). */
  find(words: WordBuffer): this {
    const { starts, ends, code } = words;
    const { before, after, comma } = this;
    const [firstLengths, lastLengths] = [before.lengths, after.lengths];
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
        if (s > 1 && code[s - 2] === 44 && code[e] === 32) this.hit(s - 2, lookup(comma, code, s, e));
        const c = code[s];
        for (let m = c < 128 ? firstLengths[c] & short : 0; m !== 0; ) {
          const n = 31 - Math.clz32(m);
          m ^= 1 << n;
          if (s + n === e || !isLetter(code[s + n])) {
            this.hit(s - 1, prefix(before.lists[c], code, s, e));
            break;
          }
        }
      }
      if (code[e] === 32) {
        // (code ends with a 0 after the text: no word is followed by a space there.)
        const c = code[e - 1];
        for (let m = c < 128 ? lastLengths[c] & short : 0; m !== 0; ) {
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
