import type { PlaceType } from '../types';
import { demonymCountries } from './gazetteer';
import type { CueMention } from './placeCues';
import { NOT_A_NAME, PERSON_BEFORE, STOP } from './placeWords';
import { capitalBefore, matchAround, type Cue, type Each } from '../text/stretches';
import type { CueFinder } from '../text/cueFinder';

// Named sites and features ("Tishreen Dam", "Mount Hermon", "Lake Kivu") and the looser cues for unknown places
// ("near X", "in X, a village", "the X area"). Every name is 1–4 capitalised words, optionally joined
// by Arabic/Persian particles ("Souq al-Juma", "Dasht-e-Barchi"); all quantifiers are bounded.
const ART = '(?:al|el|as|ash|ad|ar|az|an|at|bin|bani|abu|umm|of|de|e)';
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
const NAME = `(?<![\\p{L}\\p{M}])((?:${ART}-)?${WORD}(?:[ -](?:${ART}-|(?:al|el|bin|bani|abu|umm) )?${WORD}){0,3})`; // English words (at, as, of) join only by a hyphen

/** Trailing site nouns and their types. Capitalised ones are part of a proper name and beat a gazetteer word inside. */
const SITE_NOUNS: [string, PlaceType][] = [
  ['Dam', 'site'], ['dam', 'site'], ['power station', 'site'], ['power plant', 'site'], ['Power Plant', 'site'],
  ['prison', 'site'], ['Prison', 'site'], ['Mosque', 'site'], ['mosque', 'site'], ['Square', 'site'],
  ['Bridge', 'site'], ['bridge', 'site'], ['Hospital', 'site'], ['hospital', 'site'],
  ['International Airport', 'site'], ['military airport', 'site'], ['military airbase', 'site'], ['Airport', 'site'],
  ['airport', 'site'], ['airbase', 'site'], ['Airbase', 'site'], ['air base', 'site'], ['Air Base', 'site'],
  ['border crossing', 'site'], ['crossing', 'site'], ['Crossing', 'site'], ['refugee camp', 'camp'], ['camp', 'camp'],
  ['Oblast', 'admin1'], ['Valley', 'feature'], ['Mountains', 'feature'], ['desert', 'feature'], ['Desert', 'feature'],
  ['Heights', 'feature'], ['Line', 'feature'], ['oil field', 'site'], ['oilfield', 'site'], ['gas field', 'site'],
  ['University', 'site'], ['Street', 'site'], ['Road', 'site'], ['checkpoint', 'site'], ['base', 'site'], ['Base', 'site'],
  ['tower', 'site'], ['Tower', 'site'], ['valley', 'feature'], ['market', 'site'], ['cemetery', 'site'], ['roundabout', 'site'],
  ['shrine', 'site'], ['mall', 'site'], ['hotel', 'site'], ['Hotel', 'site'], ['restaurant', 'site'], ['hall', 'site'],
  ['highway', 'site'], ['Highway', 'site'], ['water station', 'site'], ['pumping station', 'site'], ['police station', 'site'],
  ['border gate', 'site'], ['Gate', 'site'], ['River', 'feature'], ['Beach', 'feature'],
];
const SITE_TYPE = new Map(SITE_NOUNS);
const SITE_ALTERNATIVES = SITE_NOUNS.map(([n]) => n).join('|');
const SITE_RE = new RegExp(`${NAME} (${SITE_ALTERNATIVES})\\b`, 'gu');
const MOUNT_RE = new RegExp(`\\b(?:Mount|Jabal|Jebel|Lake) ${NAME}`, 'gu');
// The cue of each pattern, found first: the pattern then runs only around it (see matchAround). A name
// holds at most 7 separators: a hyphen after a leading article, two before each of three more words.
const SITE_CUE: Cue = { literals: SITE_NOUNS.map(([n]) => ` ${n}`), patterns: [SITE_RE], reach: 7, accept: capitalBefore };
const MOUNT_CUE: Cue = { literals: ['Mount ', 'Jabal ', 'Jebel ', 'Lake '], patterns: [MOUNT_RE], reach: 0 };

const PLACE_NOUNS = 'village|town|city|hamlet|suburb|neighbou?rhood|district|quarter|camp|settlement';
/** `cue`: where a loose cue pattern can match (its only pattern); `each`: turns its match into a mention. */
const CUES: { cue: Cue; each: Each<CueMention[]> }[] = [];
/** `g`: the name group; `t`: the group holding the noun that types it. */
function loose(re: RegExp, g: number, t: number | undefined, cue: Omit<Cue, 'patterns'>): void {
  const each = (text: string, _: number, m: RegExpExecArray, out: CueMention[]) => {
    const at = m.index + m[0].indexOf(m[g]);
    const name = cleanName(text, at, m[g], false);
    if (!name) return;
    const type = t ? (NOUN_TYPES[m[t].toLowerCase()] ?? 'place') : 'place';
    out.push({ start: name.start, end: name.end, name: text.slice(name.start, name.end), type, whole: 'extend' });
  };
  CUES.push({ cue: { ...cue, patterns: [re] }, each });
}
loose(new RegExp(`\\b(?:[Nn]ear|[Oo]utside) ${NAME}`, 'gu'), 1, undefined, { literals: ['Near ', 'near ', 'Outside ', 'outside '], reach: 0 });
// "in Awn al-Dadat, a village near Manbij" (not "Ahmed, a village elder")
const A_PLACE = new RegExp(`, (?:an?|the) (?:[\\p{L}-]+ ){0,2}?(?:${PLACE_NOUNS})`, 'uy');
loose(
  new RegExp(`${NAME}, (?:an?|the) (?:[\\p{L}-]+ ){0,2}?(${PLACE_NOUNS})\\b(?! (?:elder|chief|head|leader|official|council|mayor|resident))`, 'gu'), 1, 2,
  { literals: [', a ', ', an ', ', the '], commas: true, reach: 7, accept: (text, at) => capitalBefore(text, at) && ((A_PLACE.lastIndex = at), A_PLACE.test(text)) },
);
loose(new RegExp(`\\bthe ${NAME} (area|region|countryside)\\b`, 'gu'), 1, undefined, { literals: [' area', ' region', ' countryside'], reach: 8, accept: capitalBefore });
loose(new RegExp(`${NAME} (countryside|town|suburb|hamlet)\\b`, 'gu'), 1, 2, { literals: [' countryside', ' town', ' suburb', ' hamlet'], reach: 7, accept: capitalBefore });

/** The cues whose literals the paragraph's CueFinder looks for. */
export const SITE_CUES: readonly Cue[] = [SITE_CUE, MOUNT_CUE, ...CUES.map((c) => c.cue)];
const NOUN_TYPES: Record<string, PlaceType> = { village: 'village', hamlet: 'village', settlement: 'village', town: 'town', city: 'city', suburb: 'district', neighbourhood: 'district', neighborhood: 'district', district: 'district', quarter: 'district', camp: 'camp' };

/** Words that are never part of a place name found this way. */
const NEVER = new Set(`January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Reuters AFP AP Allah God Prophet Sunni Shia Shiite
  Christian Muslim Druze Alawite Israel's Syria's Iraq's`.split(/\s+/));

const CAPITAL = /[A-Z]/;

/** Appends the sites ("Tishreen Dam", "Mount Hermon") of a paragraph; they may contain a gazetteer name (`whole`). */
export function findSites(text: string, found: CueFinder, out: CueMention[]): void {
  if (!CAPITAL.test(text)) return;
  matchAround(text, SITE_CUE, site, out, found);
  matchAround(text, MOUNT_CUE, mount, out, found);
}

function site(text: string, _: number, m: RegExpExecArray, out: CueMention[]): void {
  const noun = m[2];
  const name = cleanName(text, m.index, m[1], true, /^\p{Lu}/u.test(noun));
  if (!name) return;
  const start = name.start;
  const end = m.index + m[0].length;
  out.push({ start, end, name: text.slice(start, end), type: SITE_TYPE.get(noun) ?? 'site', whole: /^\p{Lu}/u.test(noun) ? 'any' : 'minor' });
}

function mount(text: string, _: number, m: RegExpExecArray, out: CueMention[]): void {
  const name = cleanName(text, m.index + m[0].length - m[1].length, m[1], true);
  if (!name || name.start !== m.index + m[0].length - m[1].length) return;
  out.push({ start: m.index, end: name.end, name: text.slice(m.index, name.end), type: 'feature', whole: 'any' });
}

/** Appends the unknown places after "near"/"outside", before ", a village", inside "the X area", before "countryside"/"town". */
export function findLooseCues(text: string, found: CueFinder, out: CueMention[]): void {
  for (let k = 0; k < CUES.length; k++) matchAround(text, CUES[k].cue, CUES[k].each, out, found);
}

/**
 * The name's span after dropping leading non-name words ("The", demonyms, sentence-initial common
 * words) and cutting at a possessive or a word that never names a place; undefined when nothing is left.
 */
function cleanName(text: string, at: number, raw: string, site: boolean, proper = false): { start: number; end: number } | undefined {
  const dem = demonymCountries();
  const parts = [...raw.matchAll(/[^ -]+/g)].map((p) => ({ w: p[0], s: at + p.index, e: at + p.index + p[0].length }));
  // Cut after a possessive ("Syria's Hama" → "Hama" is left for the gazetteer) and at a never-word.
  let from = 0;
  for (let k = 0; k < parts.length; k++) if (/['’]s$/.test(parts[k].w) && k < parts.length - 1) from = k + 1;
  let list = parts.slice(from);
  // A title or given name: a person ("Ahmed, a village elder") — but not before a proper site noun ("Nasser Hospital").
  if (list.length && PERSON_BEFORE.has(list[0].w.toLowerCase()) && !proper) return undefined;
  const cut = list.findIndex((p) => NEVER.has(p.w));
  if (cut === 0) return undefined;
  if (cut > 0) list = list.slice(0, cut);
  while (list.length && (NOT_A_NAME.has(list[0].w) || dem.has(list[0].w.toLowerCase()) || /^\p{Ll}/u.test(list[0].w) && !/^(?:al|el|as|ash|ad|ar|az|an|at)$/.test(list[0].w))) list.shift();
  if (!list.length) return undefined;
  const first = list[0];
  const last = list[list.length - 1];
  if (/^\p{Ll}/u.test(last.w) || dem.has(last.w.toLowerCase()) || NOT_A_NAME.has(last.w)) return undefined;
  if (/^[A-Z]{2,5}$/.test(first.w) && list.length === 1) return undefined; // acronyms: UN, SDF, NATO
  const capitals = list.filter((p) => /^\p{Lu}/u.test(p.w));
  if (!capitals.length) return undefined;
  if (capitals.length === 1 && STOP.has(capitals[0].w.toLowerCase().replace(/['’]s$/, '')) && (!site || sentenceInitial(text, first.s))) return undefined;
  if (!site && sentenceInitial(text, first.s) && list.length > 1 && STOP.has(first.w.toLowerCase())) return undefined;
  return { start: first.s, end: last.e - (/['’]s$/.test(last.w) ? 2 : 0) };
}

function sentenceInitial(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 3), pos).trimEnd();
  return before === '' || /[.!?:"“]$/.test(before);
}
