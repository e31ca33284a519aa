import type { Place } from './placeTypes';
import type { Candidate } from './placeScan';
import { foldCase } from '../text/fold';

/** Country scores around one paragraph: 0..1, the best country 1. */
export interface CountryScores {
  get(cc: string): number | undefined;
}

/** Evidence of the country an article is about, in one paragraph. */
export interface ParagraphEvidence {
  /** Demonyms' countries ("Libyan"), weight 0.5 each. */
  readonly evidence: readonly string[];
  readonly candidates: readonly Candidate[];
}

/**
 * The country an article is about, per paragraph: unambiguous place mentions and demonyms vote
 * for their country, weighted by distance in paragraphs, so that a file holding several articles
 * (a Syria story, then a Libya story) gets each section's own country. Countries are numbered in
 * the order first seen and votes kept in flat arrays, so a paragraph's scores cost a few dozen
 * additions.
 */
export class CountryContext {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private global = new Float64Array(0);
  /** Votes of paragraph index q: voteCc/voteWeight[first[q], first[q + 1]) (demonyms first, then places). */
  private readonly first: Int32Array;
  private readonly voteCc: Int32Array;
  private readonly voteWeight: Float64Array;
  private readonly cache = new Map<number, Scores>();
  private readonly tops = new Map<number, string | undefined>();

  constructor(paragraphs: readonly { index: number }[], scans: readonly ParagraphEvidence[]) {
    let top = 0;
    for (const p of paragraphs) top = Math.max(top, p.index);
    this.first = new Int32Array(top + 2);
    scans.forEach((s, i) => {
      let votes = 0;
      for (const c of s.candidates) if (countryVote(c)) votes++;
      this.first[paragraphs[i].index + 1] = s.evidence.length + votes;
    });
    for (let q = 1; q < this.first.length; q++) this.first[q] += this.first[q - 1];
    const total = this.first[this.first.length - 1];
    this.voteCc = new Int32Array(total);
    this.voteWeight = new Float64Array(total);
    const fill = this.first.slice();
    const sums: number[] = [];
    const add = (p: number, cc: string, weight: number) => {
      let id = this.ids.get(cc);
      if (id === undefined) {
        this.ids.set(cc, (id = this.names.length));
        this.names.push(cc);
        sums.push(0);
      }
      this.voteCc[fill[p]] = id;
      this.voteWeight[fill[p]++] = weight;
      sums[id] += weight * FAR;
    };
    scans.forEach((s, i) => s.evidence.forEach((cc) => add(paragraphs[i].index, cc, 0.5)));
    scans.forEach((s, i) => {
      // A name that only mostly points to one country ("Tripoli": Libya's far bigger than Lebanon's) votes half.
      for (const c of s.candidates) if (countryVote(c)) add(paragraphs[i].index, c.cc!, oneCountry(c.places) ? 1 : 0.5);
    });
    this.global = Float64Array.from(sums);
  }

  /** Country → score around paragraph index `p`. */
  at(p: number): CountryScores {
    let hit = this.cache.get(p);
    if (hit) return hit;
    const s = this.global.slice();
    for (let q = Math.max(0, p - WINDOW); q <= p + WINDOW && q + 1 < this.first.length; q++) {
      const f = decay(Math.abs(q - p)) - FAR;
      for (let k = this.first[q]; k < this.first[q + 1]; k++) s[this.voteCc[k]] += this.voteWeight[k] * f;
    }
    let max = 0;
    for (let k = 0; k < s.length; k++) max = Math.max(max, s[k]);
    if (max > 0) for (let k = 0; k < s.length; k++) s[k] /= max;
    hit = new Scores(this.ids, s);
    this.cache.set(p, hit);
    return hit;
  }

  /** The best country around paragraph index `p`, if any evidence (ties: the country seen first). */
  top(p: number): string | undefined {
    if (this.tops.has(p)) return this.tops.get(p);
    const s = (this.at(p) as Scores).scores;
    let best: string | undefined;
    let score = 0;
    for (let k = 0; k < s.length; k++) if (s[k] > score) [best, score] = [this.names[k], s[k]];
    this.tops.set(p, best);
    return best;
  }
}

/**
 * Whether a candidate votes for its country. Worked out afresh each time: cheaper than keeping it
 * per scan in a WeakMap. "Umm Batina" is no vote for Algeria's Batna.
 */
function countryVote(c: Candidate): boolean {
  return !c.person && !c.personish && !c.near && c.cc !== undefined;
}

function oneCountry(places: Place[]): boolean {
  for (let k = 1; k < places.length; k++) if (places[k].cc !== places[0].cc) return false;
  return true;
}

class Scores implements CountryScores {
  constructor(
    private readonly ids: Map<string, number>,
    readonly scores: Float64Array,
  ) {}

  get(cc: string): number | undefined {
    const id = this.ids.get(cc);
    return id === undefined ? undefined : this.scores[id];
  }
}

const WINDOW = 10;
const FAR = 0.05;

function decay(d: number): number {
  return d === 0 ? 1 : d <= 2 ? 0.7 : d <= 5 ? 0.4 : d <= WINDOW ? 0.15 : FAR;
}

/**
 * The country a mention (text[start, end)) surely points to: its only country, or a far more
 * populous namesake's unless the spelling written is only another country's.
 */
export function dominantCountry(places: Place[], text: string, start: number, end: number): string | undefined {
  if (places.length === 1) return places[0].cc;
  // The index shares one array per name: computed once per name.
  let hit = dominant.get(places);
  if (hit === undefined) dominant.set(places, (hit = { cc: computeDominant(places), oneCountry: places.every((p) => p.cc === places[0].cc) }));
  if (hit.cc === undefined || hit.oneCountry) return hit.cc;
  // The spelling written may be a namesake's own and none of the dominant country's: "Maadan" (a
  // district of Damascus) shares its fold with Indonesia's Medan, and is no vote for Indonesia.
  const written = foldCase(text.slice(start, end));
  let other = false;
  for (const p of places) {
    if (!spellings(p).has(written)) continue;
    if (p.cc === hit.cc) return hit.cc;
    other = true;
  }
  return other ? undefined : hit.cc;
}

const dominant = new WeakMap<Place[], { cc: string | undefined; oneCountry: boolean }>();

function computeDominant(places: Place[]): string | undefined {
  const byCc = new Map<string, number>();
  for (const p of places) if (p.cc) byCc.set(p.cc, Math.max(byCc.get(p.cc) ?? 0, p.population));
  if (byCc.size === 1) return [...byCc.keys()][0];
  const sorted = [...byCc.entries()].sort((a, b) => b[1] - a[1]);
  return sorted.length > 1 && sorted[0][1] >= 5 * Math.max(1, sorted[1][1]) && sorted[0][1] >= 20000 ? sorted[0][0] : undefined;
}

const spellingCache = new WeakMap<Place, Set<string>>();

/** A place's own spellings, case and diacritics folded (computed once per place). */
export function spellings(p: Place): Set<string> {
  let s = spellingCache.get(p);
  if (!s) spellingCache.set(p, (s = new Set([p.name, ...p.aliases].map(foldCase))));
  return s;
}
