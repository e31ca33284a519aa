import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';
import type { ActorEntry } from './actorTypes';
import { ActorTokens, fastFold } from './actorTokens';
import { isWordChar } from './actorHash';
import { dictionaryWith, type ActorDictionary, type AliasValue } from './actorDictionary';
import { actsAsState } from './actorContext';
import { articleSections, StoryCountries } from './actorStories';
import { scanWith, type ActorScan, type ScanMatch } from './actorScan';
import { mention, People } from './actorPeople';
import { PlaceIndex, sortedWithoutOverlaps } from './actorSpans';
import { surnameMentions } from './actorSurnames';

const local = new ActorTokens();
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
  for (let p = 0; p < n; p++) {
    const s = sc[p];
    for (const m of s.matches) {
      const v = m.values[0];
      const e = m.fixed;
      if (e && m.hasName) named.add(e);
      if (!(e && e.type === 'state' && e.iso) && v.role === 'name' && !(v.entry.type === 'state' && !e && places.length)) vote(p, v.entry.iso ?? v.entry.country, v.entry.iso ? 1 : 0.5);
    }
    for (const iso of s.demonyms) stories.vote(p, iso, 0.5);
  }
  // Places vote for their country, unless a state acting holds them.
  for (const pl of places) {
    if (!inToken(text, pl.start)) continue;
    const p = paraAt(starts, n, pl.start);
    if (p < n && inMatch(sc[p].matches, pl.start - starts[p], true)) continue;
    vote(p, pl.country ? dict.isoByName.get(fastFold(pl.country)) : pl.type === 'country' ? dict.isoByName.get(fastFold(pl.canonical)) : undefined, 1);
  }
  stories.close(articleSections(sc.map((s) => s.dateline), paragraphs));

  const out: EntityMention[] = [];
  placeIndex.reset(places);
  people.reset();
  for (let p = 0; p < n; p++) {
    const base = paragraphs[p].start;
    let country: string | undefined | null = null;
    for (const m of sc[p].matches) {
      let entry = m.fixed;
      if (!m.named) {
        if (country === null) country = stories.at(p);
        entry = resolveContext(m, stories, country, named, dict);
      } else if (entry && m.values.length > 1 && entry.type !== 'state') {
        // One acronym, two actors ("SNA"): the one of the story's country.
        if (country === null) country = stories.at(p);
        const fixed = entry;
        const alt = m.values.find((v) => v.role === 'name' && v.entry !== fixed && v.entry.type !== 'state' && v.entry.country !== undefined && v.entry.country === country);
        if (alt && fixed.country !== country) entry = alt.entry;
      }
      if (!entry) continue;
      const start = base + m.start;
      const end = base + m.end;
      const spanned = entry.type === 'state' && !!entry.iso && placeIndex.find(start, end);
      const found = mention(text, spanned ? placeIndex.start : start, spanned ? placeIndex.end : end, entry, true);
      out.push(found);
      if (found.type === 'person') people.register(found, m.surnames);
    }
  }
  // Country names the places recogniser found but the dictionary does not know; no cued name runs through them.
  const extra = new Map<number, number[]>();
  const countryStarts: number[] = [];
  const countryEnds: number[] = [];
  for (const pl of places) {
    if (pl.type !== 'country' || !inToken(text, pl.start)) continue;
    const p = paraAt(starts, n, pl.start);
    const base = paragraphs[p].start;
    if (inMatch(sc[p].matches, pl.start - base, false)) continue;
    if (countryStarts.some((s, k) => s <= pl.start && pl.start < countryEnds[k])) continue;
    const t = local.reset(paragraphs[p].text);
    const i = t.at(pl.start - base);
    let j = i + 1;
    while (j < t.n && t.start[j] < pl.end - base) j++;
    if (i < 0 || !actsAsState(t, i, j, false)) continue;
    const iso = dict.isoByName.get(fastFold(pl.canonical));
    const entry = (iso && dict.stateByIso.get(iso)) || { name: pl.canonical, type: 'state' as const };
    out.push(mention(text, pl.start, pl.end, entry, !!iso));
    countryStarts.push(base + t.start[i]);
    countryEnds.push(base + t.end[j - 1]);
    extra.set(p, [...(extra.get(p) ?? []), pl.start - base, pl.end - base]);
  }
  for (const [p, ranges] of extra) sc[p] = scanWith(paragraphs[p].text, dict, ranges);

  // Names found by cues, unless a place holds them; a person named before is the same person.
  // kept[first[p] + x]: name x of paragraph p is a mention (no place holds it).
  const first = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) first[p + 1] = first[p] + sc[p].names.length;
  const kept = new Uint8Array(first[n]);
  for (let p = 0; p < n; p++) {
    const base = paragraphs[p].start;
    const names = sc[p].names;
    if (names.length === 0) continue;
    for (let x = 0; x < names.length; x++) {
      const nm = names[x];
      const start = base + nm.start;
      const end = base + nm.end;
      if (nm.type === 'person' && placeIndex.find(start, end) && placeIndex.start <= start && placeIndex.end >= end) continue;
      kept[first[p] + x] = 1;
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
  // One stable sort of the mentions then the surname mentions: ties keep that order.
  const all = out.concat(surnameMentions(text, paragraphs, sc, kept, first, people));
  people.reset();
  return sortedWithoutOverlaps(all);
}

function vote(p: number, iso: string | undefined, weight: number): void {
  if (iso) stories.vote(p, iso, weight);
}

let startsBuffer = new Int32Array(1024);

/** The paragraphs' start offsets in a reused typed array (binary searches stay in the cache). */
function paragraphStarts(paragraphs: Paragraph[]): Int32Array {
  if (startsBuffer.length < paragraphs.length) startsBuffer = new Int32Array(2 * paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) startsBuffer[p] = paragraphs[p].start;
  return startsBuffer;
}

/** Index of the paragraph holding `offset` (the last one starting at or before it; 0 when none does). */
function paraAt(starts: Int32Array, n: number, offset: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `offset` lies in a match's token range (matches are in text order and do not overlap); with `acting`, a state acting's. */
function inMatch(matches: ScanMatch[], offset: number, acting: boolean): boolean {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (m.tokEnd <= offset) lo = mid + 1;
    else if (m.tokStart > offset) hi = mid - 1;
    else return !acting || (!!m.fixed && m.fixed.type === 'state' && !!m.fixed.iso);
  }
  return false;
}

function inToken(text: string, offset: number): boolean {
  return offset < text.length && isWordChar(text, offset);
}

/** A context phrase ("the regime", "the Observatory", "government forces") by the story's country. */
function resolveContext(m: ScanMatch, score: StoryCountries, country: string | undefined, named: Set<ActorEntry>, dict: ActorDictionary): ActorEntry | undefined {
  const { context, generic } = contextOf(m.values);
  let best: ActorEntry | undefined;
  let top = 0;
  for (const e of context) {
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

const contextCache = new WeakMap<AliasValue[], { context: ActorEntry[]; generic: boolean }>();

/** The context entries among a match's values, and whether one is generic forces (once per values array: the dictionary shares them). */
function contextOf(values: AliasValue[]): { context: ActorEntry[]; generic: boolean } {
  let hit = contextCache.get(values);
  if (!hit) {
    hit = { context: values.filter((v) => v.role === 'context').map((v) => v.entry), generic: values.some((v) => v.role === 'generic-forces') };
    contextCache.set(values, hit);
  }
  return hit;
}
