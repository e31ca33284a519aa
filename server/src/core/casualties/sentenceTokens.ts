import { BITS_OF, bitsOf, LOWER, lowerWord, MAX_INTERNED, RAW, wordSlot } from './wordTable';
import { CodeUnits } from '../text/codeUnits';

/**
 * The token stream the casualty grammar reads: words, digit groups ("4,012", "1.5") and single
 * punctuation marks, with absolute offsets, a lower-cased form and whether whitespace precedes.
 */
export interface Tok {
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
  kind: 'num' | 'word' | 'punct';
  /** True when whitespace (or the sentence start) precedes the token. */
  spaced: boolean;
  /** A word's bits from the word table (wordBit); 0 for other tokens. */
  bits: number;
}

/**
 * Tokenises text[start, end): digit groups with separators or a decimal point ("4,012", "1.5"),
 * words with inner apostrophes ("Syria's"), and any other single non-space character.
 * A hand-written scanner: the hot loop of the casualty finder, several times faster than a Unicode regex.
 */
export function tokenizeSentence(text: string, start: number, end: number): Tok[] {
  const code = units.load(text);
  const out: Tok[] = [];
  let spaced = true;
  let i = start;
  while (i < end) {
    const c = code[i];
    if (isSpaceCode(c)) { spaced = true; i++; continue; }
    const s = i;
    if (c >= 48 && c <= 57) {
      i = digitsEnd(text, i, end);
      while (i + 1 < end && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46) && isDigit(text.charCodeAt(i + 1))) i = digitsEnd(text, i + 1, end);
      // "10 000", "1 500 000": thousands grouped by spaces, after a group of one to three digits.
      if (i - s <= 3) while (i + 4 <= end && isGroupSpace(text.charCodeAt(i)) && isThreeDigits(text, i + 1, end)) i += 4;
      const raw = text.slice(s, i);
      out.push({ start: s, end: i, raw, w: raw, kind: 'num', spaced, bits: 0 });
    } else if (isLetter(c)) {
      // The code units are hashed on the way, to find the word's strings in the word table.
      let h = c;
      i++;
      for (;;) {
        for (let a = code[i]; i < end && isLetter(a); a = code[++i]) h = (Math.imul(h, 31) + a) | 0;
        const a = code[i];
        if ((a === 39 || a === 0x2019) && i + 1 < end && isLetter(code[i + 1])) { h = (Math.imul(h, 31) + a) | 0; i++; continue; }
        break;
      }
      if (i - s <= MAX_INTERNED) {
        const x = wordSlot(text, code, s, i, h);
        out.push({ start: s, end: i, raw: RAW[x], w: LOWER[x], kind: 'word', spaced, bits: BITS_OF[x] });
      } else {
        const raw = text.slice(s, i);
        const w = lowerWord(raw);
        out.push({ start: s, end: i, raw, w, kind: 'word', spaced, bits: bitsOf(w, raw) });
      }
    } else {
      i++;
      const raw = c < 0x2100 ? (CHARS[c] ??= String.fromCharCode(c)) : text.slice(s, i);
      out.push({ start: s, end: i, raw, w: raw, kind: 'punct', spaced, bits: 0 });
    }
    spaced = false;
  }
  return out;
}

// The code units of the text tokenised (a paragraph's sentences come one after another, so it is
// loaded once per paragraph).
const units = new CodeUnits();

// One shared string per punctuation character, so punctuation tokens do not allocate.
const CHARS: (string | undefined)[] = [];

function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Exactly three digits at i, not followed by another digit or a decimal part. */
function isThreeDigits(text: string, i: number, end: number): boolean {
  if (!isDigit(text.charCodeAt(i)) || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return false;
  if (i + 3 >= end) return true;
  const a = text.charCodeAt(i + 3);
  return !isDigit(a) && !((a === 44 || a === 46) && isDigit(text.charCodeAt(i + 4)));
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0x202f || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

const LETTER = /[\p{L}\p{M}]/u;
// Other code units by Unicode class, found on first sight: 0 not yet known, 1 a letter or mark, 2 not.
const LETTERS = new Uint8Array(65536);

// ASCII by char code; punctuation in the General Punctuation block is never a letter; other scripts by Unicode class.
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (LETTERS[c] === 0) LETTERS[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTERS[c] === 1;
}

/** True when tokens[i] is a word equal to one of `words`. */
export function isWord(toks: Tok[], i: number, ...words: string[]): boolean {
  const t = toks[i];
  return t !== undefined && t.kind === 'word' && words.includes(t.w);
}

/** Matches a sequence of lower-case words at i; returns the number of tokens matched or 0. */
export function matchSeq(toks: Tok[], i: number, seq: readonly string[]): number {
  for (let k = 0; k < seq.length; k++) if (toks[i + k]?.w !== seq[k]) return 0;
  return seq.length;
}

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);

/** A punctuation token that is a quotation mark (its text is one code unit). */
function isQuote(t: Tok): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.raw.charCodeAt(0);
  return (c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e)) && QUOTES.has(t.raw);
}

/**
 * The tokens without quotation marks, which the clause grammar reads through: killing "dozens" of,
 * “more than 40 terrorists” had been killed. A token after a dropped opening quote takes its spacing.
 * Returns toks itself when there is no quote (the common case allocates nothing).
 */
export function withoutQuotes(toks: Tok[]): Tok[] {
  let i = 0;
  while (i < toks.length && !isQuote(toks[i])) i++;
  if (i === toks.length) return toks;
  const out = toks.slice(0, i);
  let spaced = false;
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (isQuote(t)) { spaced ||= t.spaced; continue; }
    out.push(spaced && !t.spaced ? { ...t, spaced: true } : t);
    spaced = false;
  }
  return out;
}
