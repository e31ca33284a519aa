import { CodeUnits } from './codeUnits';

/** A word token: a run of letters and digits (apostrophes inside a word, "Ya'qub", stay in it). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * Word boundaries, as the pattern /[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}]+)*​/u would find them,
 * but by a single pass over char codes (no regex, no strings): the scanners' hot loop.
 */
export class WordBuffer {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;
  /** The code units of the text last scanned (see CodeUnits), valid until the next scan. */
  code: Uint16Array = new Uint16Array(0);
  // Each buffer its own: a scan may run while another buffer's words (and codes) are still read.
  private readonly units = new CodeUnits();

  /** Fills the buffer with the words of text[start, end); offsets are absolute. Returns the count. */
  scan(text: string, start = 0, end = text.length): number {
    const cls = classes;
    const code = (this.code = this.units.load(text));
    let n = 0;
    let i = start;
    while (i < end) {
      // Fast path: ASCII and already classified characters by table; the rest through charWidth.
      const k = cls[code[i]];
      if (k === 1) {
        i++;
        continue;
      }
      const first = k === 0 ? charWidth(text, i, end, true) : 1;
      if (first === 0) {
        i++;
        continue;
      }
      const s = i;
      i += first;
      for (;;) {
        while (i < end) {
          const c = cls[code[i]];
          let w = 0;
          if (c === 2 || c === 3) i++;
          else if (c === 0 && (w = charWidth(text, i, end, true)) > 0) i += w;
          else break;
        }
        // An inner apostrophe joins the next run of letters (not digits) to the word.
        let w = 0;
        if (i + 1 < end && isApostrophe(code[i]) && (w = charWidth(text, i + 1, end, false)) > 0) {
          i += 1 + w;
          while (i < end && (w = charWidth(text, i, end, false)) > 0) i += w;
          // Digits right after "'x" end the word there (the regex's behaviour); they start a new one.
          if (i < end && charWidth(text, i, end, true) > 0) break;
          continue;
        }
        break;
      }
      if (n === this.starts.length) this.grow();
      this.starts[n] = s;
      this.ends[n] = i;
      n++;
    }
    this.length = n;
    return n;
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    const e = new Int32Array(this.ends.length * 2);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2bf || c === 0x2be || c === 96;

// Char classes: 0 unknown, 1 other, 2 letter or mark, 3 number. ASCII is filled at once, the rest on first sight.
const LM = /[\p{L}\p{M}]/u;
const N = /\p{N}/u;
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) classes[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : c >= 48 && c <= 57 ? 3 : 1;
const astral = new Map<number, number>();

function classify(s: string): number {
  return LM.test(s) ? 2 : N.test(s) ? 3 : 1;
}

/** Code units taken by the word character at text[i] (0 if none); `digits`: numbers count. */
function charWidth(text: string, i: number, end: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  let k = classes[c];
  let w = 1;
  if (k === 0) {
    if (c >= 0xd800 && c < 0xe000) {
      // Surrogates: a pair is one code point (classified and cached by it), a lone one is no letter.
      const d = c < 0xdc00 && i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d >= 0xe000) return 0;
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      k = astral.get(cp) ?? 0;
      if (k === 0) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
      w = 2;
    } else k = classes[c] = classify(String.fromCharCode(c));
  }
  return k === 2 || (k === 3 && digits) ? w : 0;
}

const buffer = new WordBuffer();

/** Tokenises text[start, end) into word tokens with absolute offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const n = buffer.scan(text, start, end);
  const out: Token[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const s = buffer.starts[k];
    const e = buffer.ends[k];
    out[k] = { start: s, end: e, text: text.slice(s, e) };
  }
  return out;
}

/** True when only spaces or a single hyphen/dash separate two adjacent tokens (so they can form one name). */
export function joinable(text: string, left: Token, right: Token): boolean {
  return joinableGap(text, left.end, right.start);
}

const isGapSpace = (c: number) => c === 32 || c === 0xa0;
const isDash = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;

/**
 * joinable() on offsets: text[from, to) is one or two spaces, a dash with at most a space on each
 * side, or an ampersand set off by spaces ("Armed Conflict Location & Event Data Project").
 */
export function joinableGap(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  const a = text.charCodeAt(from);
  if (n === 1) return isGapSpace(a) || isDash(a);
  const b = text.charCodeAt(from + 1);
  if (n === 2) return (isGapSpace(a) && (isGapSpace(b) || isDash(b))) || (isDash(a) && isGapSpace(b));
  return isGapSpace(a) && (isDash(b) || b === 38) && isGapSpace(text.charCodeAt(from + 2));
}

/** A gap inside one name: joinable, but no dash set off by spaces ("BEIRUT - Regime forces" is a dateline and a sentence). */
export function nameGap(text: string, from: number, to: number): boolean {
  return joinableGap(text, from, to) && (to - from === 1 || !isDash(text.charCodeAt(to - 2)) || text.charCodeAt(to - 1) !== 32);
}

/** True when the token starts with an upper-case letter (or is written with letters that have no case). */
export function isCapitalised(t: Token): boolean {
  return capitalisedAt(t.text, 0);
}

const caseClass = new Uint8Array(65536); // 0 unknown, 1 capitalised, 2 not

/** isCapitalised() for the word starting at text[i]. */
export function capitalisedAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  let k = caseClass[code];
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = caseClass[code] = c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c) && !/[a-z]/i.test(c)) ? 1 : 2;
  }
  return k === 1;
}
