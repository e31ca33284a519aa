import type { EntityMention, Paragraph } from '../types';
import type { ActorEntry } from './actorTypes';
import { ActorTokens, fastFold } from './actorTokens';
import { isWordChar } from './actorHash';
import type { ActorDictionary } from './actorDictionary';
import { actsAsState } from './actorContext';
import type { StoryCountries } from './actorStories';
import type { ActorScan, ScanMatch } from './actorScan';
import { mention } from './actorPeople';

/**
 * The document-level passes of the actor resolver that read the places: country votes, and
 * countries the dictionary does not know acting as states. Each pass is its own function, so V8
 * compiles small pieces rather than one large resolver (which took 60-100 ms to optimise, every
 * time it was optimised again).
 */

let startsBuffer = new Int32Array(1024);

/** The paragraphs' start offsets in a reused typed array (binary searches stay in the cache). */
export function paragraphStarts(paragraphs: Paragraph[]): Int32Array {
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

/** The votes of one paragraph's matches and demonyms; the entries its matches name go to `named`. */
export function paragraphVotes(stories: StoryCountries, p: number, s: ActorScan, withPlaces: boolean, named: Set<ActorEntry>): void {
  for (const m of s.matches) {
    const v = m.values[0];
    const e = m.fixed;
    if (e && m.hasName) named.add(e);
    if (e && e.type === 'state' && e.iso) continue;
    // A state's name used as a place votes only when the document has no places (they vote instead).
    if (v.role === 'name' && !(v.entry.type === 'state' && !e && withPlaces)) {
      const iso = v.entry.iso ?? v.entry.country;
      if (iso) stories.vote(p, iso, v.entry.iso ? 1 : 0.5);
    }
  }
  for (const iso of s.demonyms) stories.vote(p, iso, 0.5);
}

/** Places vote for their country, unless a state acting holds them. */
export function placeVotes(stories: StoryCountries, text: string, starts: Int32Array, sc: ActorScan[], places: EntityMention[], dict: ActorDictionary): void {
  const n = sc.length;
  // Places come by start and mostly in one country: the paragraph is walked on from the last
  // place's, and the country looked up again only when its name changes.
  let p = 0;
  let lastName: string | undefined;
  let iso: string | undefined;
  for (const pl of places) {
    if (!inToken(text, pl.start)) continue;
    if (starts[p] > pl.start) p = paraAt(starts, n, pl.start);
    else while (p + 1 < n && starts[p + 1] <= pl.start) p++;
    if (p < n && inMatch(sc[p].matches, pl.start - starts[p], true)) continue;
    const name = pl.country ? pl.country : pl.type === 'country' ? pl.canonical : undefined;
    if (name === undefined) continue;
    if (name !== lastName) iso = dict.isoByName.get(fastFold((lastName = name)));
    if (iso) stories.vote(p, iso, 1);
  }
}

const local = new ActorTokens();

/**
 * Country names the places recogniser found but the dictionary matches do not hold, acting as
 * states: their mentions go to `out`; returns the ranges to rescan each paragraph with (no cued
 * name may run through such a country).
 */
export function unknownCountries(text: string, paragraphs: Paragraph[], starts: Int32Array, sc: ActorScan[], places: EntityMention[], dict: ActorDictionary, out: EntityMention[]): Map<number, number[]> {
  const extra = new Map<number, number[]>();
  const countryStarts: number[] = [];
  const countryEnds: number[] = [];
  for (const pl of places) {
    if (pl.type !== 'country' || !inToken(text, pl.start)) continue;
    const p = paraAt(starts, sc.length, pl.start);
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
  return extra;
}
