import type { PlaceType } from '../types';
import { demonymCountries } from './gazetteer';
import { CUE_TYPES, NOT_A_NAME, PERSON_BEFORE, STOP } from './placeWords';
import { capitalBefore, matchAround, type Cue } from '../text/stretches';
import type { CueFinder } from '../text/cueFinder';

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
// (Inside a name only, the Persian linking "e": "Qala-e-Jawz".)
const NAME = `((?:${ART}[-\\s])?${WORD}(?:(?:\\s|-)(?:(?:${ART}|e)[-\\s])?${WORD}){0,3})`;
const CUE_NOUNS = 'town|village|city|hamlet|district|neighbou?rhood|suburb|quarter|camp|province|governorate|region|settlement|locality|area|commune|municipality';
/** `g`: the group holding the name; `t`: the group holding the cue noun (or none). The first two need "of", the others a trailing noun. */
const PATTERNS: { re: RegExp; g: number; t?: number }[] = [
  { re: new RegExp(`\\b(${CUE_NOUNS}|outskirts) of ${NAME}`, 'gu'), g: 2, t: 1 },
  { re: new RegExp(`\\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)? of ${NAME}`, 'gu'), g: 1 },
  { re: new RegExp(`\\b(?:in|near|at|from|into) the ${NAME} (neighbou?rhood|district|quarter|camp|area|suburb)\\b`, 'gu'), g: 1, t: 2 },
  { re: new RegExp(`${NAME} (province|governorate|district|neighbou?rhood|village|camp)\\b`, 'gu'), g: 1, t: 2 },
];
// The cue of each pair of patterns (see matchAround): " of " after a cue noun or a direction and
// before a name ("the village of X", "north of X": at most a hyphen before it), or a space and a
// trailing noun after a capitalised word ("X province": "in the " and a name before it, whose words
// are joined by at most 7 separators).
const OF_AROUND = new RegExp(`(?<=(?:${CUE_NOUNS}|outskirts|orth|outh|ast|est|ern) of )(?=\\p{Lu}|${ART}[-\\s])`, 'uy');
const OF_CUE: Cue = {
  literals: [' of '],
  patterns: [PATTERNS[0].re, PATTERNS[1].re],
  reach: 1,
  accept: (text, at) => ((OF_AROUND.lastIndex = at + 4), OF_AROUND.test(text)),
};
const NOUN_CUE: Cue = {
  literals: [' neighbourhood', ' neighborhood', ' district', ' quarter', ' camp', ' area', ' suburb', ' province', ' governorate', ' village'],
  patterns: [PATTERNS[2].re, PATTERNS[3].re],
  reach: 9,
  accept: capitalBefore,
};
/** The cues whose literals the paragraph's CueFinder looks for. */
export const NAME_CUES: readonly Cue[] = [OF_CUE, NOUN_CUE];

/**
 * Appends the unknown places named by cues: "the village of X", "north of X", "in the X district", "X province".
 * The patterns only ever match letters, apostrophes, hyphens and spaces, so they run on the short
 * stretch of such characters around a cue instead of over the whole paragraph: the matches
 * are the same, found in the same order.
 */
export function findCues(text: string, found: CueFinder, out: CueMention[]): void {
  for (const list of lists) if (list.length) list.length = 0; // even if a previous call was cut short (most are empty: setting length costs a call)
  matchAround(text, OF_CUE, ofMatch, lists, found);
  matchAround(text, NOUN_CUE, nounMatch, lists, found);
  // The patterns' mentions in pattern order, as four whole-paragraph regex runs would give them.
  for (const list of lists) for (const q of list) out.push(q);
}

// Each pattern's mentions until findCues appends them; the lists are reused (no arrays per paragraph).
const lists: CueMention[][] = [[], [], [], []];
const ofMatch = (_: string, k: number, m: RegExpExecArray, byPattern: CueMention[][]) => match(m, k, byPattern[k]);
const nounMatch = (_: string, k: number, m: RegExpExecArray, byPattern: CueMention[][]) => match(m, k + 2, byPattern[k + 2]);

/** Turns pattern k's match (index absolute) into a cue mention, unless its name is no place name. */
function match(m: RegExpExecArray, k: number, out: CueMention[]): void {
  const { g, t } = PATTERNS[k];
  const type: PlaceType = t ? (CUE_TYPES[m[t].toLowerCase()] ?? 'place') : 'place';
  // (A given name may open a name the noun follows: "the Tariq al-Sadd area", "Sheikh Maqsoud district".)
  const q = cueName(m[g], m.index + m[0].indexOf(m[g]), type, k >= 2);
  if (q) out.push(q);
}

/**
 * The cue mention of a name a cue found at `start` ("X" of "the village of X"): leading words that
 * start no name ("Syrian", "The") dropped, a possessive cut; undefined when it is no place name.
 */
export function cueName(found: string, start: number, type: PlaceType, nounAfter = false): CueMention | undefined {
  const dem = demonymCountries();
  const raw = found.replace(/['’]s$/, '');
  const words = raw.split(/[\s-]+/);
  let skip = 0;
  while (words.length && (NOT_A_NAME.has(words[0]) || dem.has(words[0].toLowerCase()))) skip += words.shift()!.length + 1;
  if (!words.length || (!/^\p{Lu}/u.test(words[0]) && words.length < 2)) return undefined;
  const last = words[words.length - 1];
  if (NOT_A_NAME.has(last) || dem.has(last.toLowerCase())) return undefined;
  if (words.length === 1 && STOP.has(words[0].toLowerCase())) return undefined;
  if (PERSON_BEFORE.has(words[0].toLowerCase()) && !nounAfter) return undefined;
  const name = raw.slice(skip);
  return { start: start + skip, end: start + skip + name.length, name, type };
}

/** The name pattern of the cues, one name from lastIndex on (`y`: sticky). */
export const CUE_NAME = new RegExp(NAME, 'uy');
