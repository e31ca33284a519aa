import type { Place } from './placeTypes';
import { ARTICLES } from '../text/fold';
import { STOP } from './placeWords';
import type { WordInfo } from './placeWordInfo';

/**
 * Guards on transliteration-fold matches. The fold is deliberately loose (every vowel is "a"), so
 * "Photo" folds like Fethiye and "In Daraa" like Andorra. A match whose spelling is one of the
 * place's own spellings (case, diacritics, hyphens, spaces and Arabic articles aside) is "exact";
 * any other match is "near" and must look like a transliteration of a known spelling: not starting
 * at a common English word, the same first letter, and a small edit distance for its length.
 */

/** Lower case, diacritics and apostrophes gone, article words and a fused article dropped, words joined. */
export function plainSpelling(s: string): string {
  const parts = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’ʼʿʾ`'‘ʻ]/g, '').split(/[^a-z0-9]+/);
  let out = '';
  for (let t of parts) {
    if (!t || ARTICLES.has(t)) continue;
    if (t.length > 4) t = t.replace(/^[ae]([tdrzsn])\1/, '$1'); // "Ezzor" = "ez-Zor"
    out += t;
  }
  return out;
}

const plainCache = new WeakMap<Place, string[]>();

function placeSpellings(p: Place): string[] {
  let s = plainCache.get(p);
  if (!s) plainCache.set(p, (s = [...new Set([p.name, ...p.aliases].map(plainSpelling))]));
  return s;
}

// The same few spellings recur through a text: their plain forms and verdicts are kept, the maps
// cleared when they grow past this many entries so memory stays bounded.
const MEMO_LIMIT = 50000;
const plainMemo = new Map<string, string>();

function plainOf(s: string): string {
  let t = plainMemo.get(s);
  if (t === undefined) {
    if (plainMemo.size >= MEMO_LIMIT) plainMemo.clear();
    plainMemo.set(s, (t = plainSpelling(s)));
  }
  return t;
}

// editDistance's two rows, reused (grown on demand): the scan is single-threaded and never re-entrant.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Edit distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = b.length;
  if (prevRow.length <= m) [prevRow, curRow] = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let low = i;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      cur[j] = v;
      if (v < low) low = v;
    }
    if (low > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Edits a near spelling may differ by: none for 3 letters, one up to 5, two up to 9, then three. */
function allowed(n: number): number {
  return n <= 3 ? 0 : n <= 5 ? 1 : n <= 9 ? 2 : 3;
}

/** How a text spelling relates to a place: one of its spellings, a near transliteration, or neither. */
export function spellingMatch(spelled: string, p: Place): 'exact' | 'near' | undefined {
  return plainMatch(plainOf(spelled), p);
}

/** spellingMatch() for a spelling already made plain. */
function plainMatch(t: string, p: Place): 'exact' | 'near' | undefined {
  if (!t) return undefined;
  const known = placeSpellings(p);
  if (known.includes(t)) return 'exact';
  const limit = allowed(t.length);
  if (limit === 0) return undefined;
  const c0 = t.charCodeAt(0);
  for (const k of known) if (k.charCodeAt(0) === c0 && editDistance(t, k, limit) <= limit) return 'near';
  return undefined;
}

export type Kept = { places: Place[]; near: boolean } | undefined;

// filterBySpelling's verdicts by spelling, one map for each value of `common`; an entry holds for the
// very places array it was computed on (the index shares one array per name key).
const verdicts = [new Map<string, { places: Place[]; kept: Kept }>(), new Map<string, { places: Place[]; kept: Kept }>()];

/**
 * Keeps the places a matched span may name. `firstWord` is the span's first word in lower case:
 * a near match never starts at a common English word ("In Daraa" is not Andorra).
 * The result is shared between calls with the same spelling and places: callers must not change it.
 */
export function filterBySpelling(spelled: string, firstWord: string, places: Place[]): Kept {
  const common = STOP.has(firstWord);
  const memo = verdicts[common ? 1 : 0];
  const hit = memo.get(spelled);
  if (hit !== undefined && hit.places === places) return hit.kept;
  const kept = computeKept(plainOf(spelled), common, ARTICLED.test(spelled) ? places.filter(articleFits) : places);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(spelled, { places, kept });
  return kept;
}

// A name opened by an Arabic article ("Al-Juba") names a place where Arabic names places, or one
// whose own name has the article: a Yemeni village, not South Sudan's Juba.
const ARTICLED = /^(?:al|el|ad|ar|as|ash|at|az|an)[-\s]/i;
const ARABIC_NAMING = new Set(['SY', 'IQ', 'LB', 'JO', 'PS', 'IL', 'YE', 'SA', 'KW', 'QA', 'BH', 'AE', 'OM', 'EG', 'LY', 'TN', 'DZ', 'MA', 'EH', 'MR', 'SD', 'SO', 'DJ', 'TD', 'ER', 'TR', 'IR']);
const articleFits = (p: Place) => p.cc === undefined || ARABIC_NAMING.has(p.cc) || [p.name, ...p.aliases].some((a) => ARTICLED.test(a));

function computeKept(t: string, common: boolean, places: Place[]): Kept {
  let exact: Place[] | undefined;
  let near: Place[] | undefined;
  for (const p of places) {
    const m = plainMatch(t, p);
    if (m === 'exact') (exact ??= []).push(p);
    else if (m === 'near' && !common) (near ??= []).push(p);
  }
  if (exact && !near) return { places: exact.length === places.length ? places : exact, near: false };
  if (exact && near) return { places: [...exact, ...near], near: false };
  if (near) return { places: near.length === places.length ? places : near, near: true };
  return undefined;
}

/** filterBySpelling() for a span that is one word's stem: the verdict is kept on the word (no slice, no string lookup). */
export function filterWord(w: WordInfo, places: Place[]): Kept {
  const hit = w.spelling;
  if (hit !== undefined && hit.places === places) return hit.kept;
  const kept = filterBySpelling(w.stemLength === w.text.length ? w.text : w.text.slice(0, w.stemLength), w.lower, places);
  w.spelling = { places, kept };
  return kept;
}
