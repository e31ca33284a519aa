/**
 * The words the casualty tokeniser has seen, each with its text as written and lower-cased. A
 * token looks its word up by a hash of its code units and a comparison of its letters, so a known
 * word makes no new string, and the word sets the grammar checks find the strings' hashes already
 * computed. Bounded: the table empties itself when half full.
 */

const BITS = 15;
const SIZE = 1 << BITS;
const hashes = new Int32Array(SIZE);
/** As written; '' marks a free slot (a word is never empty). */
export const RAW: string[] = new Array<string>(SIZE).fill('');
/** Lower-cased, curly apostrophes straightened. */
export const LOWER: string[] = new Array<string>(SIZE).fill('');
let used = 0;

/**
 * Longer words are sliced each time: V8 copies a slice of up to 12 code units, but a longer one
 * would share, and keep alive, the whole paragraph it came from.
 */
export const MAX_INTERNED = 12;

/** The slot of the word text[s, e) (`code` holds text's code units), whose code units hash (h * 31 + unit, over 32 bits) to `h`. */
export function wordSlot(text: string, code: Uint16Array, s: number, e: number, h: number): number {
  const n = e - s;
  for (let x = Math.imul(h, 0x9e3779b1) >>> (32 - BITS); ; x = (x + 1) & (SIZE - 1)) {
    const raw = RAW[x];
    if (raw === '') return add(x, text, code, s, e, h);
    if (hashes[x] === h && raw.length === n && sameUnits(raw, code, s)) return x;
  }
}

function add(x: number, text: string, code: Uint16Array, s: number, e: number, h: number): number {
  if (used >= SIZE / 2) {
    RAW.fill('');
    LOWER.fill('');
    used = 0;
    return wordSlot(text, code, s, e, h);
  }
  used++;
  const raw = text.slice(s, e);
  hashes[x] = h;
  RAW[x] = raw;
  LOWER[x] = lowerWord(raw);
  return x;
}

/** Lower-cased, curly apostrophes straightened. */
export function lowerWord(raw: string): string {
  return raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
}

function sameUnits(raw: string, code: Uint16Array, s: number): boolean {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== code[s + k]) return false;
  return true;
}
