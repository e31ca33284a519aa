import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';
import type { ActorEntry } from './actorTypes';
import { actorTokens, fastFold, sentenceBreak, type ActorToken } from './actorTokens';
import { dictionaryWith, entryKey, GENERIC, type ActorDictionary, type AliasValue } from './actorDictionary';
import { actsAsState, bestCountry, storyCountries } from './actorContext';
import { findNames, surnameKeys, PARTICLES } from './actorNames';

/** A dictionary match before it is resolved: token range and the aliases that matched there. */
interface RawMatch {
  i: number;
  j: number;
  values: AliasValue[];
  start: number;
  end: number;
}

/**
 * Finds actor mentions in one linear pass over the tokens: dictionary aliases (longest match,
 * acronyms with exact case), country names and capitals that act as states, context phrases
 * ("the regime", "the Observatory") resolved by the story's country, unknown people and
 * organisations found by cues, and later surname mentions of people already named.
 * `places` are the place mentions already found; a country acting is returned with the place's span.
 */
export function findActors(text: string, paragraphs: Paragraph[], places: EntityMention[], options: AnalyzeOptions): EntityMention[] {
  const dict = dictionaryWith(options.extraActors);
  const toks = actorTokens(text);
  const matches = scan(text, toks, dict);
  const covered = new Uint8Array(toks.length);
  for (const m of matches) covered.fill(1, m.i, m.j);

  const paraOf = paragraphIndex(toks, paragraphs);
  // States and fixed names first (they do not depend on the story's country), then the country
  // votes (a state acting is no vote for where the story is), then the context phrases.
  const chosen = matches.map((m) => resolveFixed(m, text, toks));
  possessedActors(toks, matches, chosen);
  coordinateStates(text, toks, matches, chosen);
  const scores = storyCountries(countryVotes(toks, paraOf, paragraphs.length, matches, chosen, places, dict), paragraphs.map((p) => p.text));
  const named = new Set<ActorEntry>();
  matches.forEach((m, k) => m.values.some((v) => v.role === 'name') && chosen[k] && named.add(chosen[k]!));
  matches.forEach((m, k) => {
    if (!m.values.some((v) => v.role === 'name' || v.role === 'capital')) chosen[k] = resolveContext(m, scores[paraOf[m.i]], named, dict);
  });

  const out: EntityMention[] = [];
  const placeAt = placeFinder(places);
  matches.forEach((m, k) => {
    const entry = chosen[k];
    if (!entry) return;
    const span = entry.type === 'state' && entry.iso ? placeAt(m.start, m.end) ?? m : m;
    out.push(mention(text, span.start, span.end, entry, true));
  });
  // Country names the places recogniser found but the dictionary does not know.
  for (const p of places) {
    if (p.type !== 'country') continue;
    const i = tokenAt(toks, p.start);
    if (i < 0 || covered[i]) continue;
    let j = i + 1;
    while (j < toks.length && toks[j].start < p.end) j++;
    if (!actsAsState(text, toks, i, j, false)) continue;
    const iso = dict.isoByName.get(fastFold(p.canonical));
    const entry = (iso && dict.stateByIso.get(iso)) || { name: p.canonical, type: 'state' as const };
    out.push(mention(text, p.start, p.end, entry, !!iso));
    covered.fill(1, i, j);
  }
  const isCountryWord = (t: ActorToken) => dict.isoByDemonym.has(t.fold) || dict.isoByName.has(t.fold);
  const people = new Surnames(toks);
  for (const m of out) if (m.type === 'person') people.register(m);
  for (const n of findNames(text, toks, covered, isCountryWord)) {
    const start = toks[n.i].start;
    const end = toks[n.j - 1].trimEnd;
    const place = n.type === 'person' ? placeAt(start, end) : undefined;
    if (place && place.start <= start && place.end >= end) continue;
    covered.fill(1, n.i, n.j);
    // "Abdel Rahman said" after "Rami Abdel Rahman": a later mention of a known person.
    const earlier = n.type === 'person' ? people.lookup(toks.slice(n.i, n.j).filter((t) => !PARTICLES.has(t.text)).map((t) => t.fold).join(' '), start) : undefined;
    if (earlier) {
      out.push({ ...earlier, start, end, text: text.slice(start, end) });
      continue;
    }
    const found = mention(text, start, end, { name: text.slice(start, end).replace(/\s+/g, ' '), type: n.type }, false);
    out.push(found);
    if (n.type === 'person') people.register(found);
  }
  out.sort((a, b) => a.start - b.start);
  return dedupe([...out, ...surnameMentions(text, toks, covered, people)].sort((a, b) => a.start - b.start || b.end - a.end));
}

/** Longest dictionary match at each token, left to right. */
function scan(text: string, toks: ActorToken[], dict: ActorDictionary): RawMatch[] {
  const foldKeys = toks.map((t) => t.fold);
  const exactKeys = toks.map((t) => t.exact);
  const out: RawMatch[] = [];
  for (let i = 0; i < toks.length; ) {
    const inExact = dict.firstExact.has(exactKeys[i]);
    const inFold = dict.firstFold.has(foldKeys[i]);
    if (!inExact && !inFold) {
      i++;
      continue;
    }
    const exact = inExact ? dict.exact.matchAt(text, toks, exactKeys, i) : [];
    const fold = inFold ? dict.fold.matchAt(text, toks, foldKeys, i) : [];
    const cands = exact.length && fold.length ? [...exact, ...fold].sort((a, b) => b.length - a.length) : exact.length ? exact : fold;
    let hit: RawMatch | undefined;
    for (const c of cands) {
      const values = c.values.filter((v) => accepts(text, toks, i, c.length, v));
      if (values.length === 0) continue;
      const first = values[0];
      const start = first.skipFirst ? toks[i + 1].start : toks[i].start;
      hit = { i, j: i + c.length, values, start, end: toks[i + c.length - 1].trimEnd };
      break;
    }
    if (hit) {
      out.push(hit);
      i = hit.j;
    } else i++;
  }
  return out;
}

function accepts(text: string, toks: ActorToken[], i: number, n: number, v: AliasValue): boolean {
  for (let b = 0; b < n; b++) if (v.caps & (1 << b) && !toks[i + b].capitalised) return false;
  const prev = i > 0 ? toks[i - 1] : undefined;
  const hyphenBefore = prev !== undefined && /^[-‐‑–]$/.test(text.slice(prev.end, toks[i].start));
  if (hyphenBefore && (v.role !== 'name' || v.single) && /^(anti|pro|non|post|pre)$/.test(prev.fold)) return false;
  // A short acronym inside a line written in capitals is an ordinary word ("WHERE IS THE").
  if (v.caps === 0 && n === 1 && toks[i].exact.length <= 3 && toks[i].exact === toks[i].exact.toUpperCase()) {
    const next = toks[i + 1];
    if (shouting(prev) && shouting(next)) return false;
  }
  return true;
}

function shouting(t: ActorToken | undefined): boolean {
  return !!t && t.text.length >= 3 && /^[A-Z]+$/.test(t.text);
}

/** The entry a name or capital stands for, or undefined (a country or capital used as a place). */
function resolveFixed(m: RawMatch, text: string, toks: ActorToken[]): ActorEntry | undefined {
  const names = m.values.filter((v) => v.role === 'name');
  if (names.length) {
    const e = names[0].entry;
    if (e.type === 'state' && e.iso) return actsAsState(text, toks, m.i, m.j, false) ? e : undefined;
    return e;
  }
  const capital = m.values.find((v) => v.role === 'capital');
  if (capital) return actsAsState(text, toks, m.i, m.j, true) ? capital.entry : undefined;
  return undefined;
}

/** A context phrase ("the regime", "the Observatory", "government forces") by the story's country. */
function resolveContext(m: RawMatch, score: Map<string, number> | undefined, named: Set<ActorEntry>, dict: ActorDictionary): ActorEntry | undefined {
  const context = m.values.filter((v) => v.role === 'context').map((v) => v.entry);
  let best: ActorEntry | undefined;
  let top = 0;
  for (const e of context) {
    const n = (e.country && score?.get(e.country)) || 0;
    if (n > top) {
      best = e;
      top = n;
    }
  }
  const country = bestCountry(score);
  if (best && (best.country === country || !m.values.some((v) => v.role === 'generic-forces'))) return best;
  if (m.values.some((v) => v.role === 'generic-forces') && country && dict.forcesByIso.has(country)) return dict.forcesByIso.get(country);
  if (best) return best;
  const mentioned = context.find((e) => named.has(e));
  if (mentioned) return mentioned;
  if (country === undefined) return context.find((e) => e.contextFallback);
  return undefined;
}

/** "Russia's Africa Corps", "Iran's Revolutionary Guards": a country owning an actor acts as the state. */
function possessedActors(toks: ActorToken[], matches: RawMatch[], chosen: (ActorEntry | undefined)[]): void {
  for (let k = 0; k + 1 < matches.length; k++) {
    const v = matches[k].values.find((x) => x.role === 'name');
    if (chosen[k] || !v || v.entry.type !== 'state' || !v.entry.iso || !toks[matches[k].j - 1].possessive) continue;
    const next = matches[k + 1];
    const owned = next.values.find((x) => x.role === 'name');
    if (next.i === matches[k].j && owned && /^(state-force|armed-group|person)$/.test(owned.entry.type) && matches[k].end < next.start) chosen[k] = v.entry;
  }
}

const aliasCache = new WeakMap<ActorEntry, string[]>();

function mention(text: string, start: number, end: number, e: ActorEntry, inDictionary: boolean): EntityMention {
  let aliases = aliasCache.get(e);
  if (!aliases) aliasCache.set(e, (aliases = [...new Set([...(e.aliases ?? []), ...(e.acronyms ?? [])])]));
  return {
    kind: 'actor',
    start,
    end,
    text: text.slice(start, end),
    canonical: e === GENERIC ? 'government forces' : e.name,
    type: e.type,
    ...(e.wikidata ? { id: e.wikidata } : {}),
    ...(e.side ? { side: e.side } : {}),
    ...(aliases.length ? { aliases } : {}),
    inDictionary,
    key: entryKey(e),
  };
}

/** Paragraph index of every token (tokens between paragraphs go with the previous one). */
function paragraphIndex(toks: ActorToken[], paragraphs: Paragraph[]): Int32Array {
  const out = new Int32Array(toks.length);
  let p = 0;
  for (let k = 0; k < toks.length; k++) {
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= toks[k].start) p++;
    out[k] = p;
  }
  return out;
}

/** Country votes per paragraph: places, country names used as places, demonyms, and actors tied to a country. */
function countryVotes(toks: ActorToken[], paraOf: Int32Array, n: number, matches: RawMatch[], chosen: (ActorEntry | undefined)[], places: EntityMention[], dict: ActorDictionary): Map<string, number>[] {
  const votes: Map<string, number>[] = Array.from({ length: Math.max(1, n) }, () => new Map());
  const add = (k: number, iso: string | undefined, w: number) => {
    if (!iso) return;
    const v = votes[Math.min(paraOf[k], votes.length - 1)];
    v.set(iso, (v.get(iso) ?? 0) + w);
  };
  const acting = new Set<number>();
  matches.forEach((m, k) => {
    const v = m.values[0];
    const e = chosen[k];
    if (e && e.type === 'state' && e.iso) for (let t = m.i; t < m.j; t++) acting.add(toks[t].start);
    else if (v.role === 'name' && !(v.entry.type === 'state' && !e && places.length)) add(m.i, v.entry.iso ?? v.entry.country, v.entry.iso ? 1 : 0.5);
  });
  for (let k = 0; k < toks.length; k++) if (toks[k].capitalised) add(k, dict.isoByDemonym.get(toks[k].fold), 0.5);
  for (const p of places) {
    const k = tokenAt(toks, p.start);
    if (k < 0 || acting.has(toks[k].start)) continue;
    add(k, p.country ? dict.isoByName.get(fastFold(p.country)) : p.type === 'country' ? dict.isoByName.get(fastFold(p.canonical)) : undefined, 1);
  }
  return votes;
}

/** Index of the token starting at or containing `offset`, or -1. */
function tokenAt(toks: ActorToken[], offset: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= offset) lo = mid + 1;
    else if (toks[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return lo < toks.length && toks[lo].start < offset + 1 ? lo : -1;
}

/** The place mention overlapping [start, end), so a country acting reuses the place's exact span. */
function placeFinder(places: EntityMention[]): (start: number, end: number) => { start: number; end: number } | undefined {
  const sorted = places.slice().sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const p = sorted[lo];
    return p && p.start < end && start < p.end ? { start: p.start, end: p.end } : undefined;
  };
}

/** Surname keys of the people named so far ("hourani", "abdel rahman"), each with its first full mention. */
class Surnames {
  private readonly map = new Map<string, EntityMention>();
  constructor(private readonly toks: ActorToken[]) {}

  register(m: EntityMention): void {
    const i = tokenAt(this.toks, m.start);
    if (i < 0) return;
    let j = i;
    while (j < this.toks.length && this.toks[j].start < m.end) j++;
    for (const k of surnameKeys(this.toks.slice(i, j))) if (!this.map.has(k)) this.map.set(k, m);
  }

  lookup(key: string, before: number): EntityMention | undefined {
    const m = this.map.get(key);
    return m && m.start < before ? m : undefined;
  }

  get size(): number {
    return this.map.size;
  }
}

/** "Hourani said" after "Imad al-Hourani": a surname alone, after the person's full name, same key. */
function surnameMentions(text: string, toks: ActorToken[], covered: Uint8Array, people: Surnames): EntityMention[] {
  if (people.size === 0) return [];
  const out: EntityMention[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (covered[k] || !toks[k].capitalised) continue;
    for (const len of [2, 1]) {
      if (k + len > toks.length) continue;
      if (len === 2 && (covered[k + 1] || toks[k].possessive)) continue;
      const person = people.lookup(len === 2 ? `${toks[k].fold} ${toks[k + 1].fold}` : toks[k].fold, toks[k].start);
      if (!person) continue;
      let start = toks[k].start;
      const prev = toks[k - 1];
      if (prev && PARTICLES.has(prev.text) && /^[-‐‑–]$/.test(text.slice(prev.end, start))) start = prev.start;
      out.push({ ...person, start, end: toks[k + len - 1].trimEnd, text: text.slice(start, toks[k + len - 1].trimEnd) });
      k += len - 1;
      break;
    }
  }
  return out;
}

/**
 * States listed together act together: "Iran and Iraq have deployed", "brokered by the United
 * States and Russia", "Iran and Russia on one side".
 */
function coordinateStates(text: string, toks: ActorToken[], matches: RawMatch[], chosen: (ActorEntry | undefined)[]): void {
  const isState = (k: number) => {
    const v = matches[k].values.find((x) => x.role === 'name');
    return !!v && v.entry.type === 'state' && !!v.entry.iso;
  };
  const linked = (a: RawMatch, b: RawMatch) => {
    if (b.i - a.j > 1 || sentenceBreak(text, toks[a.j - 1].end, toks[b.i].start)) return false;
    if (b.i === a.j) return /^\s*,\s*$/.test(text.slice(toks[a.j - 1].end, toks[b.i].start));
    return toks[a.j].fold === 'and' || toks[a.j].fold === 'or';
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < matches.length; k++) {
      const [a, b] = pass === 0 ? [k, k + 1] : [matches.length - 2 - k, matches.length - 1 - k];
      if (!isState(a) || !isState(b) || !linked(matches[a], matches[b])) continue;
      if (chosen[a] && !chosen[b]) chosen[b] = matches[b].values.find((x) => x.role === 'name')!.entry;
      if (chosen[b] && !chosen[a]) chosen[a] = matches[a].values.find((x) => x.role === 'name')!.entry;
    }
  }
}

/** Sorted, non-overlapping: the earlier, then longer mention wins. */
function dedupe(sorted: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of sorted) if (!out.length || out[out.length - 1].end <= m.start) out.push(m);
  return out;
}
