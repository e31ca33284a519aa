import type { EntityMention } from '../types';

/**
 * Merges place and actor mentions into one sorted, non-overlapping list. An actor with exactly the
 * span of a place wins (a country acting as a state); otherwise the longer span wins, then the
 * earlier one.
 */
export function mergeEntities(places: EntityMention[], actors: EntityMention[]): EntityMention[] {
  const all = [...actors, ...places];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function rank(m: EntityMention): number {
  return m.kind === 'actor' ? 0 : 1;
}
