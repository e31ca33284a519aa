import type { PlaceType } from '../types';
import { CUE_NAME, cueName, type CueMention } from './placeCues';
import type { Cue } from '../text/stretches';
import type { CueFinder } from '../text/cueFinder';

/**
 * Unknown places named in a list by a plural cue noun: "the villages of Tal Zawr, Abu Dalfa and
 * Qusaybat", "the al-Badu and al-Sinaa neighbourhoods". Each name of the list becomes a cue mention
 * typed by the noun (known places among them are found by the gazetteer and win the overlap).
 */
export function findCueLists(text: string, found: CueFinder, out: CueMention[]): void {
  const bit = found.bit(PLURAL_CUE);
  let any = false;
  for (let k = 0; k < found.count && !any; k++) any = (found.mask[k] & bit) !== 0;
  if (!any) return;
  OF_LIST.lastIndex = 0;
  for (let m = OF_LIST.exec(text); m; m = OF_LIST.exec(text)) {
    const names = listAt(text, m.index + m[0].length);
    if (names && names.items.length >= 2) pushAll(names.items, PLURALS[m[1].toLowerCase()], out);
  }
  appositiveLists(text, out);
  NOUN_AFTER.lastIndex = 0;
  for (let m = NOUN_AFTER.exec(text); m; m = NOUN_AFTER.exec(text)) {
    // "the X and Y neighbourhoods": a list that opens after "the" and ends right before the noun.
    const from = text.lastIndexOf('the ', m.index);
    if (from < 0 || m.index - from > MAX_LIST_LENGTH || (from > 0 && /[\p{L}\p{M}]/u.test(text[from - 1]))) continue;
    const names = listAt(text, from + 4);
    if (names && names.items.length >= 2 && names.end + 1 === m.index) pushAll(names.items, PLURALS[m[1].toLowerCase()], out);
  }
}

/**
 * "the assault on Balouta, Barouda, Nbeiteh and Aramo, villages in the mountains": a list after a
 * preposition, set in apposition to the plural noun.
 */
function appositiveLists(text: string, out: CueMention[]): void {
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    const window = text.slice(Math.max(0, m.index - MAX_LIST_LENGTH), m.index);
    let from = -1;
    for (const p of window.matchAll(PREPOSITION)) from = m.index - window.length + p.index + p[0].length;
    const names = from >= 0 ? listAt(text, from) : undefined;
    if (names && names.items.length >= 2 && names.end === m.index) pushAll(names.items, PLURALS[m[1].toLowerCase()], out);
  }
}

/** Characters from "the" to the noun of a list named before its noun. */
const MAX_LIST_LENGTH = 160;
/** Names in one list at most. */
const MAX_ITEMS = 8;

const PLURALS: Record<string, PlaceType> = {
  towns: 'town', villages: 'village', cities: 'city', hamlets: 'village', neighbourhoods: 'district', neighborhoods: 'district',
  districts: 'district', suburbs: 'district', quarters: 'district', camps: 'camp', settlements: 'village',
  areas: 'district', sectors: 'district',
};
const NOUNS = 'towns|villages|cities|hamlets|neighbou?rhoods|districts|suburbs|quarters|camps|settlements|areas|sectors';
/** The plural nouns, as literals a paragraph's CueFinder looks for: only a paragraph with one is searched. */
export const PLURAL_CUE: Cue = { literals: Object.keys(PLURALS).map((n) => ` ${n}`), patterns: [], reach: 0 };
// "the villages of X, Y and Z", "the villages south of the mountain, including X, Y and Z".
const OF_LIST = new RegExp(`\\b(${NOUNS})(?: of |\\b[^.;:\\n]{0,60}?\\bincluding )`, 'g');
const NOUN_AFTER = new RegExp(`(?<= )(${NOUNS})\\b`, 'g');
const APPOSITIVE = new RegExp(`, (?:(?:all|both|two|three|four|five|six|seven|eight|small|remote|mountain|border) )?(${NOUNS})\\b`, 'g');
const PREPOSITION = / (?:on|in|at|near|from|to|of|into|toward|towards) /g;
/** Between two names of a list: ", ", " and ", ", and ", " or ". */
const SEPARATOR = /(?:,? and |, | or )/y;

/** The names of a list starting at text[at], and where the last one ends. */
function listAt(text: string, at: number): { items: { start: number; name: string }[]; end: number } | undefined {
  const items: { start: number; name: string }[] = [];
  let pos = at;
  let end = at;
  while (items.length < MAX_ITEMS) {
    CUE_NAME.lastIndex = pos;
    const m = CUE_NAME.exec(text);
    if (!m) break;
    items.push({ start: pos, name: m[1] });
    end = pos + m[0].length;
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    pos = end + sep[0].length;
  }
  return items.length ? { items, end } : undefined;
}

/** The list's names as cue mentions; none when one is no place name ("the Christian and Yazidi areas"). */
function pushAll(items: { start: number; name: string }[], type: PlaceType, out: CueMention[]): void {
  const qs: CueMention[] = [];
  for (const { start, name } of items) {
    const q = cueName(name, start, type);
    if (!q) return;
    qs.push(q);
  }
  for (const q of qs) out.push(q);
}
