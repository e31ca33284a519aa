import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';
import type { ActorEntry } from './actorTypes';
import { dictionaryWith, GENERIC_HEALTH, type ActorDictionary, type AliasValue } from './actorDictionary';
import { articleSections, StoryCountries } from './actorStories';
import { scanWith, type ActorScan, type ScanMatch, type ScanName } from './actorScan';
import { paragraphStarts, paragraphVotes, placeVotes, unknownCountries } from './actorDocument';
import { mention, People } from './actorPeople';
import { PlaceIndex, sortedWithoutOverlaps, withoutCredits } from './actorSpans';
import { fastFold } from './actorText';
import { surnameMentions } from './actorSurnames';
import { definedAcronyms } from './actorAcronyms';

// Reused from call to call: fresh instances lost their hidden classes to the collector between
// documents, and with them the resolver's optimised code.
const stories = new StoryCountries();
const people = new People();
const placeIndex = new PlaceIndex();

/**
 * Turns the paragraph scans into the document's actor mentions: context phrases ("the regime")
 * by the story's country, countries the places recogniser found acting as states, names found by
 * cues that are places, and coreference ("Hourani said" after "Imad al-Hourani"). Linear in the
 * scans' candidates and the places; `scans[p]` must be `scanActors(paragraphs[p].text, options)`.
 */
export function resolveActors(text: string, paragraphs: Paragraph[], scans: ActorScan[], places: EntityMention[], options: AnalyzeOptions): EntityMention[] {
  const dict = dictionaryWith(options.extraActors);
  const sc = scans.every((s) => s.dict === dict) ? scans.slice() : scans.map((s, p) => (s.dict === dict ? s : scanWith(paragraphs[p].text, dict, undefined)));
  const n = paragraphs.length;
  const starts = paragraphStarts(paragraphs);
  stories.reset(Math.max(1, n));
  const named = new Set<ActorEntry>();
  for (let p = 0; p < n; p++) paragraphVotes(stories, p, sc[p], places.length > 0, named);
  placeVotes(stories, text, starts, sc, places, dict);
  const datelines: boolean[] = [];
  for (let p = 0; p < n; p++) datelines.push(sc[p].dateline);
  stories.close(articleSections(datelines, paragraphs));

  const out: EntityMention[] = [];
  placeIndex.reset(places);
  people.reset();
  for (let p = 0; p < n; p++) if (sc[p].matches.length) matchMentions(text, paragraphs[p].start, p, sc[p].matches, named, dict, out);
  const extra = unknownCountries(text, paragraphs, starts, sc, places, dict, out);
  for (const [p, ranges] of extra) sc[p] = scanWith(paragraphs[p].text, dict, ranges);
  // Names found by cues, unless a place holds them; kept[first[p] + x]: name x of paragraph p is a mention.
  const first = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) first[p + 1] = first[p] + sc[p].names.length;
  const kept = new Uint8Array(first[n]);
  for (let p = 0; p < n; p++) if (sc[p].names.length) nameMentions(text, paragraphs[p].start, sc[p].names, first[p], kept, out);
  // One stable sort of the mentions then the surname mentions: ties keep that order.
  const all = out.concat(surnameMentions(text, paragraphs, sc, kept, first, people));
  people.reset();
  const sorted = sortedWithoutOverlaps(all);
  const acronyms = definedAcronyms(text, paragraphs, sorted);
  return withoutCredits(text, paragraphs, acronyms.length ? sortedWithoutOverlaps(sorted.concat(acronyms)) : sorted);
}

/** The mentions of one paragraph's dictionary matches. */
function matchMentions(text: string, base: number, p: number, matches: ScanMatch[], named: Set<ActorEntry>, dict: ActorDictionary, out: EntityMention[]): void {
  let country: string | undefined | null = null;
  let namedEnd = -1;
  // A country's possessive just before ("Russia's defence ministry"): whose ministry it is.
  let owner: string | undefined;
  let ownerStart = -1;
  let ownerEnd = -1;
  for (const m of matches) {
    let entry = m.fixed;
    let start = base + m.start;
    if (!m.named && namedEnd >= 0 && ownForces(text, base + namedEnd, base + m.tokStart)) continue;
    namedEnd = m.named && m.fixed && m.fixed.type !== 'state' ? m.end : -1;
    if (!m.named) {
      if (country === null) country = stories.at(p);
      const of = ownerEnd >= 0 && /^\s+$/.test(text.slice(base + ownerEnd, base + m.tokStart)) ? owner : undefined;
      entry = resolveContext(m, stories, of ?? country, named, dict);
      // "Iranian state media" in a story about Iraq: another country's, which the dictionary lacks.
      if (entry?.country && otherDemonym(text, base + m.tokStart, entry.country, dict)) continue;
      // "Lebanon's Health Ministry" is one actor, the country's possessive included.
      if (of && entry && contextOf(m.values).ministry) {
        start = ownerStart;
        if (out.length && out[out.length - 1].start === ownerStart) out.pop();
      }
    } else if (entry && m.values.length > 1 && entry.type !== 'state') {
      // One acronym, two actors ("SNA"): the one of the story's country.
      if (country === null) country = stories.at(p);
      const fixed = entry;
      const alt = m.values.find((v) => v.role === 'name' && v.entry !== fixed && v.entry.type !== 'state' && v.entry.country !== undefined && v.entry.country === country);
      if (alt && fixed.country !== country) entry = alt.entry;
    }
    owner = m.named && m.tokEnd > m.end ? possessiveCountry(m) : undefined;
    ownerStart = base + m.start;
    ownerEnd = owner ? m.tokEnd : -1;
    if (!entry) continue;
    const end = base + m.end;
    const spanned = entry.type === 'state' && !!entry.iso && placeIndex.find(start, end);
    const found = mention(text, spanned ? placeIndex.start : start, spanned ? placeIndex.end : end, entry, true);
    out.push(found);
    if (found.type === 'person') people.register(found, m.surnames);
  }
}

// Between a name and "security forces": at most one qualifier ("Asayish internal security forces").
const QUALIFIER_GAP = /^\s+(?:(?:internal|local|general|special|elite|military|own|interior|border|intelligence)\s+)?$/;

/** "Hamas security forces", "Asayish internal security forces": a generic phrase right after a named actor (not a state) is its own. */
function ownForces(text: string, from: number, to: number): boolean {
  return to - from <= 24 && QUALIFIER_GAP.test(text.slice(from, to));
}

/** The mentions of one paragraph's cued names, unless a place holds them; a person named before is the same person. */
function nameMentions(text: string, base: number, names: ScanName[], first: number, kept: Uint8Array, out: EntityMention[]): void {
  for (let x = 0; x < names.length; x++) {
    const nm = names[x];
    const start = base + nm.start;
    const end = base + nm.end;
    if (nm.type === 'person' && placeIndex.find(start, end) && placeIndex.start <= start && placeIndex.end >= end) continue;
    kept[first + x] = 1;
    const earlier = nm.type === 'person' ? people.lookup(nm.key, start) : undefined;
    if (earlier) {
      out.push({ ...earlier, start, end, text: text.slice(start, end) });
      continue;
    }
    const found = mention(text, start, end, { name: text.slice(start, end).replace(/\s+/g, ' '), type: nm.type }, false);
    out.push(found);
    if (nm.type === 'person') people.register(found, nm.surnames);
  }
}

/** A context phrase ("the regime", "the Observatory", "government forces") by the story's country. */
function resolveContext(m: ScanMatch, score: StoryCountries, country: string | undefined, named: Set<ActorEntry>, dict: ActorDictionary): ActorEntry | undefined {
  const { context, generic, army, ministry } = contextOf(m.values);
  if (army) return country === undefined ? undefined : dict.armyByIso.get(country);
  if (ministry && country !== undefined) return context.find((e) => e.country === country) ?? (ministry === 'health' ? dict.healthByIso : dict.governmentByIso).get(country);
  let best: ActorEntry | undefined;
  let top = 0;
  for (let k = 0; k < context.length; k++) {
    const e = context[k];
    const n = score.get(e.country);
    if (n > top) {
      best = e;
      top = n;
    }
  }
  if (best && (best.country === country || !generic)) return best;
  if (generic && country && dict.forcesByIso.has(country)) return dict.forcesByIso.get(country);
  if (best) return best;
  const mentioned = context.find((e) => named.has(e));
  if (mentioned) return mentioned;
  if (country === undefined) return context.find((e) => e.contextFallback);
  return undefined;
}

/** Whether the word just before `at` is a demonym of a country other than `iso`. */
function otherDemonym(text: string, at: number, iso: string, dict: ActorDictionary): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end === at) return false;
  let start = end;
  while (start > 0 && end - start < 24 && WORD_CHAR.test(text[start - 1])) start--;
  if (start === end || !UPPER.test(text[start])) return false;
  const of = dict.isoByDemonym.get(fastFold(text.slice(start, end)));
  return of !== undefined && of !== iso;
}

const WORD_CHAR = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;

/** Whether a match is a generic ministry, and a health ministry or another. */
function ministryOf(values: AliasValue[]): 'state' | 'health' | undefined {
  const v = values.find((x) => x.role === 'generic-ministry');
  return v === undefined ? undefined : v.entry === GENERIC_HEALTH ? 'health' : 'state';
}

/** The country whose possessive a match is ("Russia's", "Syrias"): the ISO of a state among its values. */
function possessiveCountry(m: ScanMatch): string | undefined {
  return m.values.find((v) => v.entry.type === 'state' && v.entry.iso)?.entry.iso;
}

type ContextValues = { context: ActorEntry[]; generic: boolean; army: boolean; ministry: 'state' | 'health' | undefined };
const contextCache = new WeakMap<AliasValue[], ContextValues>();

/** The context entries among a match's values, and whether one is generic forces, army or ministry (once per values array: the dictionary shares them). */
function contextOf(values: AliasValue[]): ContextValues {
  let hit = contextCache.get(values);
  if (!hit) {
    hit = {
      context: values.filter((v) => v.role === 'context').map((v) => v.entry),
      generic: values.some((v) => v.role === 'generic-forces'),
      army: values.some((v) => v.role === 'generic-army'),
      ministry: ministryOf(values),
    };
    contextCache.set(values, hit);
  }
  return hit;
}
