import type { PlaceType } from '../types';
import { demonymCountries } from './gazetteer';
import { CUE_TYPES, NOT_A_NAME, PERSON_BEFORE, STOP } from './placeWords';

/** An unknown place named by a cue, before overlap with gazetteer mentions is settled (offsets relative). */
export interface CueMention {
  start: number;
  end: number;
  name: string;
  type: PlaceType;
  /**
   * May replace known places inside it: 'any' (a proper site, "Tishreen Dam"), 'minor' (a site with a
   * lower-case noun: not over a country, division or city), 'extend' (a cue name that continues a known
   * name from the same start: "Souq al-Juma" over "Souq").
   */
  whole?: 'any' | 'minor' | 'extend';
}

const ART = '(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|umm|ben|bani|beit|bir|tal|tell)';
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
const NAME = `((?:${ART}[-\\s])?${WORD}(?:(?:\\s|-)(?:${ART}[-\\s])?${WORD}){0,3})`;
const CUE_NOUNS = 'town|village|city|hamlet|district|neighbou?rhood|suburb|quarter|camp|province|governorate|region|settlement|locality|area';
/** `g`: the group holding the name; `t`: the group holding the cue noun (or none). The first two need "of", the others a trailing noun. */
const PATTERNS: { re: RegExp; g: number; t?: number }[] = [
  { re: new RegExp(`\\b(${CUE_NOUNS}|outskirts) of ${NAME}`, 'gu'), g: 2, t: 1 },
  { re: new RegExp(`\\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)? of ${NAME}`, 'gu'), g: 1 },
  { re: new RegExp(`\\b(?:in|near|at|from|into) the ${NAME} (neighbou?rhood|district|quarter|camp|area|suburb)\\b`, 'gu'), g: 1, t: 2 },
  { re: new RegExp(`${NAME} (province|governorate|district|neighbou?rhood|village|camp)\\b`, 'gu'), g: 1, t: 2 },
];
// Where a cue can be: " of " right after a cue noun or a direction (the noun may end a longer token,
// "Ḥtown of"), or a space and a trailing noun (which may start a longer token, "province's").
const TRIGGER = / (?:of |neighbou?rhood|district|quarter|camp|area|suburb|province|governorate|village)/g;
const BEFORE_OF = `${CUE_NOUNS.replace('neighbou?rhood', 'neighbourhood|neighborhood')}|outskirts|th|st|ern`.split('|');

/**
 * Unknown places named by cues: "the village of X", "north of X", "in the X district", "X province".
 * The patterns only ever match letters, apostrophes, hyphens and spaces, so they run on the short
 * stretch of such characters around a cue word instead of over the whole paragraph: the matches
 * are the same, found in the same order.
 */
export function findCues(text: string): CueMention[] {
  const found: CueMention[][] = [[], [], [], []];
  let done = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const q = m.index;
    if (q < done) continue;
    if (text.charCodeAt(q + 1) === 111 && text.charCodeAt(q + 2) === 102 && !BEFORE_OF.some((w) => text.endsWith(w, q))) {
      TRIGGER.lastIndex = q + 1;
      continue;
    }
    // The stretch of name characters around the cue word, with one character of context each side.
    let a = q;
    while (a > 0 && nameChar(text.charCodeAt(a - 1))) a--;
    let b = q + 1;
    while (b < text.length && nameChar(text.charCodeAt(b))) b++;
    done = b;
    TRIGGER.lastIndex = b;
    const from = Math.max(0, a - 1);
    const slice = text.slice(from, Math.min(text.length, b + 1));
    for (let k = 0; k < PATTERNS.length; k++) match(slice, from, k, found[k]);
  }
  return found[0].concat(found[1], found[2], found[3]);
}

/** Letters, apostrophes, hyphens and white space (any non-ASCII character counts: a wider stretch is harmless). */
function nameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 45 || c === 39 || (c >= 9 && c <= 13) || c >= 128;
}

function match(slice: string, offset: number, k: number, out: CueMention[]): void {
  const { re, g, t } = PATTERNS[k];
  const dem = demonymCountries();
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[g].replace(/['’]s$/, '');
    const words = raw.split(/[\s-]+/);
    let skip = 0;
    while (words.length && (NOT_A_NAME.has(words[0]) || dem.has(words[0].toLowerCase()))) skip += words.shift()!.length + 1;
    if (!words.length || (!/^\p{Lu}/u.test(words[0]) && words.length < 2)) continue;
    const last = words[words.length - 1];
    if (NOT_A_NAME.has(last) || dem.has(last.toLowerCase())) continue;
    if (words.length === 1 && STOP.has(words[0].toLowerCase())) continue;
    if (PERSON_BEFORE.has(words[0].toLowerCase())) continue;
    const name = raw.slice(skip);
    const start = offset + m.index + m[0].indexOf(m[g]) + skip;
    const type: PlaceType = t ? (CUE_TYPES[m[t].toLowerCase()] ?? 'place') : 'place';
    out.push({ start, end: start + name.length, name, type });
  }
}
