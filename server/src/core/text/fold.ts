import { tokenize } from './tokens';

/** Case and diacritic fold: "Ḥalab" → "halab", "Ar-Raqqah" → "ar-raqqah". */
export function foldCase(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼʿʾ`']/g, "'")
    .toLowerCase();
}

/** Arabic article forms written as a separate word ("al-Raqqa", "Dayr az Zawr", "Es Suweida"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'il', 'ul', 'ar', 'er', 'as', 'es', 'ad', 'ed', 'ash', 'esh', 'at', 'et', 'az', 'ez',
  'an', 'en', 'ath', 'adh', 'ag', 'ej', 'aj', 'ed', 'ech', 'ay', 'aṭ',
]);

// "Albu Kamal" = "Abu Kamal" = "Al-Bukamal": the kin prefix in all its forms folds like "bu".
const ABU: ReadonlySet<string> = new Set(['abu', 'albu', 'abou', 'bou', 'bu', 'abo']);

const cache = new Map<string, string>();

/**
 * Transliteration fold of one word, so that the spellings of one Arabic name meet:
 * diacritics, apostrophes and ayn marks go; an article word folds to ""; a fused assimilated
 * article goes ("Ezzor" → "zor", "Arraqqa" → "raqqa"); a final -ah/-eh/-e becomes -a;
 * q → k, dh → d, th → t, ch → sh, dj → j; diphthongs meet (ei = ey = ai = ay, aw = au = ow = o);
 * "uw" → "w" (Suwayda = Sweida); Abu/Albu/Bou fold alike; every vowel becomes "a"; doubled letters collapse. Vowel quality
 * is dropped on purpose (Daraa = Deraa, Idlib = Idleb, Homs = Hims) but vowel presence is kept,
 * so "Hamas" (hamas) stays apart from "Homs" (hams).
 */
export function foldToken(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’ʼʿʾ`'‘ʻ]/g, '');
  if (ARTICLES.has(s)) s = '';
  else if (ABU.has(s)) s = 'ba';
  else {
    if (s.length > 4) s = s.replace(/^[ae]([tdrzsn])\1/, '$1');
    if (s.length > 3) s = s.replace(/(?:ah|eh|e)$/, 'a');
    s = s
      .replace(/ck/g, 'k')
      .replace(/q/g, 'k')
      .replace(/dj/g, 'j')
      .replace(/dh/g, 'd')
      .replace(/th/g, 't')
      .replace(/ch/g, 'sh')
      .replace(/ph/g, 'f')
      .replace(/[ae][iy]/g, 'ay')
      .replace(/(?:aw|au|ow)(?![aeiou])/g, 'o')
      .replace(/uw/g, 'w')
      .replace(/iy(?=[aeiou])/g, 'i')
      .replace(/[aeiou]+/g, 'a')
      .replace(/(.)\1+/g, '$1');
  }
  if (cache.size > 50000) cache.clear();
  cache.set(word, s);
  return s;
}

/** Transliteration fold of a whole name: the folds of its words, concatenated (spaces and hyphens vanish). */
export function foldName(name: string): string {
  let out = '';
  for (const t of tokenize(name)) out += foldToken(t.text);
  return out;
}
