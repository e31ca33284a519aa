import type { Place } from './placeTypes';
import type { PlaceIndex } from './gazetteer';
import type { WordInfo } from './placeWordInfo';

/**
 * The gazetteer lookups of the name scan: a name's key is its words' folds concatenated, read word
 * by word while some gazetteer key starts with it. A text asks the same few keys again and again
 * (about 15 prefix tests per distinct key), and each string lookup builds the key and probes a
 * 100,000-entry table; so with the base gazetteer alone the first two steps are kept on the words.
 */

/** One step of the walk in one index: the key, whether a key continues it, its places. */
export interface KeyStep {
  readonly index: PlaceIndex;
  readonly key: string;
  readonly prefix: boolean;
  readonly places: Place[] | undefined;
  /** The key may be read with lower-case words ("Deir ez-Zor"). */
  readonly lowerOk: boolean;
}

function stepOf(index: PlaceIndex, key: string): KeyStep {
  return { index, key, prefix: index.prefixes.has(key), places: index.get(key), lowerOk: index.lowerOk.has(key) };
}

// A word's second steps are kept by the next word; cleared past this many (memory stays bounded).
const PAIRS_LIMIT = 64;

/** The walk over the words of one name candidate. */
export class KeyWalk {
  /** The key read so far ("" before the first word). */
  key = '';
  /** Set by step(): the key with the word, and the places it names (undefined: none). */
  next = '';
  places: Place[] | undefined;
  private indexes: PlaceIndex[] = [];
  private first: WordInfo | undefined;
  private pending: WordInfo | undefined;
  private steps = 0;

  start(indexes: PlaceIndex[]): void {
    this.indexes = indexes;
    this.key = '';
    this.first = undefined;
    this.steps = 0;
  }

  /** Whether some key starts with the key so far and word w's (non-empty) fold; then sets `next` and `places`. */
  step(w: WordInfo, lowerSeen: boolean): boolean {
    this.pending = w;
    const x = this.indexes;
    if (x.length === 1 && this.steps < 2) {
      const st = this.steps === 0 ? firstStep(x[0], w) : pairStep(x[0], this.first!, w);
      if (!st.prefix) return false;
      this.next = st.key;
      this.places = st.places && (!lowerSeen || st.lowerOk) ? st.places : undefined;
      return true;
    }
    const full = this.key + w.fold;
    if (!(this.key === '' ? startsName(x, w) : hasPrefix(x, full))) return false;
    this.next = full;
    this.places = lookup(x, full, lowerSeen);
    return true;
  }

  /** Takes the step step() allowed. */
  accept(): void {
    this.key = this.next;
    if (this.steps++ === 0) this.first = this.pending;
  }
}

function firstStep(index: PlaceIndex, w: WordInfo): KeyStep {
  if (w.first?.index !== index) w.first = stepOf(index, w.fold);
  return w.first;
}

function pairStep(index: PlaceIndex, a: WordInfo, b: WordInfo): KeyStep {
  if (!a.pairs || a.pairs.size >= PAIRS_LIMIT) a.pairs = new Map();
  let st = a.pairs.get(b);
  if (st?.index !== index) a.pairs.set(b, (st = stepOf(index, a.fold + b.fold)));
  return st;
}

/** hasPrefix for a name's first word: the base gazetteer's answer is kept on the word. */
function startsName(indexes: PlaceIndex[], w: WordInfo): boolean {
  const base = indexes[indexes.length - 1];
  w.startsName ??= base.prefixes.has(w.fold);
  if (w.startsName) return true;
  for (let k = 0; k < indexes.length - 1; k++) if (indexes[k].prefixes.has(w.fold)) return true;
  return false;
}

function hasPrefix(indexes: PlaceIndex[], key: string): boolean {
  for (const x of indexes) if (x.prefixes.has(key)) return true;
  return false;
}

export function lookup(indexes: PlaceIndex[], key: string, lowerSeen: boolean): Place[] | undefined {
  let out: Place[] | undefined;
  for (const x of indexes) {
    const ps = x.get(key);
    if (!ps || (lowerSeen && !x.lowerOk.has(key))) continue;
    out = out ? [...out, ...ps.filter((q) => !out!.includes(q))] : ps;
  }
  return out;
}

export function lookupExact(indexes: PlaceIndex[], word: string): Place[] | undefined {
  for (const x of indexes) {
    const ps = x.exact.get(word);
    if (ps) return ps;
  }
  return undefined;
}
