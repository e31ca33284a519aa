import type { EntityMention } from '../types';

/**
 * Merges place and actor mentions into one sorted, non-overlapping list. Where spans overlap, an
 * actor with exactly the span of a place wins (a country acting as a state); otherwise the longer
 * span wins, then the actor, then the earlier one. Linear after sorting: the candidates are swept
 * by start, and only each cluster of mutually overlapping spans (rarely more than two) is ranked.
 */
export function mergeEntities(places: EntityMention[], actors: EntityMention[]): EntityMention[] {
  const all = byStart(actors, places);
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

/**
 * `[...actors, ...places].sort((a, b) => a.start - b.start || rank(a) - rank(b))`: both lists come
 * sorted by start from their resolvers, so a merge (actors first on a tie) gives the stable sort's
 * order without a comparator call per pair; an unsorted list falls back to the sort.
 */
function byStart(actors: EntityMention[], places: EntityMention[]): EntityMention[] {
  if (!isSorted(actors) || !isSorted(places)) return [...actors, ...places].sort((a, b) => a.start - b.start || rank(a) - rank(b));
  const all: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < actors.length && j < places.length) all.push(actors[i].start <= places[j].start ? actors[i++] : places[j++]);
  while (i < actors.length) all.push(actors[i++]);
  while (j < places.length) all.push(places[j++]);
  return all;
}

function isSorted(list: EntityMention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

function pickNonOverlapping(cluster: EntityMention[]): EntityMention[] {
  // "Security Belt camp", "the Security Belt base": a site named only by a known actor and a common noun is the
  // actor's (not "the Hadi Centre mall": a name found by its head word may be the site's).
  cluster = cluster.filter((p) => !(p.kind === 'place' && !p.inDictionary && cluster.some((a) => a.kind === 'actor' && a.inDictionary && a.start === p.start && a.end < p.end && OWN_SITE.test(p.text.slice(a.end - p.start)))));
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of cluster) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const OWN_SITE = /^ \p{Ll}+(?: \p{Ll}+)?$/u;

function rank(m: EntityMention): number {
  return m.kind === 'actor' ? 0 : 1;
}
