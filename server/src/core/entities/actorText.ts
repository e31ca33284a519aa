import { foldCase } from '../text/fold';

/** String helpers of the actor recogniser: gaps between tokens, sentence breaks, the fast case fold. */

function isBlank(c: number): boolean {
  return c === 32 || c === 0xa0;
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/** `^(?:[ \u00a0]?[-‐‑–][ \u00a0]?|[ \u00a0]{1,2}|[ \u00a0]&[ \u00a0])$` over text[from, to), without a regex. */
export function gapJoinable(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  let i = from;
  // A plural possessive inside a name: "Kurdistan Workers' Party".
  if (n === 2 && text.charCodeAt(from - 1) === 115 && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && isBlank(text.charCodeAt(i + 1))) return true;
  if (isBlank(text.charCodeAt(i)) && (n === 1 || (n === 2 && isBlank(text.charCodeAt(i + 1))))) return true;
  // "Armed Conflict Location & Event Data Project": an ampersand set off by blanks.
  if (n === 3 && text.charCodeAt(i + 1) === 38 && isBlank(text.charCodeAt(i)) && isBlank(text.charCodeAt(i + 2))) return true;
  if (isBlank(text.charCodeAt(i))) i++;
  if (i >= to || !isDash(text.charCodeAt(i))) return false;
  i++;
  if (i < to && isBlank(text.charCodeAt(i))) i++;
  return i === to;
}

/** `^[ \u00a0]+$` over text[from, to), without a slice. */
export function blankGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return to > from;
}

/** `^ ?, ?$` over text[from, to), without a slice. */
export function commaGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 32) i++;
  if (!(i < to && text.charCodeAt(i) === 44)) return false;
  i++;
  if (i < to && text.charCodeAt(i) === 32) i++;
  return i === to;
}

const foldCache = new Map<string, string>();

/** foldCase, with a fast path for plain ASCII words (most tokens) and a cache of frequent words. */
export function fastFold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  let f: string | undefined;
  for (let i = 0; i < s.length && f === undefined; i++) if (s.charCodeAt(i) > 127 || s.charCodeAt(i) === 96) f = foldCase(s);
  f ??= s.toLowerCase();
  if (foldCache.size < 50000) foldCache.set(s, f);
  return f;
}

/** True when the text between two tokens ends a sentence or a line. */
// "Brig. Gen. Turki": the full stop of a title's abbreviation ends no sentence.
const TITLE_ABBREVIATION = /(?:^|[^A-Za-z])(?:Gen|Brig|Col|Lt|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Adm|Cpl|Pvt)$/;

export function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59) return true;
    if (c === 46 && (i + 1 >= to || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10) && !TITLE_ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) return true;
  }
  return false;
}
