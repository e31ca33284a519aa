import type { Place } from './placeTypes';
import { ARTICLES } from '../text/fold';
import { STOP } from './placeWords';

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

/** Edit distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < low) low = cur[j];
    }
    if (low > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Edits a near spelling may differ by: none for 3 letters, one up to 5, two up to 9, then three. */
function allowed(n: number): number {
  return n <= 3 ? 0 : n <= 5 ? 1 : n <= 9 ? 2 : 3;
}

/** How a text spelling relates to a place: one of its spellings, a near transliteration, or neither. */
export function spellingMatch(spelled: string, p: Place): 'exact' | 'near' | undefined {
  const t = plainSpelling(spelled);
  if (!t) return undefined;
  const known = placeSpellings(p);
  if (known.includes(t)) return 'exact';
  const limit = allowed(t.length);
  if (limit === 0) return undefined;
  for (const k of known) if (k[0] === t[0] && editDistance(t, k, limit) <= limit) return 'near';
  return undefined;
}

/**
 * Keeps the places a matched span may name. `firstWord` is the span's first word in lower case:
 * a near match never starts at a common English word ("In Daraa" is not Andorra).
 */
export function filterBySpelling(spelled: string, firstWord: string, places: Place[]): { places: Place[]; near: boolean } | undefined {
  let exact: Place[] | undefined;
  let near: Place[] | undefined;
  const common = STOP.has(firstWord);
  for (const p of places) {
    const m = spellingMatch(spelled, p);
    if (m === 'exact') (exact ??= []).push(p);
    else if (m === 'near' && !common) (near ??= []).push(p);
  }
  if (exact && !near) return { places: exact.length === places.length ? places : exact, near: false };
  if (exact && near) return { places: [...exact, ...near], near: false };
  if (near) return { places: near.length === places.length ? places : near, near: true };
  return undefined;
}
