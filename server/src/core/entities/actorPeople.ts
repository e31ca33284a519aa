import type { EntityMention } from '../types';
import type { ActorEntry } from './actorTypes';
import { entryKey, GENERIC } from './actorDictionary';
import { hashString, HashSet, pairHash } from './actorHash';

/** Surname keys of the people named so far ("hourani", "abdel rahman"), each with its first full mention. */
export class People {
  private readonly map = new Map<string, EntityMention>();
  /** Hashes of the one- and two-word keys, as the scan's rows hash tokens (see ActorTokens.fh, pairHash). */
  readonly hashes = new HashSet();

  register(m: EntityMention, keys: readonly string[] | undefined): void {
    for (const k of keys ?? []) {
      if (this.map.has(k)) continue;
      this.map.set(k, m);
      const parts = k.split(' ');
      if (parts.length === 1) this.hashes.add(hashString(k));
      else if (parts.length === 2) this.hashes.add(pairHash(hashString(parts[0]), hashString(parts[1])));
    }
  }

  lookup(key: string, before: number): EntityMention | undefined {
    const m = this.map.get(key);
    return m && m.start < before ? m : undefined;
  }

  get size(): number {
    return this.map.size;
  }
}

const aliasCache = new WeakMap<ActorEntry, string[]>();

/** A mention of entry `e` at [start, end). */
export function mention(text: string, start: number, end: number, e: ActorEntry, inDictionary: boolean): EntityMention {
  let aliases = aliasCache.get(e);
  if (!aliases) aliasCache.set(e, (aliases = [...new Set([...(e.aliases ?? []), ...(e.acronyms ?? [])])]));
  const m: EntityMention = { kind: 'actor', start, end, text: text.slice(start, end), canonical: e === GENERIC ? 'government forces' : e.name, type: e.type } as EntityMention;
  if (e.wikidata) m.id = e.wikidata;
  if (e.side) m.side = e.side;
  if (aliases.length) m.aliases = aliases;
  m.inDictionary = inDictionary;
  m.key = entryKey(e);
  return m;
}

/** The place mention overlapping [start, end), so a country acting reuses the place's exact span. */
export function placeFinder(places: EntityMention[]): (start: number, end: number) => { start: number; end: number } | undefined {
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

/** Index of the range in sorted, disjoint [starts[k], ends[k]) that contains `offset`, or -1. */
export function rangeAt(starts: number[], ends: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else if (starts[mid] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Sorted, non-overlapping: the earlier, then longer mention wins. */
export function dedupe(sorted: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of sorted) if (!out.length || out[out.length - 1].end <= m.start) out.push(m);
  return out;
}
