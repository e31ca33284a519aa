import { FNV_OFFSET, FNV_PRIME, fmix } from './fnv';

/**
 * Word folding for duplicate detection. A word is a run of letters and digits, folded to lower
 * case without diacritics. Apostrophes, zero-width characters, soft hyphens, and a '.' or ','
 * inside a word or number are dropped without ending the word, so "Syria’s" = "Syrias",
 * "10,000" = "10000", "U.S." = "US". Every other character (spaces, quotes, dashes, punctuation)
 * ends a word. Folding case, whitespace, quote style and punctuation therefore falls out of
 * comparing word sequences.
 */

const BREAK = -1;
const SKIP = -2;

/** Folded code unit, BREAK or SKIP for each ASCII code. */
const ASCII = new Int32Array(128).fill(BREAK);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 97; c <= 122; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = c + 32;
ASCII[39] = SKIP; // '
ASCII[96] = SKIP; // `

const UNKNOWN = -3;
/** Class of every UTF-16 code unit, ASCII filled in, the rest computed on first sight. */
const CLASS = new Int32Array(65536).fill(UNKNOWN);
CLASS.set(ASCII);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02bb, 0x02be, 0x02bf, 0x00b4]);
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function classify(code: number): number {
  let v = CLASS[code];
  if (v !== UNKNOWN) return v;
  if (APOSTROPHES.has(code) || INVISIBLE.has(code)) v = SKIP;
  else if (code >= 0xd800 && code <= 0xdfff) v = code; // astral halves: keep as is
  else {
    const ch = String.fromCharCode(code);
    if (!LETTER_OR_DIGIT.test(ch)) v = BREAK;
    else {
      const base = ch.normalize('NFD').charAt(0).toLowerCase();
      v = /[\u0300-\u036f]/.test(base) ? BREAK : base.charCodeAt(0);
    }
  }
  CLASS[code] = v;
  return v;
}

// Classify Latin-1, Latin Extended and general punctuation now, so the hot loop rarely calls classify.
for (let c = 128; c < 0x250; c++) classify(c);
for (let c = 0x2000; c < 0x2070; c++) classify(c);

/** Classifies every code unit of u[i, n) not seen before; returns the class of u[i]. */
function classifyRest(u: Uint16Array, i: number, n: number): number {
  for (let j = i; j < n; j++) if (CLASS[u[j]] === UNKNOWN) classify(u[j]);
  return CLASS[u[i]];
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** What a regex \s matches. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A '.' inside a word or number ("U.S.", "1.5") or a ',' inside a number ("10,000") joins. */
function joins(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (text.charCodeAt(i) === 44) return isDigit(next) && isDigit(text.charCodeAt(i - 1));
  return classify(next) >= 0;
}

/** A growable Int32 buffer of word hashes shared by all paragraphs of one run. */
export class WordBuffer {
  data: Int32Array = new Int32Array(1024);
  length = 0;
  grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/**
 * The code units of text[start, end) in a reused Uint16Array. Reading a typed array is about twice
 * as fast as charCodeAt on the sliced strings paragraphs are, and Buffer#write copies in bulk.
 */
let units = new Uint16Array(4096);
let unitBytes: Buffer | undefined;
function codeUnits(text: string, start: number, end: number): Uint16Array {
  const n = end - start;
  if (n > units.length) {
    units = new Uint16Array(Math.max(n, units.length * 2));
    unitBytes = undefined;
  }
  if (typeof Buffer === 'undefined') {
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(start + i);
    return units;
  }
  unitBytes ??= Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  unitBytes.write(start === 0 && end === text.length ? text : text.slice(start, end), 0, 'utf16le');
  return units;
}

/**
 * Where the last hashWords() saw a dash after a space ("… a month. - Imad al-Hourani"), relative
 * to its start, or -1: a pull quote's attribution needs one, and most paragraphs have none.
 */
export let spacedDash = -1;

/** Appends the hashes of the words of text[start, end) to out; returns how many were appended. */
export function hashWords(text: string, start: number, end: number, out: WordBuffer): number {
  const n = end - start;
  const u = codeUnits(text, start, end);
  if (out.data.length - out.length < (n >> 1) + 1) {
    while (out.data.length - out.length < (n >> 1) + 1) out.grow();
  }
  // A word takes at least one code unit and one break, so n/2 + 1 slots always suffice.
  const data = out.data;
  let len = out.length;
  const before = len;
  let h = FNV_OFFSET;
  let inWord = false;
  let dash = -1;
  for (let i = 0; i < n; i++) {
    const code = u[i];
    let v = CLASS[code];
    if (v >= 0) {
      h = Math.imul(h ^ v, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (v === UNKNOWN) {
      v = classifyRest(u, i, n);
      if (v >= 0) {
        h = Math.imul(h ^ v, FNV_PRIME);
        inWord = true;
        continue;
      }
    }
    if (!inWord) {
      if (code === 45 || (code >= 0x2013 && code <= 0x2015)) {
        if (i > 0 && isWhiteSpace(u[i - 1])) dash = i;
      }
      continue;
    }
    if (v === SKIP) continue;
    if (i + 1 < n && (code === 46 || code === 44)) {
      // A '.' inside a word or number ("U.S.", "1.5") or a ',' inside a number ("10,000") joins.
      let next = CLASS[u[i + 1]];
      if (next === UNKNOWN) next = classify(u[i + 1]);
      if (code === 46 && next >= 0) continue;
      if (code === 44 && isDigit(next) && isDigit(u[i - 1])) continue;
    }
    // (a dash right after a word only follows a space when that space was an invisible one)
    if ((code === 45 || (code >= 0x2013 && code <= 0x2015)) && isWhiteSpace(u[i - 1])) dash = i;
    data[len++] = fmix(h);
    h = FNV_OFFSET;
    inWord = false;
  }
  if (inWord) data[len++] = fmix(h);
  out.length = len;
  spacedDash = dash;
  return len - before;
}

/** The folded words of a string, for tests and messages: "Syria’s WAR, 10,000" → ["syrias", "war", "10000"]. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let v = classify(code);
    if (v === BREAK && word && (code === 46 || code === 44) && i + 1 < text.length && joins(text, i)) v = SKIP;
    if (v >= 0) word += String.fromCharCode(v);
    else if (v === BREAK && word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/** The normalised text two exact copies share: folded words joined by single spaces. */
export function normalizeParagraph(text: string): string {
  return foldedWords(text).join(' ');
}

/** Two independent 32-bit hashes of a word-hash sequence; seqB holds the second after a call. */
export let seqB = 0;
export function sequenceHash(words: Int32Array, start: number, end: number): number {
  let a = FNV_OFFSET;
  let b = 0x3c6ef372;
  for (let i = start; i < end; i++) {
    const w = words[i];
    a = Math.imul(a ^ w, FNV_PRIME);
    b = Math.imul(b ^ w, 0x9e3779b1) ^ (b >>> 15);
  }
  seqB = fmix(b ^ Math.imul(end - start, 0x85ebca6b));
  return fmix(a ^ (end - start));
}

/** A 53-bit key of a word-hash sequence, for Maps. */
export function sequenceKey(words: Int32Array, start: number, end: number): number {
  const a = sequenceHash(words, start, end);
  return (a >>> 0) * 2097152 + (seqB >>> 11);
}
