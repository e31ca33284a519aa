import type { AnalyzeOptions, EntityMention, Paragraph, PlaceType } from '../types';
import type { Place } from './placeTypes';
import { foldName } from '../text/fold';
import { placeIndex, userIndex, demonymCountries, type PlaceIndex } from './gazetteer';
import { scanParagraph, isStopName, type Candidate, type Evidence } from './placeScan';
import { CountryContext, choosePlace } from './placeContext';
import { CUE_TYPES, NOT_A_NAME, PERSON_BEFORE, STOP } from './placeWords';

/**
 * Finds place mentions: gazetteer names by a transliteration-folded token scan, then unknown
 * places named by cues ("the village of X"). Each mention resolves to one place using the
 * article section's country, co-mentioned divisions and population.
 */
export function findPlaces(text: string, paragraphs: Paragraph[], options: AnalyzeOptions): EntityMention[] {
  const indexes: PlaceIndex[] = [placeIndex()];
  const user = userIndex(options.extraPlaces);
  if (user) indexes.unshift(user);
  const candidates: Candidate[] = [];
  const evidence: Evidence[] = [];
  for (const p of paragraphs) scanParagraph(text, p, indexes, candidates, evidence);

  const context = new CountryContext(candidates, evidence);
  const divisions = new Set<string>();
  for (const c of candidates) if (c.places.length === 1 && c.places[0].admin1Code) divisions.add(c.places[0].admin1Code);
  const out: EntityMention[] = [];
  for (const c of candidates) {
    if (c.person || (isStopName(c) && !c.strongCue)) continue;
    const place = c.places.length === 1 && c.places[0].major && !c.places[0].cueOnly ? c.places[0] : choosePlace(c, () => context.at(c.paragraph), divisions, text.slice(c.start, c.end));
    if (!place) continue;
    if (!place.major && !c.cue && place.cc !== context.top(c.paragraph)) continue;
    if (c.personish && place.type !== 'country' && place.type !== 'admin1' && place.cc !== context.top(c.paragraph)) continue;
    out.push(mention(text, c.start, c.end, place));
  }
  const known = out.slice();
  let k = 0;
  for (const p of paragraphs) {
    while (k < known.length && known[k].end <= p.start) k++;
    let e = k;
    while (e < known.length && known[e].start < p.end) e++;
    out.push(...cuePlaces(text, p, known.slice(k, e)));
  }
  return out.sort((a, b) => a.start - b.start);
}

function mention(text: string, start: number, end: number, p: Place): EntityMention {
  return {
    kind: 'place', start, end, text: text.slice(start, end), canonical: p.name, type: p.type, id: p.id,
    admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon,
    aliases: p.aliases.slice(0, 12), inDictionary: true, key: p.key,
  };
}

const ART = "(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|umm|ben|bani|beit|bir|tal|tell)";
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
const NAME = `((?:${ART}[-\\s])?${WORD}(?:(?:\\s|-)(?:${ART}[-\\s])?${WORD}){0,3})`;
const CUE_NOUNS = 'town|village|city|hamlet|district|neighbou?rhood|suburb|quarter|camp|province|governorate|region|settlement|locality|area';
/** `g`: the group holding the name; `t`: the group holding the cue noun (or none); `pre`: a cheap test first. */
const PATTERNS: { re: RegExp; g: number; t?: number; pre: RegExp }[] = [
  { re: new RegExp(`\\b(${CUE_NOUNS}|outskirts) of ${NAME}`, 'gu'), g: 2, t: 1, pre: new RegExp(`(?:${CUE_NOUNS}|outskirts) of \\S`) },
  { re: new RegExp(`\\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)? of ${NAME}`, 'gu'), g: 1, pre: /(?:th|st)(?:ern)? of / },
  { re: new RegExp(`\\b(?:in|near|at|from|into) the ${NAME} (neighbou?rhood|district|quarter|camp|area|suburb)\\b`, 'gu'), g: 1, t: 2, pre: / (?:neighbou?rhood|district|quarter|camp|area|suburb)\b/ },
  { re: new RegExp(`${NAME} (province|governorate|district|neighbou?rhood|village|camp)\\b`, 'gu'), g: 1, t: 2, pre: / (?:province|governorate|district|neighbou?rhood|village|camp)\b/ },
];

/** Unknown places named by cues: "the village of X", "north of X", "in the X district", "X province". */
function cuePlaces(text: string, p: Paragraph, known: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const dem = demonymCountries();
  for (const { re, g, t, pre } of PATTERNS) {
    if (!pre.test(p.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const raw = m[g].replace(/['’]s$/, '');
      const words = raw.split(/[\s-]+/);
      let skip = 0;
      while (words.length && (NOT_A_NAME.has(words[0]) || dem.has(words[0].toLowerCase()))) skip += words.shift()!.length + 1;
      if (!words.length || !/^\p{Lu}/u.test(words[0]) && words.length < 2) continue;
      const last = words[words.length - 1];
      if (NOT_A_NAME.has(last) || dem.has(last.toLowerCase())) continue;
      if (words.length === 1 && STOP.has(words[0].toLowerCase())) continue;
      if (PERSON_BEFORE.has(words[0].toLowerCase())) continue;
      const name = raw.slice(skip);
      const start = p.start + m.index + m[0].indexOf(m[g]) + skip;
      const end = start + name.length;
      const type: PlaceType = t ? (CUE_TYPES[m[t].toLowerCase()] ?? 'place') : 'place';
      if (known.some((k) => k.start < end && start < k.end) || out.some((k) => k.start < end && start < k.end)) continue;
      out.push({
        kind: 'place', start, end, text: name, canonical: name, type, inDictionary: false,
        key: `place:unknown:${foldName(name)}`,
      });
    }
  }
  return out;
}

const SUB_COUNTRY = new Set<string>(['admin1', 'admin2', 'city', 'town', 'village', 'district', 'camp', 'site', 'place', 'feature']);

/**
 * The article's main place. Mentions vote for their first-level division (a town and its
 * governorate count together); the first division mentioned (headline or lede) gets two extra
 * votes. Returns the first mention of the most-mentioned place inside the winning division.
 */
export function mainLocation(entities: EntityMention[]): EntityMention | undefined {
  const byDivision = new Map<string, { votes: number; places: Map<string, { first: EntityMention; count: number }> }>();
  let firstDivision: string | undefined;
  for (const e of entities) {
    if (e.kind !== 'place' || !SUB_COUNTRY.has(e.type) || !e.admin1) continue;
    const div = `${e.country}|${e.admin1}`;
    firstDivision ??= div;
    let d = byDivision.get(div);
    if (!d) byDivision.set(div, (d = { votes: 0, places: new Map() }));
    d.votes++;
    const s = d.places.get(e.key);
    if (s) s.count++;
    else d.places.set(e.key, { first: e, count: 1 });
  }
  let best: (typeof byDivision extends Map<string, infer V> ? V : never) | undefined;
  let bestScore = -1;
  for (const [div, d] of byDivision) {
    const score = d.votes + (div === firstDivision ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  if (!best) return undefined;
  // Prefer a town to the division itself when both are named.
  const ranked = [...best.places.values()].sort((a, b) => b.count - a.count + (a.first.type === 'admin1' ? 0.5 : 0) - (b.first.type === 'admin1' ? 0.5 : 0));
  return ranked[0].first;
}
