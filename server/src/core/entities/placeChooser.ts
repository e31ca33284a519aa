import type { Place } from './placeTypes';
import type { Candidate } from './placeScan';
import { spellings, type CountryContext, type CountryScores } from './placeContext';
import { foldCase } from '../text/fold';

/**
 * Picks the place a mention names: a division when a cue says so ("Deir Ezzor province"), else the
 * town over the division of the same name; then the section's country, the exact spelling, a
 * first-level division co-mentioned in the article, then population. One per document.
 */
export class PlaceChooser {
  /** foldCase of the spellings seen: the same few recur through a document. */
  private readonly folded = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly context: CountryContext,
    private readonly divisions: Set<string>,
  ) {}

  /** The place candidate `c` of the paragraph at `base` (paragraph index `pi`) names. */
  choose(c: Candidate, pi: number, base: number): Place | undefined {
    const pool = poolOf(c.places, c.division);
    if (pool.length <= 1) return pool[0];
    // The article's country and the exact spelling only matter between namesakes.
    const ctx = pool.every((p) => p.cc === pool[0].cc) ? NO_CONTEXT : this.context.at(pi);
    const exact = this.fold(this.text.slice(base + c.start, base + c.end));
    let best: Place | undefined;
    let bestScore = -Infinity;
    for (const p of pool) {
      const score =
        3 * (p.cc ? (ctx.get(p.cc) ?? 0) : 0) +
        (p.admin1Code && this.divisions.has(p.admin1Code) ? 1 : 0) +
        (p.major ? 0.5 : 0) +
        // The very spelling of the place (not just its fold) is good evidence: "Geneva" is not "Genaveh".
        (spellings(p).has(exact) ? 1 : 0) +
        Math.log10(p.population + 10) / 4;
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    return best;
  }

  private fold(s: string): string {
    let f = this.folded.get(s);
    if (f === undefined) this.folded.set(s, (f = foldCase(s)));
    return f;
  }
}

/** The places a name can be, by the cue: computed once per gazetteer entry (names share their array) and cue. */
function poolOf(places: Place[], division: boolean): Place[] {
  let cached = pools.get(places);
  if (!cached) pools.set(places, (cached = [undefined, undefined]));
  return (cached[division ? 1 : 0] ??= computePool(places, division));
}

const pools = new WeakMap<Place[], [Place[] | undefined, Place[] | undefined]>();

function computePool(places: Place[], division: boolean): Place[] {
  let pool = places;
  const divs = pool.filter((p) => p.type === 'admin1');
  if (division && divs.length) pool = divs;
  else if (divs.length < pool.length) {
    const towns = pool.filter((p) => p.type !== 'admin1');
    // A town beats the division it shares a spelling with ("Idlib" the city); a bare division name
    // beats a village namesake elsewhere ("Anbar"); a town that only folds like the division
    // ("Douala" for Diyala) is weighed against it by choose().
    if (!divs.length || towns.some((t) => t.major && divs.some((d) => sharesSpelling(t, d)))) pool = towns;
    else if (!towns.some((t) => t.major)) pool = divs;
  }
  return pool.filter((p) => !p.cueOnly || division);
}

const NO_CONTEXT: CountryScores = new Map<string, number>();

function sharesSpelling(a: Place, b: Place): boolean {
  const theirs = spellings(b);
  for (const s of spellings(a)) if (theirs.has(s)) return true;
  return false;
}
