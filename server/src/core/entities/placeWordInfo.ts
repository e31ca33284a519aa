import type { Place } from './placeTypes';
import { ARTICLES, foldToken } from '../text/fold';
import type { WordBuffer } from '../text/tokens';
import type { KeyStep } from './placeKeys';
import type { Kept } from './placeFuzzy';
import { demonymCountries } from './gazetteer';
import { CUE_BEFORE, CUE_TYPES, DIVISION_AFTER, PERSON_AFTER, PERSON_BEFORE } from './placeWords';

/**
 * What a word is to the name next to it, as bits of WordInfo.roles: the candidate checks of every
 * name test its neighbours against these word lists, so each distinct word is tested once.
 */
export const PERSON_BEFORE_WORD = 1; // PERSON_BEFORE
export const PERSON_AFTER_WORD = 2; // PERSON_AFTER
export const DIVISION_WORD = 4; // DIVISION_AFTER
export const DIVISION_OF_WORD = 8; // DIVISION_AFTER without a final "s" ("the provinces of X")
export const CUE_WORD = 16; // CUE_BEFORE
export const CUE_NOUN_WORD = 32; // a key of CUE_TYPES

/** What the scanner needs to know of one word, computed once per distinct word. */
export interface WordInfo {
  text: string;
  lower: string;
  /** Lower case, possessive ('s) stripped. */
  lowerStem: string;
  /** Length without a possessive 's. */
  stemLength: number;
  /** Transliteration fold of the stem ("" for an article). */
  fold: string;
  /** An Arabic article word ("al", "Ash"). */
  article: boolean;
  /** All capitals, 2–4 letters (IS, UN, SDF). */
  acronym: boolean;
  /** Its *_WORD bits (from its lower case). */
  roles: number;
  /** The country of a demonym ("Syrian", "Libyan's"). */
  dem?: string;
  /** For an ASCII word ending in "s" that lost its apostrophe ("Syrias"): the fold without the s. */
  plural?: string;
  /** Whether the fold starts a name of the base gazetteer (filled on first use by the scanner). */
  startsName?: boolean;
  /** The name-key walk's first step from this word, and its second steps by the next word (see placeKeys). */
  first?: KeyStep;
  pairs?: Map<WordInfo, KeyStep>;
  /** filterWord's verdict on the word's stem naming these places (see placeFuzzy). */
  spelling?: { places: Place[]; kept: Kept };
}

// An open-addressing table of WordInfo keyed by the word's characters, so that a word of the text
// is looked up without slicing it out (cleared when half full).
const SLOTS = 1 << 16;
let table: (WordInfo | undefined)[] = new Array(SLOTS);
let hashes = new Int32Array(SLOTS);
let used = 0;

/** The WordInfo of the word text[start, end); `code` holds text's code units (read faster than charCodeAt). */
export function wordAt(text: string, code: Uint16Array, start: number, end: number): WordInfo {
  let h = end - start;
  for (let k = start; k < end; k++) h = Math.imul(h ^ code[k], 0x5bd1e995);
  h ^= h >>> 13;
  let slot = h & (SLOTS - 1);
  for (let w = table[slot]; w !== undefined; w = table[slot]) {
    if (hashes[slot] === h && same(w.text, code, start, end)) return w;
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (used > SLOTS / 2) {
    [table, hashes, used] = [new Array(SLOTS), new Int32Array(SLOTS), 0];
    slot = h & (SLOTS - 1);
  }
  const w = makeInfo(text.slice(start, end));
  table[slot] = w;
  hashes[slot] = h;
  used++;
  return w;
}

function same(word: string, code: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== code[start + k]) return false;
  return true;
}

// The fields the scanner fills on first use, present from the start: every WordInfo then has one
// shape, so the scanner's property reads stay monomorphic (fields added later would give each order its own).
const LATER = { startsName: undefined, first: undefined, pairs: undefined, spelling: undefined };

function makeInfo(text: string): WordInfo {
  const lower = text.toLowerCase();
  const possessive = /['’]s$/i.test(text);
  const stem = possessive ? text.slice(0, -2) : text;
  const dem = demonymCountries();
  return {
    text, lower, lowerStem: possessive ? lower.slice(0, -2) : lower, stemLength: stem.length, fold: foldToken(stem),
    article: ARTICLES.has(lower), acronym: /^[A-Z]{2,4}$/.test(text), roles: rolesOf(lower),
    dem: dem.get(lower) ?? (lower.endsWith('s') ? dem.get(lower.replace(/['’]s$/i, '')) : undefined),
    plural: !possessive && /[a-z]s$/.test(text) ? foldToken(text.slice(0, -1)) : undefined,
    ...LATER,
  };
}

function rolesOf(lower: string): number {
  const bare = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return (
    (PERSON_BEFORE.has(lower) ? PERSON_BEFORE_WORD : 0) |
    (PERSON_AFTER.has(lower) ? PERSON_AFTER_WORD : 0) |
    (DIVISION_AFTER.has(lower) ? DIVISION_WORD : 0) |
    (DIVISION_AFTER.has(bare) ? DIVISION_OF_WORD : 0) |
    (CUE_BEFORE.has(lower) ? CUE_WORD : 0) |
    (Object.hasOwn(CUE_TYPES, lower) ? CUE_NOUN_WORD : 0)
  );
}

/** Stands for a word outside the paragraph (or one that does not count): no roles, lower case "". */
export const NO_WORD: WordInfo = { text: '', lower: '', lowerStem: '', stemLength: 0, fold: '', article: false, acronym: false, roles: 0, dem: undefined, plural: undefined, ...LATER };

/**
 * The WordInfo of each word of one paragraph's WordBuffer, looked up in the table once per word
 * (the scanner asks for a word's info several times: as a name word, then as a neighbour).
 */
export class ParagraphWords {
  private readonly infos: WordInfo[] = [];
  private stamps = new Int32Array(1024);
  private stamp = 0;
  private text = '';

  constructor(private readonly words: WordBuffer) {}

  /** Starts on the paragraph whose words the buffer now holds. */
  reset(text: string): void {
    this.text = text;
    // Stamps start at 1, so a fresh (zeroed) array marks every word as not yet looked up.
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    if (this.stamps.length < this.words.length) this.stamps = new Int32Array(2 * this.words.length);
  }

  /** The WordInfo of word k. */
  at(k: number): WordInfo {
    if (this.stamps[k] === this.stamp) return this.infos[k];
    const w = wordAt(this.text, this.words.code, this.words.starts[k], this.words.ends[k]);
    this.infos[k] = w;
    this.stamps[k] = this.stamp;
    return w;
  }
}
