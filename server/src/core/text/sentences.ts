import type { Span } from '../types';

/**
 * Splits text[start, end) (usually one paragraph) into sentence spans with absolute offsets,
 * trimmed of surrounding whitespace. A sentence ends at . ! ? or an ellipsis (plus any closing
 * quotes or brackets) followed by whitespace and a capital, digit or opening quote — unless the
 * period belongs to an abbreviation ("Oct.", "Mr.", "U.S.", "a.m.") or an initial ("J. Smith").
 * Decimals ("1.5") never split because no whitespace follows their period.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let from = start;
  // Jump from terminator to terminator with indexOf (fast on long text) instead of testing every character.
  let dot = text.indexOf('.', start), bang = text.indexOf('!', start), query = text.indexOf('?', start), ellipsis = text.indexOf('\u2026', start);
  for (let i = start; ; i++) {
    if (dot >= 0 && dot < i) dot = text.indexOf('.', i);
    if (bang >= 0 && bang < i) bang = text.indexOf('!', i);
    if (query >= 0 && query < i) query = text.indexOf('?', i);
    if (ellipsis >= 0 && ellipsis < i) ellipsis = text.indexOf('\u2026', i);
    i = nearest(dot, bang, query, ellipsis);
    if (i < 0 || i >= end) break;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!startsSentence(text.charCodeAt(k))) continue;
    if (c === 46 && j === i + 1 && isAbbreviation(text, i, from, text.charCodeAt(k))) continue;
    push(out, text, from, j);
    from = k;
    i = k - 1;
  }
  push(out, text, from, end);
  return out;
}

/** The smallest non-negative of four positions, or -1. */
function nearest(a: number, b: number, c: number, d: number): number {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  if (d >= 0 && (m < 0 || d < m)) m = d;
  return m;
}

// Abbreviations whose period rarely ends a sentence in news copy: titles, months, "St.", "approx.".
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'pres',
  'rev', 'st', 'sr', 'jr', 'mt', 'ft', 'vs', 'approx', 'est', 'dept', 'corp', 'inc', 'ltd',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
]);

// Also ordinary words ("no.", "sun.", "mar."): abbreviations only before a number ("No. 5", "Mar. 3").
const BEFORE_NUMBER: ReadonlySet<string> = new Set(['no', 'nos', 'mar', 'sun', 'sat', 'mon', 'fig', 'art', 'vol', 'p', 'pp']);

/** True when the period at `dot` closes an abbreviation, an initialism ("U.S.", "a.m.") or an initial. */
function isAbbreviation(text: string, dot: number, floor: number, next: number): boolean {
  let w = dot;
  while (w > floor && isWordChar(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  // "U.S." / "a.m." / "e.g.": a dotted initialism ends in letter-dot-letter-dot.
  if (word.length === 1 && w >= floor + 2 && text.charCodeAt(w - 1) === 46) return true;
  // A single capital ("J. Smith") is an initial.
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  const lower = word.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) return next >= 48 && next <= 57;
  return ABBREVIATIONS.has(lower);
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}

function isCloser(c: number): boolean {
  // " ' ” ’ » ) ] and further sentence punctuation ("?!", "...")
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 46 || c === 33 || c === 63;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

function startsSentence(c: number): boolean {
  // Capital letter, digit, opening quote or bracket, or a letter of a caseless script.
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91 || c === 0x2014 || c === 0x2013) return true;
  if (c > 0xbf) {
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase() || ch === ch.toUpperCase();
  }
  return false;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
