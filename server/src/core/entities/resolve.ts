import type { EntityMention } from '../types';

/**
 * Merges place and actor mentions into one sorted, non-overlapping list. Where spans overlap, an
 * actor with exactly the span of a place wins (a country acting as a state); otherwise the longer
 * span wins, then the actor, then the earlier one. Linear after sorting: the candidates are swept
 * by start, and only each cluster of mutually overlapping spans (rarely more than two) is ranked.
 */
export function mergeEntities(places: EntityMention[], actors: EntityMention[]): EntityMention[] {
  const all = [...actors, ...places].sort((a, b) => a.start - b.start || rank(a) - rank(b));
  const out: EntityMention[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    let end = all[i].end;
    while (j < all.length && all[j].start < end) end = Math.max(end, all[j++].end);
    if (j === i + 1) out.push(all[i]);
    else out.push(...pickNonOverlapping(all.slice(i, j)));
    i = j;
  }
  return out;
}

function pickNonOverlapping(cluster: EntityMention[]): EntityMention[] {
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of cluster) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function rank(m: EntityMention): number {
  return m.kind === 'actor' ? 0 : 1;
}
