import type { Place } from './placeTypes';
import type { Candidate, Evidence } from './placeScan';
import { foldCase } from '../text/fold';

/**
 * The country an article is about, per paragraph: unambiguous place mentions and demonyms vote
 * for their country, weighted by distance in paragraphs, so that a file holding several articles
 * (a Syria story, then a Libya story) gets each section's own country.
 */
export class CountryContext {
  /** Votes per paragraph index; the whole document adds a faint vote everywhere. */
  private readonly byParagraph = new Map<number, Evidence[]>();
  private readonly global = new Map<string, number>();
  private readonly cache = new Map<number, Map<string, number>>();
  private readonly tops = new Map<number, string | undefined>();

  constructor(candidates: Candidate[], evidence: Evidence[]) {
    const add = (v: Evidence) => {
      const l = this.byParagraph.get(v.paragraph);
      if (l) l.push(v);
      else this.byParagraph.set(v.paragraph, [v]);
      this.global.set(v.cc, (this.global.get(v.cc) ?? 0) + v.weight * FAR);
    };
    evidence.forEach(add);
    for (const c of candidates) {
      if (c.person || c.personish) continue; // "Umm Batina" is no vote for Algeria's Batna
      const cc = c.cc;
      if (cc) add({ paragraph: c.paragraph, cc, weight: 1 });
    }
  }

  /** Country → score (0..1, the best country 1) around paragraph `p`. */
  at(p: number): Map<string, number> {
    const hit = this.cache.get(p);
    if (hit) return hit;
    const s = new Map(this.global);
    for (let q = p - WINDOW; q <= p + WINDOW; q++) {
      for (const v of this.byParagraph.get(q) ?? []) s.set(v.cc, (s.get(v.cc) ?? 0) + v.weight * (decay(Math.abs(q - p)) - FAR));
    }
    let max = 0;
    for (const x of s.values()) max = Math.max(max, x);
    if (max > 0) for (const [k, x] of s) s.set(k, x / max);
    this.cache.set(p, s);
    return s;
  }

  /** The best country around paragraph `p`, if any evidence. */
  top(p: number): string | undefined {
    if (this.tops.has(p)) return this.tops.get(p);
    let best: string | undefined;
    let score = 0;
    for (const [cc, x] of this.at(p)) if (x > score) [best, score] = [cc, x];
    this.tops.set(p, best);
    return best;
  }
}

const WINDOW = 10;
const FAR = 0.05;

function decay(d: number): number {
  return d === 0 ? 1 : d <= 2 ? 0.7 : d <= 5 ? 0.4 : d <= WINDOW ? 0.15 : FAR;
}

/** The country a mention surely points to: its only country, or a far more populous namesake's. */
export function dominantCountry(places: Place[]): string | undefined {
  if (places.length === 1) return places[0].cc;
  const byCc = new Map<string, number>();
  for (const p of places) if (p.cc) byCc.set(p.cc, Math.max(byCc.get(p.cc) ?? 0, p.population));
  if (byCc.size === 1) return [...byCc.keys()][0];
  const sorted = [...byCc.entries()].sort((a, b) => b[1] - a[1]);
  return sorted.length > 1 && sorted[0][1] >= 5 * Math.max(1, sorted[1][1]) && sorted[0][1] >= 20000 ? sorted[0][0] : undefined;
}

/**
 * Picks the place a mention names: a division when a cue says so ("Deir Ezzor province"), else the
 * town over the division of the same name; then the section's country, the exact spelling, a
 * first-level division co-mentioned in the article, then population.
 */
export function choosePlace(c: Candidate, context: () => Map<string, number>, divisions: Set<string>, spelled: string): Place | undefined {
  let pool = c.places;
  const divs = pool.filter((p) => p.type === 'admin1');
  if (c.division && divs.length) pool = divs;
  else if (divs.length < pool.length) {
    const towns = pool.filter((p) => p.type !== 'admin1');
    // A bare division name beats a village namesake elsewhere ("Anbar", "Idlib" the province).
    pool = towns.some((p) => p.major) || !divs.length ? towns : divs;
  }
  pool = pool.filter((p) => !p.cueOnly || c.division);
  if (pool.length <= 1) return pool[0];
  // The article's country and the exact spelling only matter between namesakes.
  const ctx = pool.every((p) => p.cc === pool[0].cc) ? NO_CONTEXT : context();
  const exact = foldCase(spelled);
  let best: Place | undefined;
  let bestScore = -Infinity;
  for (const p of pool) {
    const score =
      3 * (p.cc ? (ctx.get(p.cc) ?? 0) : 0) +
      (p.admin1Code && divisions.has(p.admin1Code) ? 1 : 0) +
      (p.major ? 0.5 : 0) +
      // The very spelling of the place (not just its fold) is good evidence: "Geneva" is not "Genaveh".
      (spellings(p).has(exact) ? 1 : 0) +
      Math.log10(p.population + 10) / 4;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

const NO_CONTEXT = new Map<string, number>();
const spellingCache = new WeakMap<Place, Set<string>>();

/** A place's own spellings, case and diacritics folded (computed once per place). */
function spellings(p: Place): Set<string> {
  let s = spellingCache.get(p);
  if (!s) spellingCache.set(p, (s = new Set([p.name, ...p.aliases].map(foldCase))));
  return s;
}
