import type { CueFinder } from './cueFinder';

/**
 * Running a costly name pattern only where it can match. The place patterns ("X Dam", "near X",
 * "X, a village") spend their time trying every capitalised word of a paragraph as a name start;
 * but each match contains a cheap literal (its cue word) and consists of name characters only.
 * So a pattern need only run over the stretch of name characters around a cue word, and there
 * only from a few words before it.
 */

/** A family of name patterns and the cheap cue every one of their matches contains. */
export interface Cue {
  /** The cue's literals, of name characters, found with other cues' by a CueFinder. */
  readonly literals: readonly string[];
  /** Global regexes that consume name characters only and look at most one character outside a stretch. */
  readonly patterns: readonly RegExp[];
  /** Commas are name characters too. */
  readonly commas?: boolean;
  /** The most separators (ASCII spaces, hyphens, line breaks) a match holds before its cue. */
  readonly reach: number;
  /** A further test of the cue's start that holds in every match ("a capital right before"). */
  readonly accept?: (text: string, start: number) => boolean;
}

/**
 * Name characters: ASCII letters, white space, hyphens, apostrophes, (optionally) commas, and any
 * non-ASCII character (a wider stretch is harmless; it keeps every character outside ASCII).
 */
function stretchChar(c: number, commas: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 45 || c === 39 || (c >= 9 && c <= 13) || c >= 128 || (commas && c === 44);
}

// Separators counted for `reach`: only ASCII ones. A name may also be joined by a non-ASCII space;
// not counting it only starts the pattern further back, which is always safe.
const separator = (c: number) => c === 32 || c === 45 || (c >= 9 && c <= 13);

/** What matchAround calls with each match of pattern k (index absolute) and the caller's `out`. */
export type Each<T> = (text: string, k: number, m: RegExpExecArray, out: T) => void;

/**
 * Calls `each(text, k, m, out)` with every match `m` of each pattern k of `cue` in `text`, with `index` made
 * absolute: per pattern, the same matches in the same order as an `exec` loop over the whole text.
 * Why: a match lies inside one stretch of name characters. The first cue of a stretch (every hit
 * of `found`, the finder's hits for this text, is tried, so none is missed) comes at or before every
 * match's own cue; so no match starts before the point `reach` separators back from it. From there
 * to the stretch's end, with one character of context each side for \b and lookbehinds, a pattern
 * finds exactly the stretch's matches. Stretches without a cue hold none. A stretch's matches are
 * reported pattern by pattern. `out` is passed through to `each`, so that callers need no closure per call.
 */
export function matchAround<T>(text: string, cue: Cue, each: Each<T>, out: T, found: CueFinder): void {
  const accept = cue.accept;
  const bit = found.bit(cue);
  const { at, mask, count } = found;
  for (let k = 0, done = 0; k < count; k++) {
    if ((mask[k] & bit) === 0 || at[k] < done || (accept && !accept(text, at[k]))) continue;
    done = runStretch(text, cue, at[k], each, out);
  }
}

/** Runs the cue's patterns over the stretch around the cue at text[start]; returns the stretch's end. */
function runStretch<T>(text: string, cue: Cue, start: number, each: Each<T>, out: T): number {
  const { patterns, reach } = cue;
  const commas = cue.commas === true;
  let a = start;
  for (let seps = 0; a > 0; a--) {
    const c = text.charCodeAt(a - 1);
    if (!stretchChar(c, commas) || (separator(c) && seps++ === reach)) break;
  }
  let b = start;
  while (b < text.length && stretchChar(text.charCodeAt(b), commas)) b++;
  const from = a > 0 ? a - 1 : 0;
  const slice = text.slice(from, b < text.length ? b + 1 : b);
  for (let k = 0; k < patterns.length; k++) {
    const re = patterns[k];
    re.lastIndex = a - from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      m.index += from;
      each(text, k, m, out);
    }
  }
  return b;
}

/**
 * For a cue that follows a name ("X Dam", "X, a village"): whether the word right before text[at]
 * may end a name, that is, holds a capital. Tested loosely (any non-ASCII character counts), so it
 * holds wherever a name pattern (…\p{Lu}[\p{L}\p{M}'’]* right before the cue) could match.
 */
export function capitalBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
    if (!((c >= 97 && c <= 122) || c === 39)) return false;
  }
  return false;
}
