/**
 * The words the casualty tokeniser has seen, each with its text as written and lower-cased. A
 * token looks its word up by a hash of its code units and a comparison with the code units kept
 * in its slot (one read of nearby memory, no string touched), so a known word makes no new
 * string, and the word sets the grammar checks find the strings' hashes already computed; the
 * sets it tests every token against are tested once per word, as bits (wordBit).
 * Bounded: the table empties itself when half full.
 */

const BITS = 15;
const SIZE = 1 << BITS;
// Each slot's word as 16 code units: its length (0 marks a free slot), then its code units.
const STRIDE = 16;
const KEYS = new Uint16Array(SIZE * STRIDE);
/** As written. */
export const RAW: string[] = new Array<string>(SIZE).fill('');
/** Lower-cased, curly apostrophes straightened. */
export const LOWER: string[] = new Array<string>(SIZE).fill('');
/** The word's bits (wordBit): which of the grammar's word sets hold its lower-cased form. */
export const BITS_OF = new Int32Array(SIZE);
let used = 0;

// The word sets the grammar tests every token against, tested once per word added instead.
const SETS: ((lower: string, raw: string) => boolean)[] = [];

/** Registers a word set (at module load; at most 31) and returns its bit, set in BITS_OF for every word it holds. */
export function wordBit(has: (lower: string, raw: string) => boolean): number {
  SETS.push(has);
  clear();
  return 1 << (SETS.length - 1);
}

/** The bits of a word, lower-cased and as written (for words too long for the table). */
export function bitsOf(lower: string, raw: string): number {
  let bits = 0;
  for (let b = 0; b < SETS.length; b++) if (SETS[b](lower, raw)) bits |= 1 << b;
  return bits;
}

/** The longest word kept (as many code units as a key holds); longer words are sliced each time. */
export const MAX_INTERNED = STRIDE - 1;

/** The slot of the word text[s, e) (`code` holds text's code units), whose code units hash (h * 31 + unit, over 32 bits) to `h`. */
export function wordSlot(text: string, code: Uint16Array, s: number, e: number, h: number): number {
  const n = e - s;
  for (let x = Math.imul(h, 0x9e3779b1) >>> (32 - BITS); ; x = (x + 1) & (SIZE - 1)) {
    const key = x * STRIDE;
    const len = KEYS[key];
    if (len === 0) return add(x, text, code, s, e, h);
    if (len === n && sameUnits(key + 1, code, s, n)) return x;
  }
}

function add(x: number, text: string, code: Uint16Array, s: number, e: number, h: number): number {
  if (used >= SIZE / 2) {
    clear();
    return wordSlot(text, code, s, e, h);
  }
  used++;
  // V8 copies a slice of up to 12 code units, but a longer one would share, and keep alive, the
  // whole paragraph it came from: that one is kept as its internalised copy.
  const raw = e - s > 12 ? internal(text.slice(s, e)) : text.slice(s, e);
  KEYS[x * STRIDE] = e - s;
  KEYS.set(code.subarray(s, e), x * STRIDE + 1);
  RAW[x] = raw;
  LOWER[x] = internal(lowerWord(raw));
  BITS_OF[x] = bitsOf(LOWER[x], raw);
  return x;
}

function clear(): void {
  KEYS.fill(0);
  RAW.fill('');
  LOWER.fill('');
  used = 0;
}

// The lower-cased form internalised (as a property key is), so that the grammar's comparisons with
// literals and its set lookups compare pointers, not letters.
function internal(s: string): string {
  for (const k in { [s]: 0 }) return k;
  return s;
}

/** Lower-cased, curly apostrophes straightened. */
export function lowerWord(raw: string): string {
  return raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
}

function sameUnits(key: number, code: Uint16Array, s: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (KEYS[key + k] !== code[s + k]) return false;
  return true;
}
