import type { EntityMention } from '../types';

/**
 * Merges place and actor mentions into one sorted, non-overlapping list. An actor with exactly the
 * span of a place wins (a country acting as a state); otherwise the longer span wins, then the
 * earlier one. O(n log n): kept spans stay sorted by start, so an overlap check is two neighbours.
 */
export function mergeEntities(places: EntityMention[], actors: EntityMention[]): EntityMention[] {
  const all = [...actors, ...places];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of all) {
    const i = firstStartingAtOrAfter(kept, m.start);
    const before = kept[i - 1];
    const after = kept[i];
    if ((before && before.end > m.start) || (after && after.start < m.end)) continue;
    kept.splice(i, 0, m);
  }
  return kept;
}

function firstStartingAtOrAfter(spans: EntityMention[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rank(m: EntityMention): number {
  return m.kind === 'actor' ? 0 : 1;
}
