import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';
import type { Place } from './placeTypes';
import { placeIndex, userIndex, type PlaceIndex } from './gazetteer';
import { scanNames, isStopName, type Candidate } from './placeScan';
import { NAME_CUES, findCues, type CueMention } from './placeCues';
import { SITE_CUES, findLooseCues, findSites } from './placeSites';
import { PLURAL_CUE, findCueLists } from './placeCueLists';
import { listedPlaces } from './placeLists';
import { withRepeats } from './placeRepeats';
import { addCues, divisionNameEnd, unknownPlace } from './placeMentions';
import { CueFinder } from '../text/cueFinder';
import { CountryContext } from './placeContext';
import { PlaceChooser } from './placeChooser';
import { spellingMatch } from './placeFuzzy';

/**
 * One paragraph's place candidates: gazetteer matches, demonyms' countries and cue-named unknown
 * places, offsets relative to the paragraph. A pure function of the paragraph's text and the
 * options, so the language server caches it by paragraph text and reuses it when the paragraph moves.
 */
export interface PlaceScan {
  readonly candidates: readonly Candidate[];
  readonly evidence: readonly string[];
  readonly cues: readonly CueMention[];
}

// The cue literals of all the unknown-place patterns ("X Dam", "X province"…), found on the words scanNames read.
const cueFinder = new CueFinder([...SITE_CUES, ...NAME_CUES, PLURAL_CUE]);

/** Scans one paragraph (the expensive, paragraph-local half of findPlaces). */
export function scanPlaces(paragraphText: string, options: AnalyzeOptions): PlaceScan {
  const candidates: Candidate[] = [];
  const evidence: string[] = [];
  const words = scanNames(paragraphText, indexesFor(options), candidates, evidence);
  const found = cueFinder.find(words);
  const cues: CueMention[] = [];
  // Sites first: a whole site name beats the bare name a looser cue would take from it.
  findSites(paragraphText, found, cues);
  findCues(paragraphText, found, cues);
  findLooseCues(paragraphText, found, cues);
  findCueLists(paragraphText, found, cues);
  return { candidates, evidence, cues };
}

let baseOnly: PlaceIndex[] | undefined;

function indexesFor(options: AnalyzeOptions): PlaceIndex[] {
  const user = userIndex(options.extraPlaces);
  return user ? [user, placeIndex()] : (baseOnly ??= [placeIndex()]);
}

/**
 * Resolves the paragraphs' scans into place mentions (the cheap, document-level half): each
 * candidate goes to one place by the article section's country, co-mentioned divisions and
 * population; then cue-named unknown places that overlap no known place are added.
 */
export function resolvePlaces(text: string, paragraphs: Paragraph[], scans: PlaceScan[], options: AnalyzeOptions): EntityMention[] {
  void options; // the scans already reflect the options (user places)
  const context = new CountryContext(paragraphs, scans);
  const divisions = new Set<string>();
  for (const s of scans) for (const c of s.candidates) if (c.places.length === 1 && c.places[0].admin1Code) divisions.add(c.places[0].admin1Code);
  const chooser = new PlaceChooser(text, context, divisions);
  const out: EntityMention[] = [];
  for (let i = 0; i < scans.length; i++) {
    const { start: base, index: pi } = paragraphs[i];
    const first = out.length;
    let top: string | undefined | null = null; // the paragraph's top country, looked up on first need
    const sectionTop = () => (top === null ? (top = context.top(pi)) : top);
    const cands = scans[i].candidates;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k];
      if (c.person || (isStopName(c) && !c.strongCue)) continue;
      const only = c.places.length === 1 ? c.places[0] : undefined;
      let place = only && only.major && !only.cueOnly ? only : chooser.choose(c, pi, base);
      if (!place) continue;
      // A near spelling names a place only in the countries the article is about ("al-Kani" is not Nigeria's Kano);
      // among namesakes spelled exactly and near ones, the one chosen may be near ("al-Bara" is not Italy's Bari).
      const near = c.near || (c.places.length > 1 && spellingMatch(text.slice(base + c.start, base + c.end), place) === 'near');
      if (near && place.type !== 'country' && place.cc !== sectionTop() && (context.at(pi).get(place.cc ?? '') ?? 0) < 0.3) continue;
      // "Kabani in the Latakia countryside": a place said to lie in a division is its namesake there,
      // and a near spelling of a place elsewhere names a place the gazetteer lacks.
      const within = divisionAfter(text, base, c, cands[k + 1]);
      if (within && place.admin1Code && place.admin1Code !== within && place.type !== 'admin1') {
        const there = c.places.find((x) => x.admin1Code === within);
        if (there) place = there;
        else if (near) {
          out.push(unknownPlace(base + c.start, base + c.end, text.slice(base + c.start, base + c.end), 'place'));
          continue;
        }
      }
      // A minor place without a cue, or a person-like name that is no country or division, must be in the section's country.
      const weak = !place.major && !c.cue;
      // (A major place after a preposition is no person before "said": "the ministry in Niamey said"; before
      // another capitalised word it may still start a longer name: "near Aden Yabaal".)
      const cueSaves = c.cue && place.major && !NAME_GOES_ON.test(text.slice(base + c.end, base + c.end + 2));
      const personLike = c.personish && !cueSaves && place.type !== 'country' && place.type !== 'admin1';
      // "(Reporting by Idrees Haddad and Rana Khoury; Editing by Diane Frost)", "By SUSANNAH GEORGE and …",
      // "(AP Photo/Felipe Dana)": journalists, no places (but "Reporting by X in Aden").
      if (inCredit(text, base, base + c.start)) continue;
      // (A minor place of a country as strong around it as the top one, within half, stays: "In Iraq, … strikes on al-Qaim".)
      if ((weak || personLike) && place.cc !== sectionTop() && (personLike || (context.at(pi).get(place.cc ?? '') ?? 0) < 0.5)) continue;
      // "Lebanon's Tripoli", "Mosul's Old City": a place in its owner's country, the namesake there or
      // (not Jerusalem's Old City) a place the gazetteer lacks.
      const owner = out.length > first ? out[out.length - 1] : undefined;
      if (owner?.country && owner.inDictionary && owner.country !== place.country && place.type !== 'country' && POSSESSIVE_GAP.test(text.slice(owner.end, base + c.start))) {
        const there = c.places.find((p) => p.country === owner.country);
        out.push(there ? mention(text, base + c.start, base + c.end, there) : unknownPlace(base + c.start, base + c.end, text.slice(base + c.start, base + c.end), 'place'));
        continue;
      }
      out.push(mention(text, base + c.start, divisionNameEnd(text, base + c.start, base + c.end, place), place));
    }
    const listed = out.length > first ? listedPlaces(text, base, paragraphs[i].end, out.slice(first)) : [];
    const cues = listed.length ? [...scans[i].cues, ...listed] : scans[i].cues;
    if (cues.length) addCues(out, first, base, cues);
  }
  return withRepeats(text, paragraphs, out);
}

const POSSESSIVE_GAP = /^['’]s\s$/;
const IN_GAP = /^,? in (?:the )?$/;
const NAME_GOES_ON = /^[ \u00a0-]\p{Lu}/u;

/** The division a candidate is said to lie in ("X in Idlib province", "X, in the Latakia countryside"): the next candidate's one admin1 code. */
function divisionAfter(text: string, base: number, c: Candidate, next: Candidate | undefined): string | undefined {
  if (!next || next.start - c.end > 10 || !IN_GAP.test(text.slice(base + c.end, base + next.start))) return undefined;
  const codes = new Set(next.places.map((x) => x.admin1Code));
  const [code] = codes;
  return codes.size === 1 ? code : undefined;
}
/** Whether `at` lies among the names of a credit or a byline, not after its "in". */
function inCredit(text: string, base: number, at: number): boolean {
  const from = Math.max(base, at - 80);
  const before = text.slice(from, at);
  return CREDITED_NAME.test(before) || (from === base && BYLINE_NAME.test(before));
}
const CREDITED_NAME = /(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Pp]hoto(?:graph)?) by |\b(?:Photo|PHOTO|REUTERS|Reuters|AFP|AP)\/)(?:(?! in | from )[^;().,:|\n])*$|\b(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?) (?:\p{Lu}[\p{L}'’-]* (?:and )?)*$/u;
const BYLINE_NAME = /^(?:By|BY) (?:(?! in | from )[^;().,:|\n])*$/;
/**
 * Finds place mentions: gazetteer names by a transliteration-folded token scan, then unknown
 * places named by cues ("the village of X"). Each mention resolves to one place using the
 * article section's country, co-mentioned divisions and population.
 */
export function findPlaces(text: string, paragraphs: Paragraph[], options: AnalyzeOptions): EntityMention[] {
  return resolvePlaces(text, paragraphs, paragraphs.map((p) => scanPlaces(p.text, options)), options);
}

const shortAliases = new WeakMap<Place, string[]>();

function mention(text: string, start: number, end: number, p: Place): EntityMention {
  // At most 12 aliases, one shared array per place.
  let aliases = shortAliases.get(p);
  if (!aliases) shortAliases.set(p, (aliases = p.aliases.slice(0, 12)));
  return {
    kind: 'place', start, end, text: text.slice(start, end), canonical: p.name, type: p.type, id: p.id,
    admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, aliases, inDictionary: true, key: p.key,
  };
}

const SUB_COUNTRY = new Set<string>(['admin1', 'admin2', 'city', 'town', 'village', 'district', 'camp', 'site', 'place', 'feature']);

/**
 * The article's main place. Mentions vote for their first-level division (a town and its
 * governorate count together); the first division mentioned (headline or lede) gets two extra
 * votes. Returns the first mention of the most-mentioned place inside the winning division.
 */
export function mainLocation(entities: EntityMention[]): EntityMention | undefined {
  // A dateline ("BEIRUT/AMMAN (Reuters) —") says where the story was filed, not where it happened.
  const body = entities.filter((e) => e.kind === 'place' && !isDateline(e.text));
  return mainOf(body.some((e) => SUB_COUNTRY.has(e.type) && e.admin1) ? body : entities);
}

function isDateline(s: string): boolean {
  return s.length > 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

function mainOf(entities: EntityMention[]): EntityMention | undefined {
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
