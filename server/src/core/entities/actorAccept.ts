import { ActorTokens, BARE, CAP, isDash, POSS, SHOUT, UPPER } from './actorTokens';
import { pairHash, words } from './actorHash';
import type { ActorDictionary, AliasValue } from './actorDictionary';
import { isTitleWord, PARTICLES } from './actorNames';

// Whether the text accepts a dictionary alias where the trie matched it (capitals where the alias
// has them, no "anti-"/"pro-" before a context word, no other person's given name before a surname,
// no short acronym inside a shouted line), and whether a name starts where a context phrase ends.

const PREFIXES = words('anti pro non post pre');
// Scratch for nameAt's trie walks.
const lengths: number[] = [0];
const nodes: AliasValue[][] = [];

export const isNamed = (v: AliasValue) => v.role === 'name' || v.role === 'capital';
export const contextOnly = (values: AliasValue[]) => !values.some(isNamed);

/** Whether an alias may start at token i with hash h (see ActorDictionary.starts). */
export function startsAlias(dict: ActorDictionary, h: number, fh: Int32Array, i: number, n: number): boolean {
  return dict.starts.maybe(h) && (dict.alone.maybe(h) || (i + 1 < n && dict.pairs.maybe(pairHash(h, fh[i + 1]))));
}

/** True when a name alias starts at token k and runs past token `past`. */
export function nameAt(t: ActorTokens, dict: ActorDictionary, k: number, past: number): boolean {
  for (const trie of [dict.exact, dict.fold]) {
    const n = trie.matchAt(t, k, lengths, nodes);
    for (let x = 0; x < n; x++) if (k + lengths[x] > past && nodes[x].some((v) => v.role === 'name' && accepts(t, k, lengths[x], v))) return true;
  }
  return false;
}

/** The values the text accepts at tokens [i, i + n) (the same array when all are), or undefined. */
export function acceptedValues(t: ActorTokens, i: number, n: number, all: AliasValue[]): AliasValue[] | undefined {
  let ok = 0;
  for (let x = 0; x < all.length; x++) if (accepts(t, i, n, all[x])) ok++;
  return ok === all.length ? all : ok === 0 ? undefined : someValues(t, i, n, all);
}

/** The accepted ones of `all` (apart from acceptedValues, whose every call would make a context for a filter closure). */
function someValues(t: ActorTokens, i: number, n: number, all: AliasValue[]): AliasValue[] {
  return all.filter((v) => accepts(t, i, n, v));
}

function accepts(t: ActorTokens, i: number, n: number, v: AliasValue): boolean {
  for (let b = 0; b < n; b++) if (v.caps & (1 << b) && !(t.flags[i + b] & CAP)) return false;
  if (n === 1 && v.entry.type === 'person' && anotherGivenName(t, i)) return false;
  const hyphenBefore = i > 0 && t.start[i] - t.end[i - 1] === 1 && isDash(t.src.charCodeAt(t.end[i - 1]));
  if (hyphenBefore && (v.role !== 'name' || v.single) && PREFIXES.fold(t, i - 1)) return false;
  // "Al-Juba" is a village, not Juba standing for South Sudan.
  if (hyphenBefore && v.role === 'capital' && PARTICLES.fold(t, i - 1)) return false;
  // A one-word context alias before "of" is the common noun ("a coalition of rebel factions"); a
  // capitalised one after a capitalised word ends another name ("Taiz Human Rights Coalition").
  if (n === 1 && v.role === 'context' && i + 1 < t.n && t.keyEquals(i + 1, 'of', true)) return false;
  if (n === 1 && v.role === 'context' && i > 0 && t.flags[i] & CAP && t.flags[i - 1] & CAP && t.sameName(i) && !t.keyEquals(i - 1, 'the', true)) return false;
  // A short acronym inside a line written in capitals is an ordinary word ("WHERE IS THE").
  if (v.caps === 0 && n === 1 && t.flags[i] & UPPER && t.textLength(i) - (t.flags[i] & POSS ? (t.flags[i] & BARE ? 1 : 2) : 0) <= 3) {
    if (i > 0 && t.flags[i - 1] & SHOUT && i + 1 < t.n && t.flags[i + 1] & SHOUT) return false;
  }
  return true;
}

/**
 * A known person's bare surname after another given name and its article: "Turki al-Maliki" is not
 * Nouri al-Maliki (his full name would have matched as the longer alias). A title is no given name:
 * "Prime Minister al-Maliki".
 */
function anotherGivenName(t: ActorTokens, i: number): boolean {
  if (i < 2 || t.start[i] - t.end[i - 1] !== 1 || !isDash(t.src.charCodeAt(t.end[i - 1])) || !PARTICLES.fold(t, i - 1)) return false;
  const g = i - 2;
  return (t.flags[g] & CAP) !== 0 && t.joinable(g + 1) && !isTitleWord(t, g);
}
